import { describe, expect, it } from 'vitest';
import {
  currentYearInVietnam,
  documentTypeLabel,
  formatDate,
  formatInstant,
  formatInstantDate,
  isPastDate,
  pickerDay,
  todayInVietnam,
  vietnamDate,
} from './format';

describe('format', () => {
  it('formats calendar dates as dd/MM/yyyy without touching time zones', () => {
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
    expect(formatDate(null)).toBe('—');
  });

  it('shows instants in Vietnamese time', () => {
    // 17:30 UTC on 31 Dec is already 1 January in Hà Nội.
    expect(formatInstantDate('2025-12-31T17:30:00Z')).toBe('01/01/2026');
    expect(formatInstant('2025-12-31T17:30:00Z')).toBe('00:30 01/01/2026');
    expect(formatInstant(undefined)).toBe('—');
    expect(vietnamDate('2026-03-10T16:59:59Z')).toBe('2026-03-10');
    expect(vietnamDate('2026-03-10T17:00:00Z')).toBe('2026-03-11');
  });

  it('knows today and the year in Vietnam', () => {
    const now = new Date('2025-12-31T18:00:00Z');
    expect(todayInVietnam(now)).toBe('2026-01-01');
    expect(currentYearInVietnam(now)).toBe(2026);
  });

  it('reads the day of a picker cell from its local date', () => {
    expect(pickerDay(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('detects past dates', () => {
    expect(isPastDate('2026-01-01', '2026-01-02')).toBe(true);
    expect(isPastDate('2026-01-02', '2026-01-02')).toBe(false);
    expect(isPastDate(null, '2026-01-02')).toBe(false);
  });
});

describe('documentTypeLabel', () => {
  it('adds the abbreviation only where the type has one', () => {
    expect(documentTypeLabel({ name: 'Kế hoạch', abbreviation: 'KH' })).toBe('Kế hoạch (KH)');
    expect(documentTypeLabel({ name: 'Công văn', abbreviation: '' })).toBe('Công văn');
  });
});
