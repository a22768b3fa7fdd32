import type { Task, TaskViewStatus } from './task.entity.ts';

/**
 * The six statuses of views: open tasks are on time or overdue by the deadline now (a submitted one by
 * the moment it was submitted), done ones by the deadline in force at submission.
 */
export function viewStatusOf(t: Pick<Task, 'status' | 'completedOnTime' | 'submittedAt' | 'dueAt'>, now: Date): TaskViewStatus {
  if (t.status === 'done') return t.completedOnTime ? 'done_on_time' : 'done_late';
  if (t.status === 'refused' || t.status === 'cancelled') return t.status;
  return (t.submittedAt ?? now).getTime() > t.dueAt.getTime() ? 'in_progress_overdue' : 'in_progress_on_time';
}

const OPEN = `t.status in ('awaiting_acceptance','in_progress','awaiting_evaluation')`;

/** The same rule in SQL over `task t`, one predicate per status. */
export const VIEW_STATUS_SQL: Record<TaskViewStatus, string> = {
  in_progress_on_time: `(${OPEN} and coalesce(t.submitted_at, now()) <= t.due_at)`,
  in_progress_overdue: `(${OPEN} and coalesce(t.submitted_at, now()) > t.due_at)`,
  done_on_time: `(t.status = 'done' and t.completed_on_time)`,
  done_late: `(t.status = 'done' and not t.completed_on_time)`,
  refused: `(t.status = 'refused')`,
  cancelled: `(t.status = 'cancelled')`,
};

export const VIEW_STATUS_CASE_SQL = `case
  when t.status = 'done' then case when t.completed_on_time then 'done_on_time' else 'done_late' end
  when t.status in ('refused','cancelled') then t.status
  when coalesce(t.submitted_at, now()) > t.due_at then 'in_progress_overdue'
  else 'in_progress_on_time' end`;

export const OPEN_SQL = OPEN;
