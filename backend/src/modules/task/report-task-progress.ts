import type { EntityManager } from '@mikro-orm/postgresql';
import { reportRefusal } from '../../../../workflows/src/task/task-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import type { StoredFileRef } from '../file/file-store.ts';
import { TaskReport } from './task.entity.ts';
import { closeReportPeriods, describeTask, insertTaskFiles, notifyTask, runTaskStep, taskEvent } from './task-step.ts';
import type { TaskSnapshot } from './task-view.ts';

/** Báo cáo tiến độ: percentage, text and files on the timeline; it satisfies the open report periods. */
export function reportTaskProgress(opts: {
  em: EntityManager;
  stepKey: string;
  taskId: string;
  reportId: string;
  actor: Actor;
  percent: number;
  text: string;
  files: StoredFileRef[];
  now: Date;
}): Promise<TaskSnapshot> {
  const { actor, now } = opts;
  return runTaskStep({ ...opts, refusal: reportRefusal }, async (em, task) => {
    em.create(TaskReport, { id: opts.reportId, taskId: task.id, reportedById: actor.id, at: now, percent: opts.percent, text: opts.text });
    // The files reference the report row.
    await em.flush();
    insertTaskFiles(em, { taskId: task.id, purpose: 'report', reportId: opts.reportId, files: opts.files, uploadedById: actor.id, now });
    task.progress = opts.percent;
    await closeReportPeriods(em, task.id, now);
    taskEvent(em, {
      stepKey: opts.stepKey,
      taskId: task.id,
      kind: 'task.progress_reported',
      actorId: actor.id,
      at: now,
      data: { reportId: opts.reportId, percent: opts.percent, text: opts.text, files: opts.files.map((f) => ({ id: f.fileId, fileName: f.fileName })) },
    });
    await notifyTask(em, {
      stepKey: opts.stepKey,
      taskId: task.id,
      kind: 'task.updated',
      userIds: [task.assignedById],
      title: `Báo cáo tiến độ nhiệm vụ: ${opts.percent}%`,
      body: `${describeTask(task)}. ${opts.text}`,
      now,
      exceptId: actor.id,
    });
  });
}
