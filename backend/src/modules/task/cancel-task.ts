import type { EntityManager } from '@mikro-orm/postgresql';
import { cancelRefusal, isOpen } from '../../../../workflows/src/task/task-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import { TaskExtension } from './task.entity.ts';
import { closeTaskDeadlines, coordinatorPeople, describeTask, leadDoers, notifyTask, runTaskStep, taskEvent } from './task-step.ts';
import type { TaskSnapshot } from './task-view.ts';

/**
 * Hủy: the assigner ends an open task with a reason; its limits are no longer followed and a pending
 * extension request lapses. `byParent`: the parent task ended (cancelled) with this subtask still open —
 * the parent's assigner acted, so the subtask's own assigner is not asked.
 */
export function cancelTask(opts: {
  em: EntityManager;
  stepKey: string;
  taskId: string;
  actor: Actor;
  reason: string;
  byParent?: boolean;
  now: Date;
}): Promise<TaskSnapshot> {
  const { actor, now, reason } = opts;
  const refusal = opts.byParent ? () => null : cancelRefusal;
  return runTaskStep({ ...opts, refusal }, async (em, task) => {
    if (!isOpen(task.status)) return;
    task.status = 'cancelled';
    task.statusReason = reason;
    task.completedAt = now;
    await closeTaskDeadlines(em, task.id, 'cancelled', now);
    const pending = await em.findOne(TaskExtension, { taskId: task.id, status: 'pending' });
    if (pending) {
      pending.status = 'refused';
      pending.decidedAt = now;
      pending.decisionNote = 'Nhiệm vụ đã hủy.';
    }
    taskEvent(em, { stepKey: opts.stepKey, taskId: task.id, kind: 'task.cancelled', actorId: actor.id, at: now, data: { reason, ...(opts.byParent ? { byParent: true } : {}) } });
    const [doers, coordinators] = await Promise.all([leadDoers(em, task), coordinatorPeople(em, task.id)]);
    await notifyTask(em, {
      stepKey: opts.stepKey,
      taskId: task.id,
      kind: 'task.updated',
      userIds: [...doers, ...coordinators, ...(opts.byParent ? [task.assignedById] : [])],
      title: 'Nhiệm vụ đã bị hủy',
      body: `${describeTask(task)}. Lý do: ${reason}`,
      now,
      exceptId: actor.id,
    });
  });
}
