import {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  prefillYear,
  type DayOffKind,
  type OfficeHours,
  type WorkingDayKind,
  type YearCalendar,
} from '../../../../workflows/src/calendar/index.ts';
import type { CalendarYearData } from './calendar.entity.ts';

export { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR };

export type CalendarDayKind = DayOffKind | WorkingDayKind;

export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

const WEEKDAY_VI = ['', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'] as const;

/** ISO weekday (1 = Monday … 7 = Sunday) of a yyyy-MM-dd date, independent of the host zone. */
export function isoWeekdayOf(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function weekdayNameVi(date: string): string {
  return WEEKDAY_VI[isoWeekdayOf(date)] ?? '';
}

export function viDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

export function isWorkingWeekday(date: string, hours: Pick<OfficeHours, 'weekdays'>): boolean {
  return hours.weekdays.includes(isoWeekdayOf(date));
}

/** The year as the pre-fill gives it (Labour Code holidays and their nghỉ bù), in the editor's shape. */
export function prefillYearData(year: number): CalendarYearData {
  return {
    holidays: prefillYear(year).map((h) => ({ date: h.date, kind: h.kind, name: h.name })),
    swaps: [],
    extraDaysOff: [],
    workingSaturdays: [],
  };
}

/**
 * Every marked day of the year, sorted by date. A swap becomes two days whose names say what they
 * are paired with, so that a deadline explanation reads on its own.
 */
export function yearDays(data: CalendarYearData): CalendarDay[] {
  const days: CalendarDay[] = [
    ...data.holidays.map((h) => ({ date: h.date, kind: h.kind, name: h.name })),
    ...data.swaps.flatMap((s) => [
      { date: s.dayOff, kind: 'swap-off' as const, name: `${s.name} — nghỉ, làm bù vào ${weekdayNameVi(s.workedDay)} ${viDate(s.workedDay)}` },
      { date: s.workedDay, kind: 'swap-work' as const, name: `${s.name} — làm bù cho ${weekdayNameVi(s.dayOff)} ${viDate(s.dayOff)}` },
    ]),
    ...data.extraDaysOff.map((d) => ({ date: d.date, kind: 'extra-off' as const, name: d.name })),
    ...data.workingSaturdays.map((d) => ({ date: d.date, kind: 'working-saturday' as const, name: d.name })),
  ];
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const WORKING_KINDS: ReadonlySet<CalendarDayKind> = new Set(['swap-work', 'working-saturday']);

/** The engine's view of a stored year. */
export function toYearCalendar(year: number, data: CalendarYearData): YearCalendar {
  const days = yearDays(data);
  return {
    year,
    daysOff: days.filter((d) => !WORKING_KINDS.has(d.kind)).map((d) => ({ date: d.date, kind: d.kind as DayOffKind, name: d.name })),
    workingDays: days.filter((d) => WORKING_KINDS.has(d.kind)).map((d) => ({ date: d.date, kind: d.kind as WorkingDayKind, name: d.name })),
  };
}

export function minutesToHhmm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** 'HH:mm' (00:00 … 24:00) → minutes after midnight, or null. */
export function hhmmToMinutes(value: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}
