import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { forbidden } from '../org/org.errors.ts';
import { CalendarChange, CalendarYear } from './calendar.entity.ts';
import { CALENDAR_ADMIN_ACTION, changedMeanwhile } from './calendar.errors.ts';
import { currentYear, lockCalendar } from './calendar-versions.ts';
import { getOfficeHours } from './get-office-hours.ts';
import { validateYearCalendar, type YearCalendarInput } from './validate-calendar.ts';

/**
 * Saves an administrator's calendar of one year (holidays, swaps, extra days off, working
 * Saturdays) as a new version, with its before/after in the change log, in one transaction. A
 * stale `expectedVersion` is refused: someone else saved meanwhile and nothing is overwritten.
 */
export async function updateYearCalendar(opts: {
  em: EntityManager;
  actor: Actor;
  input: YearCalendarInput;
  expectedVersion: number;
  now: Date;
}): Promise<{ year: number; version: number }> {
  const { actor, now } = opts;
  if (!actor.roles.includes('admin')) throw forbidden(CALENDAR_ADMIN_ACTION);
  const { officeHours } = await getOfficeHours({ em: opts.em });
  const { year, data, note } = validateYearCalendar(opts.input, officeHours);

  return opts.em.transactional(async (em) => {
    await lockCalendar(em, year);
    const { row, version } = await currentYear(em, year);
    if (version !== opts.expectedVersion) throw changedMeanwhile(`Lịch năm ${year}`, version);
    const next = version + 1;
    const before = row ? row.data : null;
    if (row) {
      row.data = data;
      row.version = next;
      row.updatedById = actor.id;
      row.updatedAt = now;
    } else {
      em.create(CalendarYear, { year, data, version: next, updatedById: actor.id, updatedAt: now });
    }
    em.create(CalendarChange, { scope: 'year', year, version: next, before, after: data, changedById: actor.id, changedAt: now, note });
    await em.flush();
    return { year, version: next };
  });
}
