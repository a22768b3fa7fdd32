import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_OFFICE_HOURS, type OfficeHours } from '../../../../workflows/src/calendar/index.ts';
import { CalendarSettings } from './calendar.entity.ts';

export interface OfficeHoursView {
  officeHours: OfficeHours;
  /** 0 while the defaults apply (nothing stored yet). */
  version: number;
  stored: boolean;
}

/** The agency's office hours, or the defaults (07:30–11:30, 13:30–17:00, Monday–Friday) until an administrator saves them. */
export async function getOfficeHours(opts: { em: EntityManager }): Promise<OfficeHoursView> {
  const row = await opts.em.findOne(CalendarSettings, { id: 1 }, { refresh: true });
  return row
    ? { officeHours: row.officeHours, version: row.version, stored: true }
    : { officeHours: DEFAULT_OFFICE_HOURS, version: 0, stored: false };
}
