import type { EntityManager } from '@mikro-orm/postgresql';
import { evaluateRefusal } from '../../../../workflows/src/task/task-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import { describeTask, leadDoers, notifyTask, reopenTaskDeadline, runTaskStep, taskEvent } from './task-step.ts';
import type { TaskSnapshot } from './task-view.ts';

/**
 * Đánh giá: the assigner accepts the result — done, on time or late by the deadline in force when it was
 * submitted, with an optional rating 1–5 — or reopens the task with a reason (back to in progress; the
 * deadline is followed again).
 */
export function evaluateTask(opts: {
  em: EntityManager;
  stepKey: string;
  taskId: string;
  actor: Actor;
  decision: 'accept' | 'reopen';
  rating: number | null;
  note: string | null;
  now: Date;
}): Promise<TaskSnapshot> {
  const { actor, now, note } = opts;
  return runTaskStep({ ...opts, refusal: evaluateRefusal }, async (em, task) => {
    const doers = await leadDoers(em, task);
    if (opts.decision === 'accept') {
      const onTime = task.submittedAt!.getTime() <= task.dueAt.getTime();
      task.status = 'done';
      task.completedAt = now;
      task.completedOnTime = onTime;
      task.rating = opts.rating;
      task.evaluationNote = note;
      task.progress = 100;
      taskEvent(em, { stepKey: opts.stepKey, taskId: task.id, kind: 'task.evaluated', actorId: actor.id, at: now, data: { onTime, rating: opts.rating, note } });
      await notifyTask(em, {
        stepKey: opts.stepKey,
        taskId: task.id,
        kind: 'task.updated',
        userIds: doers,
        title: onTime ? 'Nhiệm vụ được đánh giá hoàn thành đúng hạn' : 'Nhiệm vụ được đánh giá hoàn thành quá hạn',
        body: `${describeTask(task)}.${opts.rating ? ` Xếp loại: ${opts.rating}/5.` : ''}${note ? ` ${note}` : ''}`,
        now,
      });
      return;
    }
    task.status = 'in_progress';
    task.statusReason = note;
    task.submittedAt = null;
    await reopenTaskDeadline(em, task.id);
    taskEvent(em, { stepKey: opts.stepKey, taskId: task.id, kind: 'task.reopened', actorId: actor.id, at: now, data: { reason: note } });
    await notifyTask(em, {
      stepKey: opts.stepKey,
      taskId: task.id,
      kind: 'task.updated',
      userIds: doers,
      title: 'Kết quả nhiệm vụ chưa đạt, cần thực hiện tiếp',
      body: `${describeTask(task)}. Lý do: ${note ?? ''}`,
      now,
    });
  });
}
