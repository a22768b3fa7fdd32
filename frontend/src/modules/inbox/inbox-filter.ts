import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { IncomingStatus, InboxFilter, Urgency } from '@/gql/graphql';

/** The filter bar's state, as kept in the URL query (dates yyyy-MM-dd, urgencies comma-separated). */
export interface InboxFilterState {
  q: string;
  bookId: string;
  year: number | null;
  documentTypeCode: string;
  urgency: Urgency[];
  status: IncomingStatus | '';
  unitId: string;
  from: string;
  to: string;
}

const URGENCIES: readonly Urgency[] = ['NORMAL', 'URGENT', 'VERY_URGENT', 'FLASH'];
const STATUSES: readonly IncomingStatus[] = ['AWAITING_DIRECTION', 'IN_PROGRESS', 'COMPLETED'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const one = (v: LocationQuery[string]): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();

export function emptyFilterState(): InboxFilterState {
  return { q: '', bookId: '', year: null, documentTypeCode: '', urgency: [], status: '', unitId: '', from: '', to: '' };
}

/** Reads what it understands from the URL and drops the rest (a hand-edited URL never breaks the page). */
export function filterFromQuery(query: LocationQuery): InboxFilterState {
  const year = Number(one(query.year));
  const status = one(query.status) as IncomingStatus;
  return {
    q: one(query.q).slice(0, 200),
    bookId: one(query.book),
    year: Number.isInteger(year) && year >= 1900 && year <= 2100 ? year : null,
    documentTypeCode: one(query.type),
    urgency: one(query.urgency)
      .split(',')
      .filter((u): u is Urgency => (URGENCIES as readonly string[]).includes(u)),
    status: STATUSES.includes(status) ? status : '',
    unitId: one(query.unit),
    from: ISO_DATE.test(one(query.from)) ? one(query.from) : '',
    to: ISO_DATE.test(one(query.to)) ? one(query.to) : '',
  };
}

export function filterToQuery(f: InboxFilterState): LocationQueryRaw {
  const q: LocationQueryRaw = {};
  if (f.q.trim()) q.q = f.q.trim();
  if (f.bookId) q.book = f.bookId;
  if (f.year) q.year = String(f.year);
  if (f.documentTypeCode) q.type = f.documentTypeCode;
  if (f.urgency.length) q.urgency = f.urgency.join(',');
  if (f.status) q.status = f.status;
  if (f.unitId) q.unit = f.unitId;
  if (f.from) q.from = f.from;
  if (f.to) q.to = f.to;
  return q;
}

/** The GraphQL filter; null when nothing is set. */
export function filterToInput(f: InboxFilterState): InboxFilter | null {
  const input: InboxFilter = {
    ...(f.q.trim() ? { q: f.q.trim() } : {}),
    ...(f.bookId ? { bookId: f.bookId } : {}),
    ...(f.year ? { year: f.year } : {}),
    ...(f.documentTypeCode ? { documentTypeCode: f.documentTypeCode } : {}),
    ...(f.urgency.length ? { urgency: f.urgency } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.unitId ? { unitId: f.unitId } : {}),
    ...(f.from ? { arrivalFrom: f.from } : {}),
    ...(f.to ? { arrivalTo: f.to } : {}),
  };
  return Object.keys(input).length ? input : null;
}
