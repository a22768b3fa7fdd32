import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY_MS, HOUR_MS, MINUTE_MS, formatIsoDate, formatVi, localDay, localDayStart, vnInstant } from './civil.ts';
import { prefillYear } from './holidays.ts';
import {
  DEFAULT_OFFICE_HOURS,
  createWorkingCalendar,
  explainDeadline,
  prefillYearCalendar,
} from './working-calendar.ts';
import type { CalendarData, DeadlineRule, OfficeHours, WorkingCalendar } from './working-calendar.ts';

/*
 * Test data. 2026: Tết as announced for civil servants (16–20/02/2026 off, between two weekends).
 * 2025: default holidays plus an example hoán đổi: Friday 02/5 off, worked on Saturday 26/4.
 */
const data: CalendarData = {
  officeHours: DEFAULT_OFFICE_HOURS,
  years: [
    {
      year: 2025,
      daysOff: [...prefillYear(2025), { date: '2025-05-02', kind: 'swap-off', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)' }],
      workingDays: [{ date: '2025-04-26', kind: 'swap-work', name: 'Làm bù cho ngày 02/5' }],
    },
    {
      year: 2026,
      daysOff: [
        { date: '2026-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
        { date: '2026-02-16', kind: 'holiday', name: 'Tết Nguyên đán' },
        { date: '2026-02-17', kind: 'holiday', name: 'Tết Nguyên đán' },
        { date: '2026-02-18', kind: 'holiday', name: 'Tết Nguyên đán' },
        { date: '2026-02-19', kind: 'holiday', name: 'Tết Nguyên đán' },
        { date: '2026-02-20', kind: 'holiday', name: 'Tết Nguyên đán' },
        { date: '2026-04-26', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương' },
        { date: '2026-04-27', kind: 'in-lieu', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' },
        { date: '2026-04-30', kind: 'holiday', name: 'Ngày Chiến thắng' },
        { date: '2026-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động' },
        { date: '2026-09-01', kind: 'holiday', name: 'Quốc khánh' },
        { date: '2026-09-02', kind: 'holiday', name: 'Quốc khánh' },
      ],
      workingDays: [],
    },
  ],
};

const cal = createWorkingCalendar(data);
const at = (y: number, mo: number, d: number, h = 0, mi = 0): number => vnInstant(y, mo, d, h, mi);
const vi = (t: number): string => formatVi(t);

describe('sameWorkingDay / nextWorkingDayEnd (NĐ 30/2020)', () => {
  it('received Friday 16:00 → same day 17:00; hard limit Monday 17:00', () => {
    expect(vi(cal.sameWorkingDay(at(2026, 1, 9, 16)))).toBe('17:00 09/01/2026');
    expect(vi(cal.nextWorkingDayEnd(at(2026, 1, 9, 16)))).toBe('17:00 12/01/2026');
  });

  it('received Friday 18:00 or on Saturday → Monday 17:00 for both', () => {
    for (const t of [at(2026, 1, 9, 18), at(2026, 1, 10, 10), at(2026, 1, 11, 23, 59)]) {
      expect(vi(cal.sameWorkingDay(t))).toBe('17:00 12/01/2026');
      expect(vi(cal.nextWorkingDayEnd(t))).toBe('17:00 12/01/2026');
    }
  });

  it('received exactly at 17:00 counts as after hours; before 07:30 and at lunch count as the same day', () => {
    expect(vi(cal.sameWorkingDay(at(2026, 1, 8, 17)))).toBe('17:00 09/01/2026');
    expect(vi(cal.sameWorkingDay(at(2026, 1, 8, 16, 59)))).toBe('17:00 08/01/2026');
    expect(vi(cal.sameWorkingDay(at(2026, 1, 8, 6)))).toBe('17:00 08/01/2026');
    expect(vi(cal.sameWorkingDay(at(2026, 1, 8, 12)))).toBe('17:00 08/01/2026');
  });

  it('Tết 2026 (16–20/02 off per the announced schedule)', () => {
    expect(vi(cal.sameWorkingDay(at(2026, 2, 13, 10)))).toBe('17:00 13/02/2026');
    expect(vi(cal.nextWorkingDayEnd(at(2026, 2, 13, 10)))).toBe('17:00 23/02/2026');
    expect(vi(cal.sameWorkingDay(at(2026, 2, 13, 17, 30)))).toBe('17:00 23/02/2026');
    expect(vi(cal.sameWorkingDay(at(2026, 2, 17, 9)))).toBe('17:00 23/02/2026');
    expect(cal.isWorkingDay('2026-02-17')).toBe(false);
    expect(cal.isWorkingDay('2026-02-23')).toBe(true);
  });
});

describe('nextWorkingMorning (QĐ 28/2018)', () => {
  it('signed Friday 10:00, Friday 18:00, Saturday or Sunday → Monday 12:00', () => {
    for (const t of [at(2026, 1, 9, 10), at(2026, 1, 9, 18), at(2026, 1, 10, 9), at(2026, 1, 11, 22)]) {
      expect(vi(cal.nextWorkingMorning(t))).toBe('12:00 12/01/2026');
    }
  });

  it('signed Monday 07:00 → Tuesday 12:00; signed before Tết → the first morning after Tết', () => {
    expect(vi(cal.nextWorkingMorning(at(2026, 1, 12, 7)))).toBe('12:00 13/01/2026');
    expect(vi(cal.nextWorkingMorning(at(2026, 2, 13, 15)))).toBe('12:00 23/02/2026');
  });

  it('hoán đổi 2025: 02/5 is off, Saturday 26/4 is worked', () => {
    expect(cal.isWorkingDay('2025-05-02')).toBe(false);
    expect(cal.isWorkingDay('2025-04-26')).toBe(true);
    expect(vi(cal.nextWorkingMorning(at(2025, 4, 29, 10)))).toBe('12:00 05/05/2025');
    expect(vi(cal.nextWorkingMorning(at(2025, 4, 25, 18)))).toBe('12:00 26/04/2025');
    expect(vi(cal.sameWorkingDay(at(2025, 4, 25, 18)))).toBe('17:00 26/04/2025');
  });
});

describe('immediately / addWorkingHours / addWorkingDays / workingTimeBetween', () => {
  it('"ngay" = 120 working minutes, carried over the weekend and Tết', () => {
    expect(vi(cal.immediately(at(2026, 1, 8, 9)))).toBe('11:00 08/01/2026');
    expect(vi(cal.immediately(at(2026, 1, 8, 11)))).toBe('15:00 08/01/2026');
    expect(vi(cal.immediately(at(2026, 2, 13, 16)))).toBe('08:30 23/02/2026');
    expect(vi(cal.immediately(at(2026, 2, 14, 10)))).toBe('09:30 23/02/2026');
  });

  it('addWorkingHours skips lunch and stops at a session end rather than the next start', () => {
    expect(vi(cal.addWorkingHours(at(2026, 1, 8, 11), 1))).toBe('14:00 08/01/2026');
    expect(vi(cal.addWorkingHours(at(2026, 1, 8, 10, 30), 1))).toBe('11:30 08/01/2026');
    expect(vi(cal.addWorkingHours(at(2026, 1, 8, 7, 30), 7.5))).toBe('17:00 08/01/2026');
    expect(vi(cal.addWorkingHours(at(2026, 1, 8, 7, 30), 8))).toBe('08:00 09/01/2026');
    expect(vi(cal.addWorkingHours(at(2026, 1, 8, 12), 0.5))).toBe('14:00 08/01/2026');
    expect(cal.addWorkingHours(at(2026, 1, 8, 20), 0)).toBe(at(2026, 1, 8, 20));
  });

  it('addWorkingDays: the start day is not counted; n = 0 is "trong ngày"', () => {
    expect(vi(cal.addWorkingDays(at(2026, 2, 13, 10), 3))).toBe('17:00 25/02/2026');
    expect(vi(cal.addWorkingDays(at(2026, 1, 9, 16), 1))).toBe('17:00 12/01/2026');
    expect(vi(cal.addWorkingDays(at(2026, 1, 9, 18), 1))).toBe('17:00 12/01/2026');
    expect(vi(cal.addWorkingDays(at(2026, 1, 9, 18), 0))).toBe('17:00 12/01/2026');
    expect(vi(cal.addWorkingDays(at(2026, 1, 5, 9), 10))).toBe('17:00 19/01/2026');
    for (const t of [at(2026, 1, 9, 16), at(2026, 1, 9, 18), at(2026, 1, 10, 12)]) {
      expect(cal.addWorkingDays(t, 1)).toBe(cal.nextWorkingDayEnd(t));
      expect(cal.addWorkingDays(t, 0)).toBe(cal.sameWorkingDay(t));
    }
  });

  it('crosses into a year without admin data, which falls back to prefillYear', () => {
    expect(cal.isPrefilled(2027)).toBe(true);
    expect(cal.isPrefilled(2026)).toBe(false);
    // 01/01/2027 (Friday) is Tết Dương lịch by default.
    expect(vi(cal.addWorkingDays(at(2026, 12, 30, 10), 2))).toBe('17:00 04/01/2027');
    expect(cal.yearsUsed(at(2026, 12, 30, 10), cal.addWorkingDays(at(2026, 12, 30, 10), 2))).toEqual([2026, 2027]);
    expect(cal.yearsUsed(at(2026, 3, 1), at(2026, 3, 5))).toEqual([2026]);
    // A calendar with no data at all works from defaults, in either direction of time.
    const bare = createWorkingCalendar({ officeHours: DEFAULT_OFFICE_HOURS, years: [] });
    expect(bare.isWorkingDay('2026-02-18')).toBe(false);
    expect(bare.workingTimeBetween(at(2030, 1, 7, 7, 30), at(2030, 1, 7, 17))).toBe(7.5 * HOUR_MS);
    expect(bare.workingTimeBetween(at(2030, 1, 7, 17), at(2020, 1, 7, 17))).toBe(
      -bare.workingTimeBetween(at(2020, 1, 7, 17), at(2030, 1, 7, 17)),
    );
  });

  it('workingTimeBetween counts office time only and is signed', () => {
    expect(cal.workingTimeBetween(at(2026, 1, 9, 16), at(2026, 1, 12, 8, 30))).toBe(2 * HOUR_MS);
    expect(cal.workingTimeBetween(at(2026, 1, 12, 8, 30), at(2026, 1, 9, 16))).toBe(-2 * HOUR_MS);
    expect(cal.workingTimeBetween(at(2026, 2, 14), at(2026, 2, 22, 23))).toBe(0);
    expect(cal.workingTimeBetween(at(2026, 1, 5), at(2026, 1, 10))).toBe(5 * 7.5 * HOUR_MS);
  });

  it('rejects bad arguments', () => {
    expect(() => cal.addWorkingDays(at(2026, 1, 5), -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays(at(2026, 1, 5), 1.5)).toThrow(RangeError);
    expect(() => cal.addWorkingHours(at(2026, 1, 5), -1)).toThrow(RangeError);
    expect(() => cal.sameWorkingDay(Number.NaN)).toThrow(RangeError);
    expect(() => cal.sameWorkingDay(at(2300, 1, 1))).toThrow(RangeError);
  });
});

describe('calendar data validation', () => {
  const withHours = (h: Partial<OfficeHours>): CalendarData => ({ officeHours: { ...DEFAULT_OFFICE_HOURS, ...h }, years: [] });
  it('rejects inconsistent office hours', () => {
    expect(() => createWorkingCalendar(withHours({ sessions: [] }))).toThrow(RangeError);
    expect(() => createWorkingCalendar(withHours({ sessions: [{ start: 600, end: 500 }] }))).toThrow(RangeError);
    expect(() => createWorkingCalendar(withHours({ sessions: [{ start: 450, end: 700 }, { start: 690, end: 1020 }] }))).toThrow(RangeError);
    expect(() => createWorkingCalendar(withHours({ morningEnd: 400 }))).toThrow(RangeError);
    expect(() => createWorkingCalendar(withHours({ weekdays: [0, 1] }))).toThrow(RangeError);
    expect(() => createWorkingCalendar(withHours({ weekdays: [] }))).toThrow(RangeError);
    expect(() => createWorkingCalendar(withHours({ immediateMinutes: -5 }))).toThrow(RangeError);
  });

  it('rejects inconsistent year data', () => {
    const year = (y: Partial<CalendarData['years'][number]>): CalendarData => ({
      officeHours: DEFAULT_OFFICE_HOURS,
      years: [{ year: 2026, daysOff: [], workingDays: [], ...y }],
    });
    expect(() => createWorkingCalendar(year({ daysOff: [{ date: '2027-01-01', kind: 'holiday', name: 'x' }] }))).toThrow(RangeError);
    expect(() =>
      createWorkingCalendar(
        year({
          daysOff: [{ date: '2026-03-07', kind: 'extra-off', name: 'x' }],
          workingDays: [{ date: '2026-03-07', kind: 'working-saturday', name: 'y' }],
        }),
      ),
    ).toThrow(RangeError);
    expect(() => createWorkingCalendar({ ...data, years: [...data.years, data.years[0]!] })).toThrow(RangeError);
    expect(() => createWorkingCalendar(year({ daysOff: [{ date: '2026-02-30', kind: 'holiday', name: 'x' }] }))).toThrow(RangeError);
  });

  it('keeps a frozen private copy of the office hours', () => {
    const hours: OfficeHours = { ...DEFAULT_OFFICE_HOURS, sessions: [...DEFAULT_OFFICE_HOURS.sessions] };
    const c = createWorkingCalendar({ officeHours: hours, years: [] });
    hours.immediateMinutes = 1;
    expect(vi(c.immediately(at(2026, 1, 8, 9)))).toBe('11:00 08/01/2026');
    expect(Object.isFrozen(c.officeHours)).toBe(true);
  });

  it('works from JSON and is deterministic', () => {
    const copy = createWorkingCalendar(JSON.parse(JSON.stringify(data)) as CalendarData);
    for (let t = at(2025, 12, 20); t < at(2026, 3, 1); t += 3 * HOUR_MS + 7 * MINUTE_MS) {
      expect(copy.addWorkingDays(t, 3)).toBe(cal.addWorkingDays(t, 3));
      expect(copy.addWorkingHours(t, 5.25)).toBe(cal.addWorkingHours(t, 5.25));
    }
  });

  it('prefillYearCalendar is valid admin data equivalent to the fallback', () => {
    const explicit = createWorkingCalendar({ officeHours: DEFAULT_OFFICE_HOURS, years: [prefillYearCalendar(2027)] });
    for (let d = localDay(at(2027, 1, 1)); d < localDay(at(2028, 1, 1)); d++) {
      const iso = formatIsoDate(d);
      expect(explicit.isWorkingDay(iso)).toBe(cal.isWorkingDay(iso));
    }
  });
});

describe('explainDeadline', () => {
  it('lists the days skipped and why (Tết 2026)', () => {
    const e = explainDeadline('nextWorkingDayEnd', at(2026, 2, 13, 17, 30), data);
    expect(e.at).toBe(at(2026, 2, 23, 17));
    expect(e.label).toBe('chậm nhất trong ngày làm việc tiếp theo');
    expect(e.steps).toContain('17/02/2026 là ngày nghỉ: Tết Nguyên đán.');
    expect(e.steps).toContain('14/02/2026 là ngày nghỉ: thứ Bảy (nghỉ hằng tuần).');
    expect(e.steps.at(-1)).toBe('Hạn: 17:00 23/02/2026 (thứ Hai).');
  });

  it('labels, counted days, swaps and pre-filled years', () => {
    const days = cal.explain('addWorkingDays', at(2026, 2, 13, 10), { days: 3 });
    expect(days.label).toBe('trong 3 ngày làm việc');
    expect(days.steps).toContain('Ngày làm việc thứ 3: 25/02/2026 (thứ Tư).');
    const hours = cal.explain('addWorkingHours', at(2026, 1, 8, 11), { hours: 1.5 });
    expect(hours.label).toBe('trong 1,5 giờ làm việc');
    expect(cal.explain('immediately', at(2026, 1, 8, 11)).label).toBe('ngay (trong 120 phút làm việc)');
    const morning = cal.explain('nextWorkingMorning', at(2025, 4, 29, 10));
    expect(morning.steps).toContain('02/05/2025 là ngày nghỉ: Nghỉ hoán đổi (làm bù thứ Bảy 26/4).');
    const swap = cal.explain('sameWorkingDay', at(2025, 4, 25, 18));
    expect(swap.steps).toContain('26/04/2025 (thứ Bảy) là ngày làm việc: Làm bù cho ngày 02/5.');
    const next = cal.explain('addWorkingDays', at(2026, 12, 30, 10), { days: 2 });
    expect(next.steps.some((s) => s.startsWith('Năm 2027 chưa có lịch'))).toBe(true);
    expect(next.steps).toContain('01/01/2027 là ngày nghỉ: Tết Dương lịch.');
    expect(() => cal.explain('addWorkingDays', at(2026, 1, 1))).toThrow(RangeError);
    const zero = cal.explain('addWorkingDays', at(2026, 1, 9, 18), { days: 0 });
    expect(zero.steps.some((x) => x.startsWith('Ngày làm việc thứ'))).toBe(false);
    expect(cal.explain('sameWorkingDay', at(2026, 1, 8, 9)).steps).toContain(
      'Bắt đầu trong ngày làm việc; hạn là hết giờ làm việc (17:00) cùng ngày.',
    );
  });

  it('summarises very long spans', () => {
    const e = cal.explain('addWorkingDays', at(2026, 1, 5), { days: 400 });
    expect(e.steps.length).toBeLessThan(110);
    expect(e.steps.at(-2)).toMatch(/^… và \d+ ngày khác/);
  });
});

describe('reminders and escalations: subtractWorkingHours / subtractWorkingDays / nextWorkingDayStart / untilDate', () => {
  it('subtractWorkingHours counts office time back, stopping at an office end rather than the next start', () => {
    expect(vi(cal.subtractWorkingHours(at(2026, 1, 13, 17), 2))).toBe('15:00 13/01/2026');
    expect(vi(cal.subtractWorkingHours(at(2026, 1, 13, 8), 0.5))).toBe('17:00 12/01/2026');
    expect(vi(cal.subtractWorkingHours(at(2026, 1, 12, 8), 1))).toBe('16:30 09/01/2026');
    expect(vi(cal.subtractWorkingHours(at(2026, 1, 13, 14), 1))).toBe('11:00 13/01/2026');
    expect(cal.subtractWorkingHours(at(2026, 1, 13, 9), 0)).toBe(at(2026, 1, 13, 9));
  });

  it('subtractWorkingDays skips weekends, Tết and reaches back into the previous year', () => {
    expect(vi(cal.subtractWorkingDays(at(2026, 1, 12, 17), 1))).toBe('17:00 09/01/2026');
    expect(vi(cal.subtractWorkingDays(at(2026, 2, 23, 17), 1))).toBe('17:00 13/02/2026');
    expect(vi(cal.subtractWorkingDays(at(2026, 1, 2, 17), 3))).toBe('17:00 29/12/2025');
    expect(vi(cal.subtractWorkingDays(at(2026, 1, 14, 10), 1))).toBe('10:00 13/01/2026');
  });

  it('nextWorkingDayStart is the first session start of the next working day', () => {
    expect(vi(cal.nextWorkingDayStart(at(2026, 1, 9, 17)))).toBe('07:30 12/01/2026');
    expect(vi(cal.nextWorkingDayStart(at(2026, 1, 12, 6)))).toBe('07:30 13/01/2026');
    expect(vi(cal.nextWorkingDayStart(at(2026, 2, 13, 17)))).toBe('07:30 23/02/2026');
  });

  it('untilDate ends with the office hours of the date, or of the next working day when the date is a day off', () => {
    expect(vi(cal.untilDate(at(2026, 1, 14, 17)))).toBe('17:00 14/01/2026');
    expect(vi(cal.untilDate(at(2026, 1, 17, 17)))).toBe('17:00 19/01/2026');
    const e = cal.explain('untilDate', at(2026, 2, 18, 17));
    expect(vi(e.at)).toBe('17:00 23/02/2026');
    expect(e.label).toBe('đến hết ngày 18/02/2026');
    expect(e.basis).toContain('Điều 148');
    expect(e.steps[0]).toBe('Ngày hạn được giao: 18/02/2026 (thứ Tư).');
    expect(e.steps).toContain('20/02/2026 là ngày nghỉ: Tết Nguyên đán.');
    expect(cal.explain('untilDate', at(2026, 1, 14, 17)).steps).toEqual([
      'Ngày hạn được giao: 14/01/2026 (thứ Tư).',
      'Hạn là hết giờ làm việc (17:00) của ngày được giao.',
      'Hạn: 17:00 14/01/2026 (thứ Tư).',
    ]);
  });

  it('rejects bad arguments', () => {
    expect(() => cal.subtractWorkingHours(at(2026, 1, 13, 17), -1)).toThrow(RangeError);
    expect(() => cal.subtractWorkingDays(at(2026, 1, 13, 17), 1.5)).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------
// Invariants, for several office-hour configurations.

const configs: Array<{ name: string; calendar: WorkingCalendar; hours: OfficeHours }> = [
  { name: 'default hours + 2025/2026 admin data', calendar: cal, hours: DEFAULT_OFFICE_HOURS },
  (() => {
    const hours: OfficeHours = {
      sessions: [{ start: 480, end: 720 }, { start: 780, end: 1020 }],
      morningEnd: 720,
      weekdays: [1, 2, 3, 4, 5],
      immediateMinutes: 45,
    };
    return { name: '08:00–12:00, 13:00–17:00, defaults only', calendar: createWorkingCalendar({ officeHours: hours, years: [] }), hours };
  })(),
  (() => {
    const hours: OfficeHours = {
      sessions: [{ start: 420, end: 660 }, { start: 700, end: 900 }, { start: 960, end: 1080 }],
      morningEnd: 690,
      weekdays: [1, 2, 3, 4, 5, 6],
      immediateMinutes: 30,
    };
    return { name: '3 sessions, 6-day week', calendar: createWorkingCalendar({ officeHours: hours, years: [] }), hours };
  })(),
];

const T0 = at(2025, 1, 1);
const T1 = at(2027, 12, 31);

/** Instants spread over 2025–2027, biased towards session boundaries and day edges. */
function instant(hours: OfficeHours): fc.Arbitrary<number> {
  const edges = [0, 1439, hours.morningEnd, ...hours.sessions.flatMap((s) => [s.start, s.end])];
  const day = fc.integer({ min: localDay(T0), max: localDay(T1) });
  return fc.oneof(
    fc.integer({ min: T0, max: T1 }),
    fc
      .tuple(day, fc.constantFrom(...edges), fc.constantFrom(-1, 0, 1))
      .map(([d, minute, delta]) => localDayStart(d) + minute * MINUTE_MS + delta),
  );
}

const quarterHours = fc.integer({ min: 1, max: 400 }).map((k) => k / 4);

function sessionOf(calendar: WorkingCalendar, hours: OfficeHours, x: number): 'inside' | 'end' | 'outside' {
  const day = localDay(x);
  if (!calendar.isWorkingDay(formatIsoDate(day))) return 'outside';
  const m = x - localDayStart(day);
  for (const s of hours.sessions) {
    if (m === s.end * MINUTE_MS) return 'end';
    if (m > s.start * MINUTE_MS && m < s.end * MINUTE_MS) return 'inside';
  }
  return 'outside';
}

/** Slow reference: working ms in [a, b) by walking the days. */
function referenceWorkingTime(calendar: WorkingCalendar, hours: OfficeHours, a: number, b: number): number {
  let total = 0;
  for (let d = localDay(a); d <= localDay(b); d++) {
    if (!calendar.isWorkingDay(formatIsoDate(d))) continue;
    for (const s of hours.sessions) {
      const from = Math.max(a, localDayStart(d) + s.start * MINUTE_MS);
      const to = Math.min(b, localDayStart(d) + s.end * MINUTE_MS);
      if (to > from) total += to - from;
    }
  }
  return total;
}

for (const { name, calendar, hours } of configs) {
  const t = instant(hours);
  const rules: Array<[string, (x: number) => number, boolean]> = [
    ['sameWorkingDay', (x) => calendar.sameWorkingDay(x), true],
    ['nextWorkingDayEnd', (x) => calendar.nextWorkingDayEnd(x), true],
    ['nextWorkingMorning', (x) => calendar.nextWorkingMorning(x), false],
    ['immediately', (x) => calendar.immediately(x), true],
    ['addWorkingDays(3)', (x) => calendar.addWorkingDays(x, 3), true],
    ['addWorkingHours(2.25)', (x) => calendar.addWorkingHours(x, 2.25), true],
  ];

  describe(`invariants: ${name}`, () => {
    it('a deadline is never before t and lies in a session (or at its end) of a working day', () => {
      fc.assert(
        fc.property(t, (x) => {
          for (const [, rule, inSession] of rules) {
            const d = rule(x);
            expect(d).toBeGreaterThanOrEqual(x);
            if (inSession) expect(sessionOf(calendar, hours, d)).not.toBe('outside');
            else {
              expect(calendar.isWorkingDay(formatIsoDate(localDay(d)))).toBe(true);
              expect(d - localDayStart(localDay(d))).toBe(hours.morningEnd * MINUTE_MS);
            }
          }
        }),
        { numRuns: 500 },
      );
    });

    it('every rule is monotonic (non-decreasing) in t', () => {
      fc.assert(
        fc.property(t, t, fc.integer({ min: 0, max: 20 }), quarterHours, (a, b, n, h) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          for (const [, rule] of rules) expect(rule(lo)).toBeLessThanOrEqual(rule(hi));
          expect(calendar.addWorkingDays(lo, n)).toBeLessThanOrEqual(calendar.addWorkingDays(hi, n));
          expect(calendar.addWorkingHours(lo, h)).toBeLessThanOrEqual(calendar.addWorkingHours(hi, h));
        }),
        { numRuns: 500 },
      );
    });

    it('workingTimeBetween(t, addWorkingHours(t, h)) === h·3 600 000, and the result is the earliest such instant', () => {
      fc.assert(
        fc.property(t, quarterHours, (x, h) => {
          const d = calendar.addWorkingHours(x, h);
          expect(calendar.workingTimeBetween(x, d)).toBe(h * 3_600_000);
          expect(calendar.workingTimeBetween(x, d - 1)).toBeLessThan(h * 3_600_000);
          expect(sessionOf(calendar, hours, d)).not.toBe('outside');
        }),
        { numRuns: 500 },
      );
    });

    it('subtractWorkingHours / subtractWorkingDays leave exactly that much office time before t, at the earliest such instant', () => {
      const dayMs = hours.sessions.reduce((sum, s) => sum + (s.end - s.start) * MINUTE_MS, 0);
      fc.assert(
        fc.property(t, quarterHours, fc.integer({ min: 0, max: 15 }), (x, h, n) => {
          const s = calendar.subtractWorkingHours(x, h);
          expect(s).toBeLessThanOrEqual(x);
          expect(calendar.workingTimeBetween(s, x)).toBe(h * 3_600_000);
          expect(calendar.workingTimeBetween(s - 1, x)).toBeGreaterThanOrEqual(h * 3_600_000);
          if (h > 0) expect(calendar.workingTimeBetween(s - 1, x)).toBe(h * 3_600_000 + (sessionOf(calendar, hours, s) === 'outside' ? 0 : 1));
          expect(calendar.addWorkingHours(s, h)).toBeLessThanOrEqual(x);
          const d = calendar.subtractWorkingDays(x, n);
          expect(calendar.workingTimeBetween(d, x)).toBe(n * dayMs);
        }),
        { numRuns: 300 },
      );
    });

    it('nextWorkingDayStart and untilDate fall on working days, after t\'s day', () => {
      fc.assert(
        fc.property(t, (x) => {
          const s = calendar.nextWorkingDayStart(x);
          expect(localDay(s)).toBeGreaterThan(localDay(x));
          expect(calendar.isWorkingDay(formatIsoDate(localDay(s)))).toBe(true);
          expect(s - localDayStart(localDay(s))).toBe(hours.sessions[0]!.start * MINUTE_MS);
          const u = calendar.untilDate(x);
          expect(localDay(u)).toBeGreaterThanOrEqual(localDay(x));
          expect(sessionOf(calendar, hours, u)).toBe('end');
        }),
        { numRuns: 300 },
      );
    });

    it('addWorkingDays(t, n + 1) is exactly one working day after addWorkingDays(t, n) for n ≥ 1', () => {
      const dayMs = hours.sessions.reduce((sum, s) => sum + (s.end - s.start) * MINUTE_MS, 0);
      fc.assert(
        fc.property(t, fc.integer({ min: 1, max: 30 }), (x, n) => {
          // n = 0 ("trong ngày") equals n = 1 when t is after hours or on a day off.
          expect(calendar.addWorkingDays(x, 0)).toBeLessThanOrEqual(calendar.addWorkingDays(x, 1));
          const a = calendar.addWorkingDays(x, n);
          const b = calendar.addWorkingDays(x, n + 1);
          expect(calendar.workingTimeBetween(a, b)).toBe(dayMs);
          expect(b - a).toBeGreaterThanOrEqual(DAY_MS);
        }),
        { numRuns: 300 },
      );
    });

    it('workingTimeBetween matches a day-by-day reference, is additive and antisymmetric', () => {
      const near = fc.tuple(t, fc.integer({ min: 0, max: 20 * DAY_MS }));
      fc.assert(
        fc.property(near, t, ([a, span], c) => {
          const b = a + span;
          expect(calendar.workingTimeBetween(a, b)).toBe(referenceWorkingTime(calendar, hours, a, b));
          expect(calendar.workingTimeBetween(b, a) + calendar.workingTimeBetween(a, b)).toBe(0);
          expect(calendar.workingTimeBetween(a, b) + calendar.workingTimeBetween(b, c)).toBe(calendar.workingTimeBetween(a, c));
        }),
        { numRuns: 300 },
      );
    });

    it('explain(rule).at equals the rule', () => {
      const all: DeadlineRule[] = ['sameWorkingDay', 'nextWorkingDayEnd', 'nextWorkingMorning', 'immediately', 'addWorkingDays', 'addWorkingHours', 'untilDate'];
      fc.assert(
        fc.property(t, fc.integer({ min: 0, max: 10 }), quarterHours, (x, days, h) => {
          const direct: Record<DeadlineRule, number> = {
            sameWorkingDay: calendar.sameWorkingDay(x),
            nextWorkingDayEnd: calendar.nextWorkingDayEnd(x),
            nextWorkingMorning: calendar.nextWorkingMorning(x),
            immediately: calendar.immediately(x),
            addWorkingDays: calendar.addWorkingDays(x, days),
            addWorkingHours: calendar.addWorkingHours(x, h),
            untilDate: calendar.untilDate(x),
          };
          for (const rule of all) {
            const e = calendar.explain(rule, x, { days, hours: h });
            expect(e.at).toBe(direct[rule]);
            expect(e.steps.at(-1)).toBe(`Hạn: ${formatVi(e.at)} (${e.steps.at(-1)!.split('(')[1]}`);
          }
        }),
        { numRuns: 100 },
      );
    });
  });
}
