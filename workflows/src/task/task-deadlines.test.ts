import { describe, expect, it } from 'vitest';
import { nextReportDate } from './task-deadlines.ts';

describe('nextReportDate', () => {
  const weekly = (weekday: number) => ({ frequency: 'weekly' as const, weekday, monthDay: null });
  const monthly = (monthDay: number) => ({ frequency: 'monthly' as const, weekday: null, monthDay });

  it('gives the next given weekday strictly after the day (Friday 2026-11-20)', () => {
    expect(nextReportDate(weekly(5), '2026-11-19')).toBe('2026-11-20');
    expect(nextReportDate(weekly(5), '2026-11-20')).toBe('2026-11-27');
    expect(nextReportDate(weekly(1), '2026-12-31')).toBe('2027-01-04');
  });

  it('gives the day of the month, clamped to a shorter month', () => {
    expect(nextReportDate(monthly(15), '2026-11-14')).toBe('2026-11-15');
    expect(nextReportDate(monthly(15), '2026-11-15')).toBe('2026-12-15');
    expect(nextReportDate(monthly(31), '2027-02-01')).toBe('2027-02-28');
    expect(nextReportDate(monthly(31), '2028-02-29')).toBe('2028-03-31');
    expect(nextReportDate(monthly(30), '2026-12-30')).toBe('2027-01-30');
  });

  it('gives nothing when no reports are required', () => {
    expect(nextReportDate({ frequency: 'none', weekday: null, monthDay: null }, '2026-11-19')).toBeNull();
  });
});
