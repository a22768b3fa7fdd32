import { describe, expect, it } from 'vitest';
import { daysFromCivil, isoWeekday, parseIsoDate } from './civil.ts';
import { HOLIDAY_NAMES, nationalDayExtra, prefillYear } from './holidays.ts';

const lines = (year: number): string[] => prefillYear(year).map((e) => `${e.date} ${e.kind} ${e.name}`);

describe('prefillYear', () => {
  it('2026: Tết 16–20/02 (last day of Ất Tỵ + mùng 1–4), Giỗ Tổ on Sunday 26/4 → nghỉ bù 27/4', () => {
    expect(lines(2026)).toEqual([
      '2026-01-01 holiday Tết Dương lịch',
      '2026-02-16 holiday Tết Nguyên đán',
      '2026-02-17 holiday Tết Nguyên đán',
      '2026-02-18 holiday Tết Nguyên đán',
      '2026-02-19 holiday Tết Nguyên đán',
      '2026-02-20 holiday Tết Nguyên đán',
      '2026-04-26 holiday Giỗ Tổ Hùng Vương',
      '2026-04-27 in-lieu Nghỉ bù Giỗ Tổ Hùng Vương',
      '2026-04-30 holiday Ngày Chiến thắng',
      '2026-05-01 holiday Ngày Quốc tế Lao động',
      '2026-09-01 holiday Quốc khánh',
      '2026-09-02 holiday Quốc khánh',
    ]);
  });

  it('2023: Giỗ Tổ Saturday 29/4 and 30/4 Sunday → nghỉ bù 2/5 and 3/5 (as announced); 2/9 Saturday → 4/9', () => {
    const l = lines(2023);
    expect(l).toContain('2023-01-02 in-lieu Nghỉ bù Tết Dương lịch');
    expect(l.filter((x) => x >= '2023-04' && x < '2023-06')).toEqual([
      '2023-04-29 holiday Giỗ Tổ Hùng Vương',
      '2023-04-30 holiday Ngày Chiến thắng',
      '2023-05-01 holiday Ngày Quốc tế Lao động',
      '2023-05-02 in-lieu Nghỉ bù Giỗ Tổ Hùng Vương',
      '2023-05-03 in-lieu Nghỉ bù Ngày Chiến thắng',
    ]);
    expect(l.filter((x) => x >= '2023-09')).toEqual([
      '2023-09-01 holiday Quốc khánh',
      '2023-09-02 holiday Quốc khánh',
      '2023-09-04 in-lieu Nghỉ bù Quốc khánh',
    ]);
  });

  it('2024: Tết block containing a weekend gets two days in lieu after it', () => {
    expect(lines(2024).filter((x) => x.startsWith('2024-02'))).toEqual([
      '2024-02-09 holiday Tết Nguyên đán',
      '2024-02-10 holiday Tết Nguyên đán',
      '2024-02-11 holiday Tết Nguyên đán',
      '2024-02-12 holiday Tết Nguyên đán',
      '2024-02-13 holiday Tết Nguyên đán',
      '2024-02-14 in-lieu Nghỉ bù Tết Nguyên đán',
      '2024-02-15 in-lieu Nghỉ bù Tết Nguyên đán',
    ]);
  });

  it('2022: 30/4 and 1/5 on the weekend, Giỗ Tổ on Sunday 10/4 (announced: 11/4, 2/5, 3/5 off)', () => {
    const l = lines(2022);
    expect(l).toContain('2022-04-11 in-lieu Nghỉ bù Giỗ Tổ Hùng Vương');
    expect(l).toContain('2022-05-02 in-lieu Nghỉ bù Ngày Chiến thắng');
    expect(l).toContain('2022-05-03 in-lieu Nghỉ bù Ngày Quốc tế Lao động');
  });

  it('extra Quốc khánh day reproduces the announced 2021–2025 schedules', () => {
    const extra = (y: number): number => nationalDayExtra(y) - daysFromCivil(y, 9, 2);
    expect(extra(2021)).toBe(1); // Thu 2/9 + Fri 3/9
    expect(extra(2022)).toBe(-1); // Fri 2/9 + Thu 1/9
    expect(extra(2023)).toBe(-1); // Sat 2/9 + Fri 1/9
    expect(extra(2024)).toBe(1); // Mon 2/9 + Tue 3/9
    expect(extra(2025)).toBe(-1); // Tue 2/9 + Mon 1/9
    expect(extra(2026)).toBe(-1); // Wed 2/9: neither side joins a weekend, default 1/9
  });

  it('every year 1901–2199: 11 holiday days, one in-lieu day per weekend holiday, in-lieu on free weekdays', () => {
    for (let year = 1901; year <= 2199; year++) {
      const entries = prefillYear(year);
      const holidays = entries.filter((e) => e.kind === 'holiday');
      const inLieu = entries.filter((e) => e.kind === 'in-lieu');
      const dates = entries.map((e) => e.date);
      expect(new Set(dates).size).toBe(dates.length);
      expect([...dates].sort()).toEqual(dates);
      expect(dates.every((d) => d.startsWith(`${year}-`))).toBe(true);
      // 11 days; 1947 is the only year here where Giỗ Tổ falls on 30/4 (merged into one day).
      expect(holidays.length).toBe(year === 1947 ? 10 : 11);
      expect(holidays.filter((e) => e.name === HOLIDAY_NAMES.tet).length).toBe(5);
      const weekend = holidays.filter((e) => isoWeekday(parseIsoDate(e.date)) >= 6);
      expect(inLieu.length).toBe(weekend.length);
      for (const e of inLieu) expect(isoWeekday(parseIsoDate(e.date))).toBeLessThanOrEqual(5);
    }
  });
});
