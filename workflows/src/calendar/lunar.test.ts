import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { civilFromDays, daysFromCivil } from './civil.ts';
import { leapMonthOf, lunarMonthLength, lunarToSolar, solarToLunar } from './lunar.ts';

const iso = (d: { year: number; month: number; day: number }): string =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
const tet = (year: number, tz = 7): string => iso(lunarToSolar(year, 1, 1, false, tz));

describe('lunar calendar: published facts', () => {
  it('Tết Nguyên đán dates', () => {
    expect(tet(2024)).toBe('2024-02-10');
    expect(tet(2025)).toBe('2025-01-29');
    expect(tet(2026)).toBe('2026-02-17');
    // Widely published Vietnamese Tết dates (they coincide with the Chinese New Year in these years).
    const known: Record<number, string> = {
      2000: '2000-02-05', 2001: '2001-01-24', 2002: '2002-02-12', 2003: '2003-02-01', 2004: '2004-01-22',
      2005: '2005-02-09', 2006: '2006-01-29', 2008: '2008-02-07', 2009: '2009-01-26', 2010: '2010-02-14',
      2011: '2011-02-03', 2012: '2012-01-23', 2013: '2013-02-10', 2014: '2014-01-31', 2015: '2015-02-19',
      2016: '2016-02-08', 2017: '2017-01-28', 2018: '2018-02-16', 2019: '2019-02-05', 2020: '2020-01-25',
      2021: '2021-02-12', 2022: '2022-02-01', 2023: '2023-01-22',
    };
    for (const [year, date] of Object.entries(known)) expect(tet(Number(year))).toBe(date);
  });

  it('2023 has leap month 2; 1/2 nhuận = 22/03/2023, 2/2 nhuận = 23/03/2023', () => {
    expect(leapMonthOf(2023)).toBe(2);
    expect(iso(lunarToSolar(2023, 2, 1, true))).toBe('2023-03-22');
    expect(iso(lunarToSolar(2023, 2, 2, true))).toBe('2023-03-23');
    expect(solarToLunar(2023, 3, 22)).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(iso(lunarToSolar(2023, 2, 1, false))).toBe('2023-02-20');
  });

  it('other published leap months', () => {
    expect(leapMonthOf(2012)).toBe(4);
    expect(leapMonthOf(2014)).toBe(9);
    expect(leapMonthOf(2017)).toBe(6);
    expect(leapMonthOf(2020)).toBe(4);
    expect(leapMonthOf(2025)).toBe(6);
    expect(leapMonthOf(2024)).toBeNull();
    expect(leapMonthOf(2026)).toBeNull();
  });

  it('other festival dates (Giỗ Tổ 10/3, Trung thu 15/8, last day of the year)', () => {
    expect(iso(lunarToSolar(2023, 3, 10, false))).toBe('2023-04-29');
    expect(iso(lunarToSolar(2024, 3, 10, false))).toBe('2024-04-18');
    expect(iso(lunarToSolar(2025, 3, 10, false))).toBe('2025-04-07');
    expect(iso(lunarToSolar(2023, 8, 15, false))).toBe('2023-09-29');
    expect(iso(lunarToSolar(2024, 8, 15, false))).toBe('2024-09-17');
    expect(iso(lunarToSolar(2025, 8, 15, false))).toBe('2025-10-06');
    // Tết 2024 eve was "30 Tết" (month 12 of Quý Mão had 30 days).
    expect(solarToLunar(2024, 2, 9)).toEqual({ year: 2023, month: 12, day: 30, leap: false });
  });

  /*
   * The only input that differs between the two calendars is the meridian (UTC+7 vs UTC+8), so the
   * same code with timeZoneHours = 8 must reproduce the Chinese New Year dates, and the years where
   * a new moon falls between 00:00 and 01:00 Beijing time must differ.
   */
  it('UTC+8 reproduces the Chinese New Year', () => {
    const chinese: Record<number, string> = {
      1912: '1912-02-18', 1949: '1949-01-29', 1950: '1950-02-17', 1960: '1960-01-28', 1970: '1970-02-06',
      1976: '1976-01-31', 1980: '1980-02-16', 1990: '1990-01-27', 1999: '1999-02-16', 2000: '2000-02-05',
      2010: '2010-02-14', 2020: '2020-01-25', 2021: '2021-02-12', 2022: '2022-02-01', 2024: '2024-02-10',
    };
    for (const [year, date] of Object.entries(chinese)) expect(tet(Number(year), 8)).toBe(date);
    expect(leapMonthOf(1984, 8)).toBe(10); // Chinese 1984 leap 10th month
    expect(leapMonthOf(2033, 8)).toBe(11); // the "2033 problem": leap 11th month
  });

  it('years where Vietnam (UTC+7) and China (UTC+8) differ', () => {
    // 1985: Vietnam celebrated Tết on 21/01/1985, a whole month before China (20/02/1985).
    expect(tet(1985)).toBe('1985-01-21');
    expect(tet(1985, 8)).toBe('1985-02-20');
    // 2007: the new moon of 17/02/2007 was at 16:14 UTC = 23:14 in Hanoi but 00:14 on 18/02 in Beijing.
    expect(tet(2007)).toBe('2007-02-17');
    expect(tet(2007, 8)).toBe('2007-02-18');
    // 1968: Tết Mậu Thân was 29/01/1968 under the North's new UTC+7 calendar, 30/01 under UTC+8.
    expect(tet(1968)).toBe('1968-01-29');
    expect(tet(1968, 8)).toBe('1968-01-30');
    // Published forecast of the next divergences: 2030 and 2053 (Vietnam one day earlier).
    expect(tet(2030)).toBe('2030-02-02');
    expect(tet(2030, 8)).toBe('2030-02-03');
    expect(tet(2053)).toBe('2053-02-18');
    expect(tet(2053, 8)).toBe('2053-02-19');
  });

  it('rejects non-existent dates', () => {
    expect(() => lunarToSolar(2024, 2, 1, true)).toThrow(RangeError); // 2024 has no leap month
    expect(() => lunarToSolar(2023, 3, 1, true)).toThrow(RangeError); // 2023's leap month is 2
    expect(() => lunarToSolar(2024, 13, 1, false)).toThrow(RangeError);
    expect(() => lunarToSolar(2024, 1, 31, false)).toThrow(RangeError);
    expect(() => lunarToSolar(2024, 1, 0, false)).toThrow(RangeError);
    const short = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].find((m) => lunarMonthLength(2026, m, false) === 29)!;
    expect(() => lunarToSolar(2026, short, 30, false)).toThrow(RangeError);
    expect(() => solarToLunar(2025, 2, 29)).toThrow(RangeError);
    expect(() => solarToLunar(1700, 1, 1)).toThrow(RangeError);
  });
});

