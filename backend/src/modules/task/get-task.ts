import type { EntityManager } from '@mikro-orm/postgresql';
import { assignsAgencyWide } from '../../../../workflows/src/task/task-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import { isUuid } from '../../shared/ids.ts';
import { AuditEvent } from '../audit/audit.entity.ts';
import { Task, TaskCoordinator, TaskExtension, TaskFile, TaskReport } from './task.entity.ts';

/**
 * Who sees a task: leaders and the chánh văn phòng (all); its assigner; its chủ trì (the person, the heads of
 * the unit it belongs to, every member of a chủ trì unit); its phối hợp (the person, the heads of the unit); the chủ trì of one of its subtasks.
 */
export async function canSeeTask(em: EntityManager, actor: Actor, t: Task): Promise<boolean> {
  if (assignsAgencyWide(actor) || t.assignedById === actor.id || t.leadUserId === actor.id) return true;
  const head = actor.roles.includes('unit_head');
  if ((head && t.leadHolderUnitId === actor.unitId) || t.leadUnitId === actor.unitId) return true;
  const coordinators = await em.find(TaskCoordinator, { taskId: t.id });
  if (coordinators.some((c) => c.userId === actor.id || (head && c.unitId === actor.unitId))) return true;
  return (await em.count(Task, { parentId: t.id, leadUserId: actor.id })) > 0;
}

/** The task, or null when it does not exist or the user may not see it. */
export async function getTask(opts: { em: EntityManager; actor: Actor; id: string }): Promise<Task | null> {
  if (!isUuid(opts.id)) return null;
  const t = await opts.em.findOne(Task, opts.id);
  return t && (await canSeeTask(opts.em, opts.actor, t)) ? t : null;
}

/** The tasks created from an incoming document that the user may see, by deadline. */
export async function listTasksOfDocument(opts: { em: EntityManager; actor: Actor; documentId: string }): Promise<Task[]> {
  if (!isUuid(opts.documentId)) return [];
  const rows = await opts.em.find(Task, { sourceDocumentId: opts.documentId }, { orderBy: { dueAt: 'asc', id: 'asc' } });
  const visible = await Promise.all(rows.map((t) => canSeeTask(opts.em, opts.actor, t)));
  return rows.filter((_, i) => visible[i]);
}

const ids = (list: readonly string[]) => ({ $in: [...list] });

export const findTasks = (opts: { em: EntityManager; ids: readonly string[] }) => opts.em.find(Task, { id: ids(opts.ids) });
export const findSubtasks = (opts: { em: EntityManager; parentIds: readonly string[] }) =>
  opts.em.find(Task, { parentId: ids(opts.parentIds) }, { orderBy: { dueAt: 'asc', id: 'asc' } });
export const findCoordinators = (opts: { em: EntityManager; taskIds: readonly string[] }) => opts.em.find(TaskCoordinator, { taskId: ids(opts.taskIds) });
export const findReports = (opts: { em: EntityManager; taskIds: readonly string[] }) =>
  opts.em.find(TaskReport, { taskId: ids(opts.taskIds) }, { orderBy: { at: 'desc', id: 'asc' } });
export const findExtensions = (opts: { em: EntityManager; taskIds: readonly string[] }) =>
  opts.em.find(TaskExtension, { taskId: ids(opts.taskIds) }, { orderBy: { requestedAt: 'asc', id: 'asc' } });
export const findTaskFiles = (opts: { em: EntityManager; taskIds: readonly string[] }) =>
  opts.em.find(TaskFile, { taskId: ids(opts.taskIds) }, { orderBy: { createdAt: 'asc', fileName: 'asc' } });
/** Timeline events of tasks: their steps, and their limits' reminders and moves. */
export const findTaskEvents = (opts: { em: EntityManager; taskIds: readonly string[] }) =>
  opts.em.find(AuditEvent, { subjectId: ids(opts.taskIds) }, { orderBy: { at: 'asc', id: 'asc' } });

export async function findTaskFile(opts: { em: EntityManager; id: string }): Promise<TaskFile | null> {
  return isUuid(opts.id) ? opts.em.findOne(TaskFile, opts.id) : null;
}
