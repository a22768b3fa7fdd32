import type { EntityManager } from '@mikro-orm/postgresql';
import { assignsAgencyWide } from '../../../../workflows/src/task/task-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import { isIsoDate } from '../../shared/dates.ts';
import { InputError, type FieldError } from '../../shared/errors.ts';
import { isUuid } from '../../shared/ids.ts';
import { forbidden } from '../org/org.errors.ts';
import { Task, TASK_SOURCE_TYPES, TASK_VIEW_STATUSES, type TaskSourceType, type TaskViewStatus } from './task.entity.ts';
import { OPEN_SQL, VIEW_STATUS_SQL } from './task-status.ts';

export const TASK_SCOPES = ['mine', 'assigned_by_me', 'unit', 'all'] as const;
export type TaskScope = (typeof TASK_SCOPES)[number];

export interface TaskListFilter {
  statuses?: TaskViewStatus[] | null;
  openOnly?: boolean | null;
  unitId?: string | null;
  userId?: string | null;
  dueFrom?: string | null;
  dueTo?: string | null;
  sourceType?: TaskSourceType | null;
  sourceDocumentId?: string | null;
  q?: string | null;
}

/** Counts are exact up to this many, then shown as "1000+" (as the inbox does). */
export const TASK_COUNT_CAP = 1000;

/** The filter checked at the edge: bad values are field errors with Vietnamese messages. */
export function validateTaskFilter(f: TaskListFilter | null | undefined): TaskListFilter {
  const errors: FieldError[] = [];
  const filter = { ...f };
  for (const key of ['unitId', 'userId', 'sourceDocumentId'] as const) {
    if (filter[key] && !isUuid(filter[key])) errors.push({ field: key, code: 'INVALID_ID', message: 'Mã không hợp lệ.' });
  }
  for (const key of ['dueFrom', 'dueTo'] as const) {
    if (filter[key] && !isIsoDate(filter[key])) errors.push({ field: key, code: 'INVALID_DATE', message: 'Ngày không hợp lệ (yyyy-MM-dd).' });
  }
  if (filter.dueFrom && filter.dueTo && filter.dueFrom > filter.dueTo) errors.push({ field: 'dueTo', code: 'BEFORE_FROM', message: 'Ngày kết thúc kỳ không được trước ngày bắt đầu.' });
  if (filter.statuses?.some((s) => !TASK_VIEW_STATUSES.includes(s))) errors.push({ field: 'statuses', code: 'INVALID', message: 'Trạng thái không hợp lệ.' });
  if (filter.sourceType && !TASK_SOURCE_TYPES.includes(filter.sourceType)) errors.push({ field: 'sourceType', code: 'INVALID', message: 'Nguồn giao việc không hợp lệ.' });
  if (filter.q && filter.q.length > 200) errors.push({ field: 'q', code: 'TOO_LONG', message: 'Từ khóa không được dài quá 200 ký tự.' });
  if (errors.length) throw new InputError(errors);
  return filter;
}

interface Sql {
  text: string;
  params: unknown[];
}

/** The filter keeps open tasks only (asked for, or every status asked for is an open one). */
const OPEN_VIEW_STATUSES: readonly TaskViewStatus[] = ['in_progress_on_time', 'in_progress_overdue'];
const openOnlyOf = (f: TaskListFilter) => !!f.openOnly || (!!f.statuses?.length && f.statuses.every((s) => OPEN_VIEW_STATUSES.includes(s)));

function filterSql(f: TaskListFilter): Sql {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (f.statuses?.length) parts.push(`(${f.statuses.map((s) => VIEW_STATUS_SQL[s]).join(' or ')})`);
  // Spelled as the partial indexes' predicate, so that an open-only list walks open tasks only.
  if (openOnlyOf(f)) parts.push(OPEN_SQL);
  if (f.unitId) {
    parts.push(`(t.lead_holder_unit_id = ? or exists (select 1 from task_coordinator fc where fc.task_id = t.id and fc.unit_id = ?))`);
    params.push(f.unitId, f.unitId);
  }
  if (f.userId) {
    parts.push(`(t.lead_user_id = ? or exists (select 1 from task_coordinator fc where fc.task_id = t.id and fc.user_id = ?))`);
    params.push(f.userId, f.userId);
  }
  if (f.dueFrom) {
    parts.push(`t.due_date >= ?`);
    params.push(f.dueFrom);
  }
  if (f.dueTo) {
    parts.push(`t.due_date <= ?`);
    params.push(f.dueTo);
  }
  if (f.sourceType) {
    parts.push(`t.source_type = ?`);
    params.push(f.sourceType);
  }
  if (f.sourceDocumentId) {
    parts.push(`t.source_document_id = ?`);
    params.push(f.sourceDocumentId);
  }
  const q = f.q?.trim();
  if (q) {
    parts.push(`t.search_text like '%' || eo_search_norm(?) || '%'`);
    params.push(q.replace(/[%_\\]/g, ''));
  }
  return { text: parts.length ? parts.join(' and ') : 'true', params };
}

/**
 * The "who" of a scope as branches that each walk one index in deadline order; their union is merged,
 * so the first page costs a few index ranges whatever the table's size. A task branch walks `task`; a
 * phối hợp branch walks `task_coordinator`, whose rows carry their task's due_at and openness
 * (migration 0015), visiting the tasks only for a filter on more than that. Open-only lists walk
 * partial indexes of open rows, so closed tasks piling up over the years are never read.
 */
type Branch = { on: 'task' | 'coordinator'; who: string; params: unknown[] };

