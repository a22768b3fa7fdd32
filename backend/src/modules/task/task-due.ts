import type { EntityManager } from '@mikro-orm/postgresql';
import { createWorkingCalendar, type WorkingCalendar } from '../../../../workflows/src/calendar/index.ts';
import { vnDateOf, vnNoon } from '../../../../workflows/src/task/task-deadlines.ts';
import { getCalendarData } from '../calendar/get-calendar-data.ts';

const vnYear = (t: number) => Number(vnDateOf(t).slice(0, 4));

async function calendarFor(em: EntityManager, from: number, to: number): Promise<WorkingCalendar> {
  // Working-day counts run into the next years; the pre-fill covers years without stored data.
  return createWorkingCalendar(await getCalendarData({ em, fromYear: vnYear(from), toYear: vnYear(to) + 2 }));
}

/**
 * The hạn hoàn thành as a date and the instant it means: a date given is the end of that day's office
 * hours (the next working day's if it is a day off); N working days count from today with the agency's
 * calendar (addWorkingDays) and are shown as the date they end on.
 */
export async function resolveDue(em: EntityManager, due: { dueDate: string | null; dueInWorkingDays: number | null }, now: Date): Promise<{ dueDate: string; dueAt: Date }> {
  const t = now.getTime();
  if (due.dueDate) {
    const c = await calendarFor(em, t, vnNoon(due.dueDate));
    return { dueDate: due.dueDate, dueAt: new Date(c.untilDate(vnNoon(due.dueDate))) };
  }
  const c = await calendarFor(em, t, t);
  const at = c.addWorkingDays(t, due.dueInWorkingDays ?? 0);
  return { dueDate: vnDateOf(at), dueAt: new Date(at) };
}
