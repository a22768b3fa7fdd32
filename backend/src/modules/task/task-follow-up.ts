import type { EntityManager } from '@mikro-orm/postgresql';
import { Deadline } from '../deadline/deadline.entity.ts';
import { Task } from './task.entity.ts';

/**
 * The task row keeps the limit lists sort and count by; the deadline row is what the watcher computed
 * (a calendar change moves it). Copies the latter into the former while it is followed.
 */
export async function syncTaskDueAt(opts: { em: EntityManager; taskId: string }): Promise<void> {
  const d = await opts.em.findOne(Deadline, { subjectId: opts.taskId, kind: 'task' });
  const task = await opts.em.findOne(Task, opts.taskId);
  if (!d || !task || d.status !== 'pending' || task.dueAt.getTime() === d.dueAt.getTime()) return;
  task.dueAt = d.dueAt;
  await opts.em.flush();
}
