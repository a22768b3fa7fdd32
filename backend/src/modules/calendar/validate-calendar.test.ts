import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, DEFAULT_OFFICE_HOURS } from '../../../../workflows/src/calendar/index.ts';
import { fieldErrorCodes as fieldErrors } from '../../../../test/support/field-error-codes.ts';
import { prefillYearData, toYearCalendar, yearDays } from './calendar-days.ts';
import { validateOfficeHours, validateYearCalendar, type OfficeHoursInput, type YearCalendarInput } from './validate-calendar.ts';

const year2026: YearCalendarInput = {
  year: 2026,
  holidays: [
    { date: '2026-02-16', name: 'Tết Nguyên đán' },
    { date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương' },
    { date: '2026-04-27', kind: 'in-lieu', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' },
  ],
  swaps: [{ dayOff: '2026-08-31', workedDay: '2026-09-12', name: 'Hoán đổi dịp Quốc khánh' }],
  extraDaysOff: [{ date: '2026-06-01', name: 'Ngày thành lập cơ quan' }],
  workingSaturdays: [{ date: '2026-10-10', name: 'Làm việc thứ Bảy' }],
  note: '  Theo   thông báo  ',
};

describe('validateYearCalendar', () => {
  it('accepts a year with holidays, a swap, an extra day off and a working Saturday, sorted and in NFC', () => {
    const decomposed = 'Tết Nguyên đán'.normalize('NFD');
    const out = validateYearCalendar({ ...year2026, holidays: [...year2026.holidays].reverse().map((h) => ({ ...h, name: h.name.normalize('NFD') })) }, DEFAULT_OFFICE_HOURS);
    expect(out.year).toBe(2026);
    expect(out.data.holidays.map((h) => h.date)).toEqual(['2026-02-16', '2026-04-26', '2026-04-27']);
    expect(out.data.holidays[0]!.name).toBe(decomposed.normalize('NFC'));
    expect(out.data.holidays.map((h) => h.kind)).toEqual(['holiday', 'holiday', 'in-lieu']);
    expect(out.note).toBe('Theo thông báo');
  });

  it('refuses dates outside the year, twice, or impossible, field by field', () => {
    expect(
      fieldErrors(() =>
        validateYearCalendar(
          {
            ...year2026,
            holidays: [
              { date: '2025-12-31', name: 'Tết' },
              { date: '2026-02-30', name: 'Tết' },
              { date: '2026-02-16', name: '' },
              { date: '2026-02-16', name: 'Tết' },
            ],
            swaps: [],
            extraDaysOff: [{ date: '2026-08-31', name: 'x' }],
            workingSaturdays: [{ date: '', name: 'x' }],
          },
          DEFAULT_OFFICE_HOURS,
        ),
      ),
    ).toEqual({
      'holidays.0.date': 'NOT_IN_YEAR',
      'holidays.1.date': 'INVALID_DATE',
      'holidays.2.name': 'REQUIRED',
      'holidays.3.date': 'DUPLICATE_DATE',
      'workingSaturdays.0.date': 'REQUIRED',
    });
  });

  it('pairs a working weekday off with a weekend day worked', () => {
    expect(
      fieldErrors(() =>
        validateYearCalendar(
          {
            ...year2026,
            swaps: [
              { dayOff: '2026-08-29', workedDay: '2026-08-31', name: 'Sai chiều' },
              { dayOff: '2026-03-02', workedDay: '2027-03-06', name: 'Khác năm' },
              { dayOff: '2026-03-03', workedDay: '2026-08-29', name: 'Trùng ngày' },
            ],
          },
          DEFAULT_OFFICE_HOURS,
        ),
      ),
    ).toEqual({
      'swaps.0.dayOff': 'NOT_WORKING_WEEKDAY',
      'swaps.0.workedDay': 'NOT_REST_DAY',
      'swaps.1.workedDay': 'NOT_IN_YEAR',
      'swaps.2.workedDay': 'DUPLICATE_DATE',
    });
  });

  it('judges weekdays by the office hours: with Saturday worked, a Saturday is no weekend', () => {
    const sixDays = { weekdays: [1, 2, 3, 4, 5, 6] };
    expect(fieldErrors(() => validateYearCalendar(year2026, sixDays))).toEqual({
      'swaps.0.workedDay': 'NOT_REST_DAY',
      'workingSaturdays.0.date': 'NOT_REST_DAY',
    });
  });

  it('wants nghỉ bù and extra days off on working weekdays', () => {
    expect(
      fieldErrors(() =>
        validateYearCalendar(
          { ...year2026, holidays: [{ date: '2026-04-25', kind: 'in-lieu', name: 'Nghỉ bù' }], extraDaysOff: [{ date: '2026-04-26', name: 'Chủ nhật' }] },
          DEFAULT_OFFICE_HOURS,
        ),
      ),
    ).toEqual({ 'holidays.0.date': 'NOT_WORKING_WEEKDAY', 'extraDaysOff.0.date': 'NOT_WORKING_WEEKDAY' });
  });

  it('refuses a year the calendar cannot compute', () => {
    expect(fieldErrors(() => validateYearCalendar({ ...year2026, year: 1700 }, DEFAULT_OFFICE_HOURS))).toMatchObject({ year: 'OUT_OF_RANGE' });
  });

  it('gives the engine a year it accepts, with swaps named after their pair', () => {
    const { data } = validateYearCalendar(year2026, DEFAULT_OFFICE_HOURS);
    const calendar = createWorkingCalendar({ officeHours: DEFAULT_OFFICE_HOURS, years: [toYearCalendar(2026, data)] });
    expect(calendar.isWorkingDay('2026-08-31')).toBe(false);
    expect(calendar.isWorkingDay('2026-09-12')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.isWorkingDay('2026-06-01')).toBe(false);
    expect(calendar.dayInfo('2026-08-31').name).toBe('Hoán đổi dịp Quốc khánh — nghỉ, làm bù vào thứ Bảy 12/09/2026');
    expect(calendar.dayInfo('2026-09-12').name).toBe('Hoán đổi dịp Quốc khánh — làm bù cho thứ Hai 31/08/2026');
    expect(yearDays(data).map((d) => d.kind)).toEqual(['holiday', 'holiday', 'in-lieu', 'extra-off', 'swap-off', 'swap-work', 'working-saturday']);
  });

  it('accepts the pre-fill of every year as it is', () => {
    for (let year = 2000; year <= 2060; year++) {
      const pre = prefillYearData(year);
      expect(() => validateYearCalendar({ year, ...pre }, DEFAULT_OFFICE_HOURS), String(year)).not.toThrow();
    }
  });
});

const hours: OfficeHoursInput = {
  sessions: [
    { start: '07:30', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ],
  morningEnd: '12:00',
  weekdays: [5, 4, 3, 2, 1],
  immediateMinutes: 120,
};

describe('validateOfficeHours', () => {
  it('turns HH:mm into the engine’s minutes', () => {
    const { officeHours } = validateOfficeHours(hours);
    expect(officeHours).toEqual(DEFAULT_OFFICE_HOURS);
    expect(() => createWorkingCalendar({ officeHours, years: [] })).not.toThrow();
  });

  it('allows a session to end at 24:00 and to start when the previous one ends', () => {
    const { officeHours } = validateOfficeHours({
      ...hours,
      sessions: [
        { start: '00:00', end: '12:00' },
        { start: '12:00', end: '24:00' },
      ],
    });
    expect(officeHours.sessions).toEqual([
      { start: 0, end: 720 },
      { start: 720, end: 1440 },
    ]);
  });

  it('refuses bad, reversed and overlapping sessions', () => {
    expect(
      fieldErrors(() =>
        validateOfficeHours({
          ...hours,
          sessions: [
            { start: '07:30', end: '11:30' },
            { start: '11:00', end: '17:00' },
            { start: '18:00', end: '17:30' },
            { start: '24:30', end: '7h' },
          ],
        }),
      ),
    ).toEqual({
      'sessions.1.start': 'OVERLAP',
      'sessions.2.end': 'END_BEFORE_START',
      'sessions.3.start': 'INVALID_TIME',
      'sessions.3.end': 'INVALID_TIME',
    });
    expect(fieldErrors(() => validateOfficeHours({ ...hours, sessions: [] }))).toEqual({ sessions: 'REQUIRED' });
  });

  it('keeps the end of the morning inside the working day', () => {
    expect(fieldErrors(() => validateOfficeHours({ ...hours, morningEnd: '07:30' }))).toEqual({ morningEnd: 'OUT_OF_RANGE' });
    expect(fieldErrors(() => validateOfficeHours({ ...hours, morningEnd: '17:01' }))).toEqual({ morningEnd: 'OUT_OF_RANGE' });
    expect(validateOfficeHours({ ...hours, morningEnd: '17:00' }).officeHours.morningEnd).toBe(1020);
  });

  it('wants a non-empty set of weekdays and a sensible "ngay"', () => {
    expect(fieldErrors(() => validateOfficeHours({ ...hours, weekdays: [], immediateMinutes: 0 }))).toEqual({
      weekdays: 'REQUIRED',
      immediateMinutes: 'OUT_OF_RANGE',
    });
    expect(fieldErrors(() => validateOfficeHours({ ...hours, weekdays: [1, 8], immediateMinutes: 1441 }))).toEqual({
      weekdays: 'INVALID',
      immediateMinutes: 'OUT_OF_RANGE',
    });
    expect(fieldErrors(() => validateOfficeHours({ ...hours, weekdays: [1, 1] }))).toEqual({ weekdays: 'DUPLICATE' });
  });
});
