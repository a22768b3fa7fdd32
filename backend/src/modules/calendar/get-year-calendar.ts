import type { EntityManager } from '@mikro-orm/postgresql';
import type { YearCalendar } from '../../../../workflows/src/calendar/index.ts';
import type { CalendarYearData } from './calendar.entity.ts';
import { prefillYearData, toYearCalendar, yearDays, type CalendarDay } from './calendar-days.ts';
import { currentYear } from './calendar-versions.ts';

export interface YearCalendarView {
  year: number;
  /** The version to send back as `expectedVersion` when saving. */
  version: number;
  /** No stored data: the Labour Code pre-fill applies. */
  prefilled: boolean;
  /** The editor's shape (swaps paired). */
  data: CalendarYearData;
  /** The engine's shape. */
  calendar: YearCalendar;
  /** Every marked day, by date. */
  days: CalendarDay[];
}

export async function getYearCalendar(opts: { em: EntityManager; year: number }): Promise<YearCalendarView> {
  const { row, version } = await currentYear(opts.em, opts.year);
  const data = row ? row.data : prefillYearData(opts.year);
  return { year: opts.year, version, prefilled: !row, data, calendar: toYearCalendar(opts.year, data), days: yearDays(data) };
}
