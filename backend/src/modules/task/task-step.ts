import type { EntityManager } from '@mikro-orm/postgresql';
import type { Refusal, TaskRuleView } from '../../../../workflows/src/task/task-rules.ts';
import { OPEN_STATUSES } from '../../../../workflows/src/task/task-rules.ts';
import { formatViDate } from '../../shared/dates.ts';
import type { EventKind } from '../audit/audit.entity.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { Deadline } from '../deadline/deadline.entity.ts';
import { createNotifications } from '../notification/create-notifications.ts';
import type { NotificationKind } from '../notification/notification.entity.ts';
import { findUnitHeads } from '../org/list-org.ts';
import { Task, TaskCoordinator, TaskExtension, TaskFile, type TaskFilePurpose } from './task.entity.ts';
import { enforce, taskNotFound } from './task.errors.ts';
import { toSnapshot, type TaskSnapshot } from './task-view.ts';
import type { StoredFileRef } from '../file/file-store.ts';
import type { Actor } from '../../shared/actor.ts';

/** Shared steps of the task use cases: load, check, record, notify. Each use case runs them in its own transaction. */

export async function loadTask(em: EntityManager, id: string, field = 'taskId'): Promise<Task> {
  const t = await em.findOne(Task, id);
  if (!t) throw taskNotFound(field);
  return t;
}

export async function pendingExtension(em: EntityManager, taskId: string): Promise<TaskExtension | null> {
  return em.findOne(TaskExtension, { taskId, status: 'pending' });
}

export const countOpenSubtasks = (em: EntityManager, taskId: string) => em.count(Task, { parentId: taskId, status: { $in: [...OPEN_STATUSES] } });

/** What the rules need, read from the rows (the use case's own check, inside its transaction). */
export async function ruleViewOf(em: EntityManager, t: Task): Promise<TaskRuleView> {
  const [pending, openSubtasks] = await Promise.all([pendingExtension(em, t.id), countOpenSubtasks(em, t.id)]);
  return {
    status: t.status,
    assignedById: t.assignedById,
    leadUnitId: t.leadUnitId ?? null,
    leadUserId: t.leadUserId ?? null,
    parentId: t.parentId ?? null,
    hasPendingExtension: pending !== null,
    openSubtasks,
  };
}

export async function snapshotOf(em: EntityManager, t: Task): Promise<TaskSnapshot> {
  return toSnapshot(t, (await pendingExtension(em, t.id))?.id ?? null);
}

/** Who acts for the chủ trì: the person, or the heads of the unit. */
export async function leadDoers(em: EntityManager, t: Pick<Task, 'leadUnitId' | 'leadUserId'>): Promise<string[]> {
  if (t.leadUserId) return [t.leadUserId];
  return (await findUnitHeads({ em, unitIds: [t.leadUnitId!] })).map((u) => u.id);
}

/** The phối hợp people, and the heads of the phối hợp units. */
export async function coordinatorPeople(em: EntityManager, taskId: string): Promise<string[]> {
  const rows = await em.find(TaskCoordinator, { taskId });
  const unitIds = rows.flatMap((r) => (r.unitId ? [r.unitId] : []));
  const heads = unitIds.length ? (await findUnitHeads({ em, unitIds })).map((u) => u.id) : [];
  return [...rows.flatMap((r) => (r.userId ? [r.userId] : [])), ...heads];
}

/** "Nhiệm vụ “…” (hạn 30/06/2026)", as a notification names the task. */
export function describeTask(t: Pick<Task, 'title' | 'dueDate'>): string {
  const title = t.title.length > 160 ? `${t.title.slice(0, 157)}…` : t.title;
  return `Nhiệm vụ “${title}” (hạn hoàn thành ${formatViDate(t.dueDate)})`;
}

