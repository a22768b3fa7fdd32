import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { OutgoingFilter, Urgency } from '@/gql/graphql';

/** The box's filter bar, as kept in the URL query. */
export interface OutgoingFilterState {
  q: string;
  documentTypeCode: string;
  urgency: Urgency[];
}

const URGENCIES: readonly Urgency[] = ['NORMAL', 'URGENT', 'VERY_URGENT', 'FLASH'];
const one = (v: LocationQuery[string]): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();

export function emptyOutgoingFilter(): OutgoingFilterState {
  return { q: '', documentTypeCode: '', urgency: [] };
}

/** Reads what it understands from the URL and drops the rest. */
export function outgoingFilterFromQuery(query: LocationQuery): OutgoingFilterState {
  return {
    q: one(query.q).slice(0, 200),
    documentTypeCode: one(query.type),
    urgency: one(query.urgency)
      .split(',')
      .filter((u): u is Urgency => (URGENCIES as readonly string[]).includes(u)),
  };
}

export function outgoingFilterToQuery(f: OutgoingFilterState): LocationQueryRaw {
  const q: LocationQueryRaw = {};
  if (f.q.trim()) q.q = f.q.trim();
  if (f.documentTypeCode) q.type = f.documentTypeCode;
  if (f.urgency.length) q.urgency = f.urgency.join(',');
  return q;
}

/** The GraphQL filter (text in NFC: the server folds diacritics itself); null when nothing is set. */
export function outgoingFilterToInput(f: OutgoingFilterState): OutgoingFilter | null {
  const input: OutgoingFilter = {
    ...(f.q.trim() ? { q: f.q.normalize('NFC').trim() } : {}),
    ...(f.documentTypeCode ? { documentTypeCode: f.documentTypeCode } : {}),
    ...(f.urgency.length ? { urgency: f.urgency } : {}),
  };
  return Object.keys(input).length ? input : null;
}
