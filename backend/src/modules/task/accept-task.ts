import type { EntityManager } from '@mikro-orm/postgresql';
import { acceptRefusal } from '../../../../workflows/src/task/task-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import { describeTask, notifyTask, runTaskStep, taskEvent } from './task-step.ts';
import type { TaskSnapshot } from './task-view.ts';

/** Tiếp nhận: the chủ trì takes the task on; it is in progress. */
export function acceptTask(opts: { em: EntityManager; stepKey: string; taskId: string; actor: Actor; now: Date }): Promise<TaskSnapshot> {
  const { actor, now } = opts;
  return runTaskStep({ ...opts, refusal: acceptRefusal }, async (em, task) => {
    task.status = 'in_progress';
    task.acceptedAt = now;
    taskEvent(em, { stepKey: opts.stepKey, taskId: task.id, kind: 'task.accepted', actorId: actor.id, at: now });
    await notifyTask(em, {
      stepKey: opts.stepKey,
      taskId: task.id,
      kind: 'task.updated',
      userIds: [task.assignedById],
      title: 'Nhiệm vụ đã được tiếp nhận',
      body: `${describeTask(task)} đã được tiếp nhận.`,
      now,
      exceptId: actor.id,
    });
  });
}
