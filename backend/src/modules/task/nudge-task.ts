import type { EntityManager } from '@mikro-orm/postgresql';
import { nudgeRefusal } from '../../../../workflows/src/task/task-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import { describeTask, leadDoers, notifyTask, runTaskStep, taskEvent } from './task-step.ts';
import type { TaskSnapshot } from './task-view.ts';

/** Đôn đốc: the assigner chases the chủ trì by hand, with an optional message; on the timeline and in their notifications. */
export function nudgeTask(opts: { em: EntityManager; stepKey: string; taskId: string; actor: Actor; message: string | null; now: Date }): Promise<TaskSnapshot> {
  const { actor, now, message } = opts;
  return runTaskStep({ ...opts, refusal: nudgeRefusal }, async (em, task) => {
    const recipients = await leadDoers(em, task);
    taskEvent(em, { stepKey: opts.stepKey, taskId: task.id, kind: 'task.nudged', actorId: actor.id, at: now, data: { message, recipientIds: recipients } });
    await notifyTask(em, {
      stepKey: opts.stepKey,
      taskId: task.id,
      kind: 'task.nudge',
      userIds: recipients,
      title: 'Đôn đốc thực hiện nhiệm vụ',
      body: `${describeTask(task)}.${message ? ` ${message}` : ''}`,
      now,
    });
  });
}
