import type { EntityManager } from '@mikro-orm/postgresql';
import { CalendarChange, type CalendarChangeScope } from './calendar.entity.ts';

export const MAX_CHANGES_PAGE = 200;

/** Newest first. With a year: that year's changes only; with a scope: that scope only. */
export function listCalendarChanges(opts: {
  em: EntityManager;
  year?: number | null;
  scope?: CalendarChangeScope | null;
  first?: number;
}): Promise<CalendarChange[]> {
  const where = {
    ...(opts.year != null ? { scope: 'year' as const, year: opts.year } : {}),
    ...(opts.scope ? { scope: opts.scope } : {}),
  };
  const limit = Math.min(Math.max(opts.first ?? 50, 1), MAX_CHANGES_PAGE);
  return opts.em.find(CalendarChange, where, { orderBy: { changedAt: 'desc', id: 'desc' }, limit });
}