export function taskEvent(em: EntityManager, e: { stepKey: string; taskId: string; kind: EventKind; actorId: string | null; at: Date; data?: Record<string, unknown> }): void {
  recordEvent(em, { stepKey: e.stepKey, subjectType: 'task', subjectId: e.taskId, kind: e.kind, actorId: e.actorId, at: e.at, data: e.data });
}

export async function notifyTask(
  em: EntityManager,
  n: { stepKey: string; taskId: string; kind: NotificationKind; userIds: readonly string[]; title: string; body: string; now: Date; exceptId?: string },
): Promise<number> {
  return createNotifications(em, {
    stepKey: n.stepKey,
    userIds: n.userIds.filter((id) => id !== n.exceptId),
    now: n.now,
    notification: { kind: n.kind, subjectType: 'task', subjectId: n.taskId, title: n.title, body: n.body },
  });
}

/** File rows for files the edge stored; their ids were fixed before the workflow step. */
export function insertTaskFiles(em: EntityManager, o: { taskId: string; purpose: TaskFilePurpose; reportId?: string | null; files: StoredFileRef[]; uploadedById: string; now: Date }): void {
  for (const f of o.files) {
    em.create(TaskFile, {
      id: f.fileId,
      taskId: o.taskId,
      purpose: o.purpose,
      reportId: o.reportId ?? null,
      sha256: f.sha256,
      fileName: f.fileName,
      mimeType: f.mimeType,
      size: f.size,
      uploadedById: o.uploadedById,
      createdAt: o.now,
    });
  }
}

/**
 * The hạn hoàn thành is satisfied by the result (met, or late when submitted after it), or no longer
 * followed (cancelled). Its report periods end with it. Runs in the step's transaction.
 */
export async function closeTaskDeadlines(em: EntityManager, taskId: string, how: 'submitted' | 'cancelled', at: Date): Promise<void> {
  const rows = await em.find(Deadline, { documentId: taskId, kind: { $in: ['task', 'task_report'] }, status: { $in: ['pending', 'overdue'] } });
  for (const d of rows) {
    if (how === 'submitted' && d.kind === 'task') {
      d.status = d.status === 'pending' && at.getTime() <= d.dueAt.getTime() ? 'met' : 'late';
      d.metAt = at;
    } else d.status = 'cancelled';
  }
}

/** A report satisfies the open report periods: in time, or after the report day's limit. */
export async function closeReportPeriods(em: EntityManager, taskId: string, at: Date): Promise<void> {
  const rows = await em.find(Deadline, { documentId: taskId, kind: 'task_report', status: { $in: ['pending', 'overdue'] } });
  for (const d of rows) {
    d.status = d.status === 'pending' ? 'met' : 'late';
    d.metAt = at;
  }
}

/**
 * The hạn hoàn thành is followed again (reopened, extended): its row goes back to pending, so that
 * the new watch can move it and mark it overdue again. The watch records the new limit itself.
 */
export async function reopenTaskDeadline(em: EntityManager, taskId: string): Promise<void> {
  const d = await em.findOne(Deadline, { subjectId: taskId, kind: 'task' });
  if (d && d.status !== 'pending') {
    d.status = 'pending';
    d.metAt = null;
  }
}

/**
 * One human step on a task, in one transaction: the rule is checked against the rows, the change and its
 * timeline event are written together, and a retried step (its event exists) answers with the task as it is.
 */
export async function runTaskStep(
  opts: { em: EntityManager; stepKey: string; taskId: string; actor: Actor; refusal: (actor: Actor, t: TaskRuleView) => Refusal },
  apply: (em: EntityManager, task: Task) => Promise<void>,
): Promise<TaskSnapshot> {
  return opts.em.transactional(async (em) => {
    const task = await loadTask(em, opts.taskId);
    if (await stepDone(em, opts.stepKey)) return snapshotOf(em, task);
    enforce(opts.refusal(opts.actor, await ruleViewOf(em, task)));
    await apply(em, task);
    await em.flush();
    return snapshotOf(em, task);
  });
}