function scopeBranches(actor: Actor, scope: TaskScope, unitId: string | null): Branch[] {
  const head = actor.roles.includes('unit_head');
  const task = (who: string, params: unknown[]): Branch => ({ on: 'task', who, params });
  const coordinator = (who: string, params: unknown[]): Branch => ({ on: 'coordinator', who, params });
  switch (scope) {
    case 'mine':
      return [
        task(`t.lead_user_id = ?`, [actor.id]),
        ...(head ? [task(`t.lead_unit_id = ?`, [actor.unitId])] : []),
        coordinator(`c.user_id = ?`, [actor.id]),
        ...(head ? [coordinator(`c.unit_id = ?`, [actor.unitId])] : []),
      ];
    case 'assigned_by_me':
      return [task(`t.assigned_by_id = ?`, [actor.id])];
    case 'unit': {
      const unit = unitId ?? actor.unitId;
      if (!assignsAgencyWide(actor) && !(head && unit === actor.unitId)) throw forbidden('xem nhiệm vụ của đơn vị này');
      return [
        task(`t.lead_holder_unit_id = ?`, [unit]),
        coordinator(`c.unit_id = ?`, [unit]),
        // One index range per person of the unit, not a walk over every person's phối hợp.
        coordinator(`c.user_id = any(array(select u.id from app_user u where u.unit_id = ?))`, [unit]),
      ];
    }
    case 'all':
      if (!assignsAgencyWide(actor)) throw forbidden('xem tất cả nhiệm vụ');
      return [task('true', [])];
  }
}

export const taskCursor = (t: { dueAt: Date; id: string }) => Buffer.from(`${t.dueAt.toISOString()}|${t.id}`).toString('base64url');
function decodeCursor(after: string | null | undefined): { dueAt: string; id: string } | null {
  if (!after) return null;
  const [dueAt, id] = Buffer.from(after, 'base64url').toString().split('|');
  if (!dueAt || !id || Number.isNaN(Date.parse(dueAt)) || !isUuid(id)) throw new InputError([{ field: 'after', code: 'INVALID_CURSOR', message: 'Con trỏ trang không hợp lệ.' }]);
  return { dueAt, id };
}

function unionSql(actor: Actor, scope: TaskScope, filter: TaskListFilter, cursor: { dueAt: string; id: string } | null, limit: number): Sql {
  const f = filterSql(filter);
  const openOnly = openOnlyOf(filter);
  // Nothing asked of the task but its openness: the phối hợp row answers alone, without a visit to each task.
  const coordinatorAlone = f.text === 'true' || f.text === OPEN_SQL;
  const branches = scopeBranches(actor, scope, scope === 'unit' ? (filter.unitId ?? null) : null).map((b) => {
    // The walk's own columns: the cursor and the order must be those of the index walked.
    const [cols, from, due, id] =
      b.on === 'task'
        ? ['t.id, t.due_at', 'task t', 't.due_at', 't.id']
        : coordinatorAlone
          ? ['c.task_id id, c.due_at', 'task_coordinator c', 'c.due_at', 'c.task_id']
          : ['t.id, t.due_at', 'task_coordinator c join task t on t.id = c.task_id', 'c.due_at', 'c.task_id'];
    const params = [...b.params];
    let where = b.who;
    if (b.on === 'task' || !coordinatorAlone) {
      where += ` and ${f.text}`;
      params.push(...f.params);
    }
    if (b.on === 'coordinator' && openOnly) where += ` and c.is_open`;
    if (cursor) {
      where += ` and (${due}, ${id}) > (?::timestamptz, ?::uuid)`;
      params.push(cursor.dueAt, cursor.id);
    }
    params.push(limit);
    return { text: `(select ${cols} from ${from} where ${where} order by ${due}, ${id} limit ?)`, params };
  });
  return { text: branches.map((b) => b.text).join(' union '), params: branches.flatMap((b) => b.params) };
}

/** A page of the scope's tasks by hạn hoàn thành (then id), keyset-paged. */
export async function listTasks(opts: {
  em: EntityManager;
  actor: Actor;
  scope: TaskScope;
  filter: TaskListFilter;
  first: number;
  after?: string | null;
}): Promise<{ items: Task[]; hasNextPage: boolean; endCursor: string | null }> {
  const first = Math.min(Math.max(opts.first, 1), 100);
  const u = unionSql(opts.actor, opts.scope, opts.filter, decodeCursor(opts.after), first + 1);
  const rows = await opts.em.execute<{ id: string }[]>(`select id from (${u.text}) x order by due_at, id limit ?`, [...u.params, first + 1]);
  const pageIds = rows.slice(0, first).map((r) => r.id);
  const tasks = pageIds.length ? await opts.em.find(Task, { id: { $in: pageIds } }) : [];
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const items = pageIds.map((id) => byId.get(id)!).filter(Boolean);
  const last = items.at(-1);
  return { items, hasNextPage: rows.length > first, endCursor: last ? taskCursor(last) : null };
}

/** How many tasks the scope and filter give, exact up to TASK_COUNT_CAP. */
export async function countTasks(opts: { em: EntityManager; actor: Actor; scope: TaskScope; filter: TaskListFilter }): Promise<{ count: number; capped: boolean }> {
  const u = unionSql(opts.actor, opts.scope, opts.filter, null, TASK_COUNT_CAP + 1);
  const rows = await opts.em.execute<{ n: string }[]>(`select count(*) n from (select id from (${u.text}) x limit ?) y`, [...u.params, TASK_COUNT_CAP + 1]);
  const n = Number(rows[0]!.n);
  return { count: Math.min(n, TASK_COUNT_CAP), capped: n > TASK_COUNT_CAP };
}
