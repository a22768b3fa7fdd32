import type { EntityManager } from '@mikro-orm/postgresql';
import type { CalendarData } from '../../../../workflows/src/calendar/index.ts';
import { CalendarYear } from './calendar.entity.ts';
import { toYearCalendar } from './calendar-days.ts';
import { getOfficeHours } from './get-office-hours.ts';

/**
 * What the deadline engine needs for [fromYear, toYear]: the office hours and the stored years of
 * that range. Years without stored data are left out: the engine pre-fills them itself.
 */
export async function getCalendarData(opts: { em: EntityManager; fromYear: number; toYear: number }): Promise<CalendarData> {
  const [{ officeHours }, rows] = await Promise.all([
    getOfficeHours({ em: opts.em }),
    opts.em.find(CalendarYear, { year: { $gte: opts.fromYear, $lte: opts.toYear } }, { orderBy: { year: 'asc' } }),
  ]);
  return { officeHours, years: rows.map((r) => toYearCalendar(r.year, r.data)) };
}
