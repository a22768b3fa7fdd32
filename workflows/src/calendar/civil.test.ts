import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  civilFromDays,
  daysFromCivil,
  formatVi,
  isoWeekday,
  localDay,
  parseIsoDate,
  vnInstant,
} from './civil.ts';

describe('civil date arithmetic', () => {
  it('agrees with Date.UTC over 1800–2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1800, 1, 1), max: daysFromCivil(2200, 12, 31) }), (days) => {
        const d = new Date(days * 86_400_000);
        expect(civilFromDays(days)).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
        expect(daysFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(days);
        expect(isoWeekday(days)).toBe(((d.getUTCDay() + 6) % 7) + 1);
      }),
    );
  });

  it('parses and rejects ISO dates', () => {
    expect(parseIsoDate('2026-02-17')).toBe(daysFromCivil(2026, 2, 17));
    expect(() => parseIsoDate('2026-02-30')).toThrow(RangeError);
    expect(() => parseIsoDate('17/02/2026')).toThrow(RangeError);
  });

  it('formats in UTC+7 regardless of the host time zone', () => {
    // 2026-02-16T17:30:00Z is 00:30 on 17/02 in Vietnam.
    expect(formatVi(Date.UTC(2026, 1, 16, 17, 30))).toBe('00:30 17/02/2026');
    expect(formatVi(vnInstant(2025, 12, 31, 23, 59))).toBe('23:59 31/12/2025');
    expect(localDay(Date.UTC(2026, 1, 16, 16, 59))).toBe(daysFromCivil(2026, 2, 16));
    expect(localDay(Date.UTC(2026, 1, 16, 17, 0))).toBe(daysFromCivil(2026, 2, 17));
  });
});
