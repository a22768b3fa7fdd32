import type { EntityManager } from '@mikro-orm/postgresql';
import { decideExtensionRefusal } from '../../../../workflows/src/task/task-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import { formatViDate } from '../../shared/dates.ts';
import { resolveDue } from './task-due.ts';
import { TaskExtension } from './task.entity.ts';
import { extensionNotFound } from './task.errors.ts';
import { describeTask, leadDoers, notifyTask, reopenTaskDeadline, runTaskStep, taskEvent } from './task-step.ts';
import type { TaskSnapshot } from './task-view.ts';

/**
 * The assigner approves (the hạn hoàn thành becomes the proposed date; the workflow's timers move with
 * it) or refuses (with a reason) the pending extension request. The request stays in the history.
 */
export function decideTaskExtension(opts: {
  em: EntityManager;
  stepKey: string;
  taskId: string;
  extensionId: string;
  approve: boolean;
  note: string | null;
  actor: Actor;
  now: Date;
}): Promise<TaskSnapshot> {
  const { actor, now, approve, note } = opts;
  return runTaskStep({ ...opts, refusal: decideExtensionRefusal }, async (em, task) => {
    const ext = await em.findOne(TaskExtension, { id: opts.extensionId, taskId: task.id, status: 'pending' });
    if (!ext) throw extensionNotFound();
    ext.status = approve ? 'approved' : 'refused';
    ext.decidedById = actor.id;
    ext.decidedAt = now;
    ext.decisionNote = note;
    const previous = task.dueDate;
    if (approve) {
      const due = await resolveDue(em, { dueDate: ext.proposedDueDate, dueInWorkingDays: null }, now);
      task.dueDate = due.dueDate;
      task.dueAt = due.dueAt;
      task.dueInWorkingDays = null;
      await reopenTaskDeadline(em, task.id);
    }
    taskEvent(em, {
      stepKey: opts.stepKey,
      taskId: task.id,
      kind: approve ? 'task.extension_approved' : 'task.extension_refused',
      actorId: actor.id,
      at: now,
      data: { extensionId: ext.id, previousDueDate: previous, proposedDueDate: ext.proposedDueDate, note },
    });
    await notifyTask(em, {
      stepKey: opts.stepKey,
      taskId: task.id,
      kind: 'task.updated',
      userIds: await leadDoers(em, task),
      title: approve ? 'Đồng ý gia hạn nhiệm vụ' : 'Không đồng ý gia hạn nhiệm vụ',
      body: approve
        ? `${describeTask(task)}. Hạn mới: ${formatViDate(task.dueDate)}.${note ? ` ${note}` : ''}`
        : `${describeTask(task)}. Đề nghị gia hạn đến ${formatViDate(ext.proposedDueDate)} không được đồng ý. Lý do: ${note ?? ''}`,
      now,
    });
  });
}
