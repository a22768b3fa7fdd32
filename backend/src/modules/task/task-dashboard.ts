import type { EntityManager } from '@mikro-orm/postgresql';
import { assignsAgencyWide } from '../../../../workflows/src/task/task-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import { isIsoDate } from '../../shared/dates.ts';
import { InputError, type FieldError } from '../../shared/errors.ts';
import { isUuid } from '../../shared/ids.ts';
import { forbidden } from '../org/org.errors.ts';
import { Task, TASK_VIEW_STATUSES, type TaskViewStatus } from './task.entity.ts';
import { OPEN_SQL, VIEW_STATUS_CASE_SQL, VIEW_STATUS_SQL } from './task-status.ts';

export type StatusCounts = Record<TaskViewStatus, number> & { total: number };

export interface TaskDashboard {
  from: string;
  to: string;
  total: StatusCounts;
  byUnit: Array<{ unitId: string; counts: StatusCounts }>;
  /** With a unit, all its chủ trì people; for every unit, the DASHBOARD_TOP_PEOPLE with most tasks overdue. */
  byPerson: Array<{ userId: string; counts: StatusCounts }>;
  /** Chủ trì people with a task in the period (byPerson may show fewer). */
  personCount: number;
  overdue: Task[];
}

/** Thousands of rows are no dashboard: across every unit only those with the most overdue tasks are named. */
export const DASHBOARD_TOP_PEOPLE = 20;
const OVERDUE_LIST_SIZE = 50;
const MAX_PERIOD_DAYS = 366 * 5;

const empty = (): StatusCounts => ({ ...(Object.fromEntries(TASK_VIEW_STATUSES.map((s) => [s, 0])) as Record<TaskViewStatus, number>), total: 0 });

export function validateDashboardPeriod(input: { from: string; to: string; unitId?: string | null }) {
  const errors: FieldError[] = [];
  if (!isIsoDate(input.from)) errors.push({ field: 'from', code: 'INVALID_DATE', message: 'Ngày bắt đầu kỳ không hợp lệ.' });
  if (!isIsoDate(input.to)) errors.push({ field: 'to', code: 'INVALID_DATE', message: 'Ngày kết thúc kỳ không hợp lệ.' });
  else if (isIsoDate(input.from) && input.from > input.to) errors.push({ field: 'to', code: 'BEFORE_FROM', message: 'Ngày kết thúc kỳ không được trước ngày bắt đầu.' });
  else if (isIsoDate(input.from) && Date.parse(input.to) - Date.parse(input.from) > MAX_PERIOD_DAYS * 86_400_000) {
    errors.push({ field: 'to', code: 'TOO_LONG', message: 'Kỳ thống kê không được dài quá 5 năm.' });
  }
  if (input.unitId && !isUuid(input.unitId)) errors.push({ field: 'unitId', code: 'INVALID_ID', message: 'Đơn vị không hợp lệ.' });
  if (errors.length) throw new InputError(errors);
  return { from: input.from, to: input.to, unitId: input.unitId ?? null };
}

const COUNT_COLUMNS = TASK_VIEW_STATUSES.map((s) => `coalesce(sum(n) filter (where vs = '${s}'), 0)::int ${s}`).join(', ');

type CountRow = Record<TaskViewStatus, number> & { id: string; total: number; people: number };
const countsOf = (r: CountRow): StatusCounts => ({ ...(Object.fromEntries(TASK_VIEW_STATUSES.map((s) => [s, r[s]])) as Record<TaskViewStatus, number>), total: r.total });

/**
 * The leader's dashboard: tasks whose hạn hoàn thành falls in the period, by the six statuses, per
 * chủ trì unit and per chủ trì person, and the tasks overdue now (most overdue first). Leaders and the
 * chánh văn phòng see every unit (or the one asked for); a unit head sees their own unit. One pass over
 * the period's index entries (one unit's, when asked for) counts them; only the rows shown leave the database.
 */
export async function getTaskDashboard(opts: { em: EntityManager; actor: Actor; from: string; to: string; unitId: string | null }): Promise<TaskDashboard> {
  const { actor } = opts;
  let unitId = opts.unitId;
  if (!assignsAgencyWide(actor)) {
    if (!actor.roles.includes('unit_head')) throw forbidden('xem bảng theo dõi nhiệm vụ');
    unitId = actor.unitId;
  }
  const unitSql = unitId ? ` and t.lead_holder_unit_id = ?` : '';
  const unitParams = unitId ? [unitId] : [];
  const rows = await opts.em.execute<Array<CountRow & { k: 'unit' | 'person' }>>(
    // Counted by (unit, person, status) first, then turned into one row per unit and per person: cheaper than
    // six filtered counts per task.
    `with g as materialized (
       select t.lead_holder_unit_id unit_id, t.lead_user_id user_id, ${VIEW_STATUS_CASE_SQL} vs, count(*) n
         from task t where t.due_date between ? and ?${unitSql}
        group by 1, 2, 3)
     select 'unit' k, unit_id id, ${COUNT_COLUMNS}, sum(n)::int total, 0 people from g group by unit_id
     union all
     (select 'person', user_id, ${COUNT_COLUMNS}, sum(n)::int total, (count(*) over ())::int people from g where user_id is not null
       group by user_id order by in_progress_overdue desc, total desc, user_id limit ?)`,
    [opts.from, opts.to, ...unitParams, unitId ? null : DASHBOARD_TOP_PEOPLE],
  );
  const total = empty();
  const byUnit: TaskDashboard['byUnit'] = [];
  const byPerson: TaskDashboard['byPerson'] = [];
  let personCount = 0;
  for (const r of rows) {
    const counts = countsOf(r);
    if (r.k === 'person') {
      byPerson.push({ userId: r.id, counts });
      personCount = r.people;
      continue;
    }
    byUnit.push({ unitId: r.id, counts });
    for (const s of TASK_VIEW_STATUSES) total[s] += counts[s];
    total.total += counts.total;
  }
  byUnit.sort((a, b) => b.counts.total - a.counts.total || a.unitId.localeCompare(b.unitId));
  const overdueRows = await opts.em.execute<{ id: string }[]>(
    `select t.id from task t where ${OPEN_SQL} and t.due_at < now() and ${VIEW_STATUS_SQL.in_progress_overdue}${unitSql} order by t.due_at, t.id limit ?`,
    [...unitParams, OVERDUE_LIST_SIZE],
  );
  const ids = overdueRows.map((r) => r.id);
  const tasks = ids.length ? await opts.em.find(Task, { id: { $in: ids } }) : [];
  const byId = new Map(tasks.map((t) => [t.id, t]));
  return { from: opts.from, to: opts.to, total, byUnit, byPerson, personCount, overdue: ids.map((id) => byId.get(id)!).filter(Boolean) };
}
