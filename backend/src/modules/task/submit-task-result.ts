import type { EntityManager } from '@mikro-orm/postgresql';
import { submitRefusal } from '../../../../workflows/src/task/task-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import type { StoredFileRef } from '../file/file-store.ts';
import { closeTaskDeadlines, describeTask, insertTaskFiles, notifyTask, runTaskStep, taskEvent } from './task-step.ts';
import type { TaskSnapshot } from './task-view.ts';

/**
 * Báo cáo kết quả: the chủ trì submits the result (text, files) once every subtask has ended; the
 * deadline is met or late by this moment, and the assigner evaluates.
 */
export function submitTaskResult(opts: {
  em: EntityManager;
  stepKey: string;
  taskId: string;
  actor: Actor;
  resultText: string;
  files: StoredFileRef[];
  now: Date;
}): Promise<TaskSnapshot> {
  const { actor, now } = opts;
  return runTaskStep({ ...opts, refusal: submitRefusal }, async (em, task) => {
    task.status = 'awaiting_evaluation';
    task.submittedAt = now;
    task.resultText = opts.resultText;
    insertTaskFiles(em, { taskId: task.id, purpose: 'result', files: opts.files, uploadedById: actor.id, now });
    await closeTaskDeadlines(em, task.id, 'submitted', now);
    const onTime = now.getTime() <= task.dueAt.getTime();
    taskEvent(em, {
      stepKey: opts.stepKey,
      taskId: task.id,
      kind: 'task.result_submitted',
      actorId: actor.id,
      at: now,
      data: { resultText: opts.resultText, onTime, files: opts.files.map((f) => ({ id: f.fileId, fileName: f.fileName })) },
    });
    await notifyTask(em, {
      stepKey: opts.stepKey,
      taskId: task.id,
      kind: 'task.updated',
      userIds: [task.assignedById],
      title: 'Nhiệm vụ đã báo cáo kết quả, chờ đánh giá',
      body: `${describeTask(task)}${onTime ? '' : ' (quá hạn)'}. ${opts.resultText}`,
      now,
      exceptId: actor.id,
    });
  });
}
