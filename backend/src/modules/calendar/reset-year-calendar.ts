import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { InputError } from '../../shared/errors.ts';
import { cleanMultiline } from '../../shared/text.ts';
import { forbidden } from '../org/org.errors.ts';
import { CalendarChange } from './calendar.entity.ts';
import { alreadyDefault, CALENDAR_ADMIN_ACTION, changedMeanwhile } from './calendar.errors.ts';
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR } from './calendar-days.ts';
import { currentYear, lockCalendar } from './calendar-versions.ts';
import { MAX_NOTE_LENGTH } from './validate-calendar.ts';

/** Deletes a year's stored calendar, so the pre-fill applies again; recorded as a change with the next version. */
export async function resetYearCalendar(opts: {
  em: EntityManager;
  actor: Actor;
  year: number;
  expectedVersion: number;
  note?: string | null;
  now: Date;
}): Promise<{ year: number; version: number }> {
  const { actor, year, now } = opts;
  if (!actor.roles.includes('admin')) throw forbidden(CALENDAR_ADMIN_ACTION);
  const errors = [];
  if (!Number.isInteger(year) || year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) {
    errors.push({ field: 'year', code: 'OUT_OF_RANGE', message: `Năm phải từ ${CALENDAR_MIN_YEAR} đến ${CALENDAR_MAX_YEAR}.` });
  }
  const note = cleanMultiline(opts.note ?? '') || null;
  if (note && note.length > MAX_NOTE_LENGTH) {
    errors.push({ field: 'note', code: 'TOO_LONG', message: `Ghi chú không được dài quá ${MAX_NOTE_LENGTH} ký tự.` });
  }
  if (errors.length) throw new InputError(errors);

  return opts.em.transactional(async (em) => {
    await lockCalendar(em, year);
    const { row, version } = await currentYear(em, year);
    if (version !== opts.expectedVersion) throw changedMeanwhile(`Lịch năm ${year}`, version);
    if (!row) throw alreadyDefault(year);
    const next = version + 1;
    em.create(CalendarChange, { scope: 'year', year, version: next, before: row.data, after: null, changedById: actor.id, changedAt: now, note });
    em.remove(row);
    await em.flush();
    return { year, version: next };
  });
}
