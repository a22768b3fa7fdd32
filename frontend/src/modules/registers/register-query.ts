import type { LocationQuery, LocationQueryRaw } from 'vue-router';

/** The two incoming registers of Decree 30/2020, Appendix IV. */
export const REGISTER_KINDS = ['REGISTER', 'FOLLOW_UP'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

export interface RegisterPeriod {
  bookId: string;
  /** yyyy-MM-dd, both included */
  from: string;
  to: string;
}

export interface RegisterChoice extends RegisterPeriod {
  kind: RegisterKind;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A book is a year: by default the whole year, or up to today for the current one. */
export function defaultPeriod(year: number, today: string): { from: string; to: string } {
  const from = `${year}-01-01`;
  const end = `${year}-12-31`;
  return { from, to: today.startsWith(String(year)) ? today : end };
}

export type PeriodProblem = 'bookId' | 'from' | 'to' | 'toBeforeFrom' | null;

/** What stops the choice from being asked for, the same rules as the server (which answers 400 otherwise). */
export function periodProblem(p: Partial<RegisterPeriod>): PeriodProblem {
  if (!p.bookId) return 'bookId';
  if (!p.from || !ISO_DATE.test(p.from)) return 'from';
  if (!p.to || !ISO_DATE.test(p.to)) return 'to';
  if (p.to < p.from) return 'toBeforeFrom';
  return null;
}

const EXPORT_PATH: Record<RegisterKind, string> = {
  REGISTER: '/exports/incoming-register.xlsx',
  FOLLOW_UP: '/exports/incoming-follow-up.xlsx',
};

/** The .xlsx download (same origin: the session cookie goes with it). */
export function exportHref(c: RegisterChoice): string {
  return `${EXPORT_PATH[c.kind]}?${new URLSearchParams({ bookId: c.bookId, from: c.from, to: c.to }).toString()}`;
}

export function printQuery(c: RegisterChoice): LocationQueryRaw {
  return { kind: c.kind, bookId: c.bookId, from: c.from, to: c.to };
}

const one = (v: LocationQuery[string]) => (Array.isArray(v) ? v[0] : v) ?? null;

/** The printable page's query back into a choice; null when something is missing or malformed. */
export function parsePrintQuery(q: LocationQuery): RegisterChoice | null {
  const kind = one(q.kind);
  const choice = { kind: kind as RegisterKind, bookId: one(q.bookId) ?? '', from: one(q.from) ?? '', to: one(q.to) ?? '' };
  if (!REGISTER_KINDS.includes(choice.kind)) return null;
  if (!UUID.test(choice.bookId) || periodProblem(choice)) return null;
  return choice;
}
