import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_OFFICE_HOURS } from '../../../../workflows/src/calendar/index.ts';
import type { Actor } from '../../shared/actor.ts';
import { forbidden } from '../org/org.errors.ts';
import { CalendarChange, CalendarSettings } from './calendar.entity.ts';
import { CALENDAR_ADMIN_ACTION, changedMeanwhile } from './calendar.errors.ts';
import { lockCalendar, OFFICE_HOURS_LOCK } from './calendar-versions.ts';
import { validateOfficeHours, type OfficeHoursInput } from './validate-calendar.ts';

/** Saves the agency's office hours as a new version, logged with before/after; a stale `expectedVersion` is refused. */
export async function updateOfficeHours(opts: {
  em: EntityManager;
  actor: Actor;
  input: OfficeHoursInput;
  expectedVersion: number;
  now: Date;
}): Promise<{ version: number }> {
  const { actor, now } = opts;
  if (!actor.roles.includes('admin')) throw forbidden(CALENDAR_ADMIN_ACTION);
  const { officeHours, note } = validateOfficeHours(opts.input);

  return opts.em.transactional(async (em) => {
    await lockCalendar(em, OFFICE_HOURS_LOCK);
    const row = await em.findOne(CalendarSettings, { id: 1 }, { refresh: true });
    const version = row?.version ?? 0;
    if (version !== opts.expectedVersion) throw changedMeanwhile('Giờ làm việc', version);
    const next = version + 1;
    const before = row ? row.officeHours : DEFAULT_OFFICE_HOURS;
    if (row) {
      row.officeHours = officeHours;
      row.version = next;
      row.updatedById = actor.id;
      row.updatedAt = now;
    } else {
      em.create(CalendarSettings, { id: 1, officeHours, version: next, updatedById: actor.id, updatedAt: now });
    }
    em.create(CalendarChange, { scope: 'office_hours', year: null, version: next, before, after: officeHours, changedById: actor.id, changedAt: now, note });
    await em.flush();
    return { version: next };
  });
}
