import type { EntityManager } from '@mikro-orm/postgresql';
import { refuseRefusal } from '../../../../workflows/src/task/task-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import { closeTaskDeadlines, describeTask, notifyTask, runTaskStep, taskEvent } from './task-step.ts';
import type { TaskSnapshot } from './task-view.ts';

/** Từ chối: the chủ trì gives the task back to the assigner with a reason; it ends refused. */
export function refuseTask(opts: { em: EntityManager; stepKey: string; taskId: string; actor: Actor; reason: string; now: Date }): Promise<TaskSnapshot> {
  const { actor, now, reason } = opts;
  return runTaskStep({ ...opts, refusal: refuseRefusal }, async (em, task) => {
    task.status = 'refused';
    task.statusReason = reason;
    task.completedAt = now;
    await closeTaskDeadlines(em, task.id, 'cancelled', now);
    taskEvent(em, { stepKey: opts.stepKey, taskId: task.id, kind: 'task.refused', actorId: actor.id, at: now, data: { reason } });
    await notifyTask(em, {
      stepKey: opts.stepKey,
      taskId: task.id,
      kind: 'task.updated',
      userIds: [task.assignedById],
      title: 'Nhiệm vụ bị từ chối',
      body: `${describeTask(task)} bị từ chối. Lý do: ${reason}`,
      now,
    });
  });
}
