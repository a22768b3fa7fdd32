import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { periodProblem, type RegisterPeriod } from '../registers/register-query';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The sổ đăng ký văn bản đi as .xlsx (same origin: the session cookie goes with it). */
export function outgoingExportHref(p: RegisterPeriod): string {
  return `/exports/outgoing-register.xlsx?${new URLSearchParams({ bookId: p.bookId, from: p.from, to: p.to }).toString()}`;
}

export function outgoingPrintQuery(p: RegisterPeriod): LocationQueryRaw {
  return { bookId: p.bookId, from: p.from, to: p.to };
}

const one = (v: LocationQuery[string]) => (Array.isArray(v) ? v[0] : v) ?? '';

/** The printable page's query back into a period; null when something is missing or malformed. */
export function parseOutgoingPrintQuery(q: LocationQuery): RegisterPeriod | null {
  const p = { bookId: one(q.bookId) ?? '', from: one(q.from) ?? '', to: one(q.to) ?? '' };
  return UUID.test(p.bookId) && !periodProblem(p) ? p : null;
}
