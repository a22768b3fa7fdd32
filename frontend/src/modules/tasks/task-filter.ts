import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { TaskFilter, TaskScope, TaskSourceType, TaskViewStatus } from '@/gql/graphql';
import { VIEW_STATUSES } from './task-status';

/** The list pages by URL segment: /tasks/mine, /tasks/assigned, /tasks/unit, /tasks/all. */
export const SCOPE_BY_SEGMENT = { mine: 'MINE', assigned: 'ASSIGNED_BY_ME', unit: 'UNIT', all: 'ALL' } as const satisfies Record<string, TaskScope>;
export type ScopeSegment = keyof typeof SCOPE_BY_SEGMENT;

export function parseScope(value: unknown): ScopeSegment | null {
  return typeof value === 'string' && Object.hasOwn(SCOPE_BY_SEGMENT, value) ? (value as ScopeSegment) : null;
}

/**
 * `open` is the to-do view (chờ tiếp nhận, đang thực hiện, chờ đánh giá); `all` every status;
 * otherwise one of the six view statuses.
 */
export type StatusChoice = 'open' | 'all' | TaskViewStatus;

export interface TaskFilterState {
  status: StatusChoice;
  unitId: string;
  userId: string;
  dueFrom: string;
  dueTo: string;
  sourceType: TaskSourceType | '';
  q: string;
}

const SOURCES: readonly TaskSourceType[] = ['NONE', 'DOCUMENT', 'MEETING'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const one = (v: LocationQuery[string]): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();

/** My tasks open on what is left to do; the other lists on everything. */
export function defaultStatus(scope: ScopeSegment): StatusChoice {
  return scope === 'mine' ? 'open' : 'all';
}

export function emptyTaskFilter(scope: ScopeSegment): TaskFilterState {
  return { status: defaultStatus(scope), unitId: '', userId: '', dueFrom: '', dueTo: '', sourceType: '', q: '' };
}

/** Reads what it understands from the URL and drops the rest. */
export function taskFilterFromQuery(scope: ScopeSegment, query: LocationQuery): TaskFilterState {
  const status = one(query.status);
  const source = one(query.source) as TaskSourceType;
  return {
    status:
      status === 'open' || status === 'all' || (VIEW_STATUSES as readonly string[]).includes(status)
        ? (status as StatusChoice)
        : defaultStatus(scope),
    unitId: one(query.unit),
    userId: one(query.user),
    dueFrom: ISO_DATE.test(one(query.from)) ? one(query.from) : '',
    dueTo: ISO_DATE.test(one(query.to)) ? one(query.to) : '',
    sourceType: SOURCES.includes(source) ? source : '',
    q: one(query.q).slice(0, 200),
  };
}

export function taskFilterToQuery(scope: ScopeSegment, f: TaskFilterState): LocationQueryRaw {
  const q: LocationQueryRaw = {};
  if (f.status !== defaultStatus(scope)) q.status = f.status;
  if (f.unitId) q.unit = f.unitId;
  if (f.userId) q.user = f.userId;
  if (f.dueFrom) q.from = f.dueFrom;
  if (f.dueTo) q.to = f.dueTo;
  if (f.sourceType) q.source = f.sourceType;
  if (f.q.trim()) q.q = f.q.trim();
  return q;
}

/** The filter without its status: the status chips count within it. */
export function baseTaskFilter(f: TaskFilterState): TaskFilter {
  return {
    ...(f.unitId ? { unitId: f.unitId } : {}),
    ...(f.userId ? { userId: f.userId } : {}),
    ...(f.dueFrom ? { dueFrom: f.dueFrom } : {}),
    ...(f.dueTo ? { dueTo: f.dueTo } : {}),
    ...(f.sourceType ? { sourceType: f.sourceType } : {}),
    ...(f.q.trim() ? { q: f.q.trim().normalize('NFC') } : {}),
  };
}

export function taskFilterToInput(f: TaskFilterState): TaskFilter {
  const base = baseTaskFilter(f);
  if (f.status === 'open') return { ...base, openOnly: true };
  if (f.status === 'all') return base;
  return { ...base, statuses: [f.status] };
}

/** Whether anything beyond the scope's default is set (to offer "Xóa bộ lọc"). */
export function isFiltered(scope: ScopeSegment, f: TaskFilterState): boolean {
  return Object.keys(taskFilterToQuery(scope, f)).length > 0;
}
