import type { EntityManager } from '@mikro-orm/postgresql';
import { CalendarYear } from './calendar.entity.ts';

/** Advisory-lock class of the calendar ('Cal'); the second key is the year, or 0 for the office hours. */
const LOCK_CLASS = 0x43616c;
export const OFFICE_HOURS_LOCK = 0;

/**
 * Serialises changes of one year (or of the office hours) until the transaction ends. A row lock
 * would not do: a pre-filled year has no row to lock, and two first saves must not both pass.
 */
export async function lockCalendar(em: EntityManager, key: number): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(?, ?)', [LOCK_CLASS, key]);
}

/**
 * The stored row of a year and its version. A year without a row is at the version of its last
 * change (0 if never changed), so versions keep increasing across resets and a client that saw the
 * year before a reset is still told that it changed.
 */
export async function currentYear(em: EntityManager, year: number): Promise<{ row: CalendarYear | null; version: number }> {
  const row = await em.findOne(CalendarYear, { year }, { refresh: true });
  if (row) return { row, version: row.version };
  const rows = await em.execute<Array<{ v: number }>>(
    `select coalesce(max(version), 0)::int as v from calendar_change where scope = 'year' and year = ?`,
    [year],
  );
  return { row: null, version: rows[0]?.v ?? 0 };
}