describe('lunar calendar: exhaustive round trips 1900–2100', () => {
  const first = daysFromCivil(1900, 1, 1);
  const last = daysFromCivil(2100, 12, 31);
  const key = (y: number, m: number, d: number, leap: boolean): string => `${y}/${m}/${d}/${leap ? 'L' : ''}`;

  it('solar → lunar → solar for every day, and the lunar days run in sequence', () => {
    const failures: string[] = [];
    const check = (ok: boolean, what: string): void => {
      if (!ok && failures.length < 20) failures.push(what);
    };
    let prev = solarToLunar(1899, 12, 31);
    const monthsPerYear = new Map<number, number>();
    for (let days = first; days <= last; days++) {
      const s = civilFromDays(days);
      const l = solarToLunar(s.year, s.month, s.day);
      const back = lunarToSolar(l.year, l.month, l.day, l.leap);
      const at = `${iso(s)} → ${key(l.year, l.month, l.day, l.leap)}`;
      check(iso(back) === iso(s), `round trip ${at} → ${iso(back)}`);
      if (l.day === 1) {
        check(prev.day === 29 || prev.day === 30, `month length before ${at}`);
        monthsPerYear.set(l.year, (monthsPerYear.get(l.year) ?? 0) + 1);
        check(l.month === (l.leap ? prev.month : (prev.month % 12) + 1), `month sequence ${at}`);
        check(l.year === (l.month === 1 && !l.leap ? prev.year + 1 : prev.year), `year sequence ${at}`);
      } else {
        check(l.day === prev.day + 1 && l.year === prev.year && l.month === prev.month && l.leap === prev.leap, `day sequence ${at}`);
      }
      prev = l;
    }
    for (let y = 1901; y <= 2099; y++) check(monthsPerYear.get(y) === (leapMonthOf(y) === null ? 12 : 13), `months in ${y}`);
    expect(failures).toEqual([]);
  });

  it('lunar → solar → lunar for every lunar date 1901–2099; only existing dates convert', () => {
    const existing = new Set<string>();
    for (let days = first; days <= last; days++) {
      const s = civilFromDays(days);
      const l = solarToLunar(s.year, s.month, s.day);
      existing.add(key(l.year, l.month, l.day, l.leap));
    }
    const failures: string[] = [];
    for (let y = 1901; y <= 2099; y++) {
      for (let m = 1; m <= 12; m++) {
        for (const leap of [false, true]) {
          for (let d = 1; d <= 30; d++) {
            const k = key(y, m, d, leap);
            let converted: ReturnType<typeof lunarToSolar> | null = null;
            try {
              converted = lunarToSolar(y, m, d, leap);
            } catch (e) {
              if (!(e instanceof RangeError)) throw e;
            }
            if (converted === null) {
              if (existing.has(k)) failures.push(`${k} should exist`);
              continue;
            }
            if (!existing.has(k)) failures.push(`${k} should not exist`);
            const l = solarToLunar(converted.year, converted.month, converted.day);
            if (key(l.year, l.month, l.day, l.leap) !== k) failures.push(`${k} → ${iso(converted)} → ${key(l.year, l.month, l.day, l.leap)}`);
          }
        }
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });

  it('property: solar → lunar → solar', () => {
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (days) => {
        const s = civilFromDays(days);
        const l = solarToLunar(s.year, s.month, s.day);
        expect(lunarToSolar(l.year, l.month, l.day, l.leap)).toEqual(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: lunar → solar → lunar (when the lunar date exists)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1901, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        (y, m, d, leap) => {
          let s;
          try {
            s = lunarToSolar(y, m, d, leap);
          } catch (e) {
            expect(e).toBeInstanceOf(RangeError);
            expect(leap ? leapMonthOf(y) !== m || d === 30 : d === 30).toBe(true);
            return;
          }
          expect(solarToLunar(s.year, s.month, s.day)).toEqual({ year: y, month: m, day: d, leap });
        },
      ),
      { numRuns: 2000 },
    );
  });
});
