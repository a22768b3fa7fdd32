import type { EntityManager } from '@mikro-orm/postgresql';
import { requestExtensionRefusal } from '../../../../workflows/src/task/task-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import { formatViDate } from '../../shared/dates.ts';
import { TaskExtension, type Task } from './task.entity.ts';
import { fieldError } from './task.errors.ts';
import { describeTask, loadTask, notifyTask, runTaskStep, taskEvent } from './task-step.ts';
import type { TaskSnapshot } from './task-view.ts';

/** The proposed date is later than the current deadline and, for a subtask, not after its parent's. Also run at the edge. */
export async function checkProposedDueDate(em: EntityManager, task: Task, newDueDate: string): Promise<void> {
  if (newDueDate <= task.dueDate) {
    throw fieldError('newDueDate', 'NOT_LATER', `Hạn mới đề nghị phải sau hạn hoàn thành hiện tại (${formatViDate(task.dueDate)}).`);
  }
  if (task.parentId) {
    const parent = await loadTask(em, task.parentId);
    if (newDueDate > parent.dueDate) {
      throw fieldError('newDueDate', 'AFTER_PARENT_DEADLINE', `Hạn mới của nhiệm vụ con không được sau hạn của nhiệm vụ cha (${formatViDate(parent.dueDate)}).`);
    }
  }
}

/** Xin gia hạn: the chủ trì proposes a later date with a reason; the assigner decides. */
export function requestTaskExtension(opts: {
  em: EntityManager;
  stepKey: string;
  taskId: string;
  extensionId: string;
  actor: Actor;
  newDueDate: string;
  reason: string;
  now: Date;
}): Promise<TaskSnapshot> {
  const { actor, now } = opts;
  return runTaskStep({ ...opts, refusal: requestExtensionRefusal }, async (em, task) => {
    await checkProposedDueDate(em, task, opts.newDueDate);
    em.create(TaskExtension, {
      id: opts.extensionId,
      taskId: task.id,
      requestedById: actor.id,
      requestedAt: now,
      previousDueDate: task.dueDate,
      proposedDueDate: opts.newDueDate,
      reason: opts.reason,
      status: 'pending',
      decidedById: null,
      decidedAt: null,
      decisionNote: null,
    });
    taskEvent(em, {
      stepKey: opts.stepKey,
      taskId: task.id,
      kind: 'task.extension_requested',
      actorId: actor.id,
      at: now,
      data: { extensionId: opts.extensionId, previousDueDate: task.dueDate, proposedDueDate: opts.newDueDate, reason: opts.reason },
    });
    await notifyTask(em, {
      stepKey: opts.stepKey,
      taskId: task.id,
      kind: 'task.updated',
      userIds: [task.assignedById],
      title: 'Đề nghị gia hạn nhiệm vụ',
      body: `${describeTask(task)}. Đề nghị gia hạn đến ${formatViDate(opts.newDueDate)}. Lý do: ${opts.reason}`,
      now,
      exceptId: actor.id,
    });
  });
}
