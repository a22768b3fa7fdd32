import type { Orm } from '../db/orm.ts';
import type { StoredFileRef } from '../modules/file/file-store.ts';
import { acceptTask } from '../modules/task/accept-task.ts';
import { cancelTask } from '../modules/task/cancel-task.ts';
import { createTask } from '../modules/task/create-task.ts';
import { decideTaskExtension } from '../modules/task/decide-task-extension.ts';
import { evaluateTask } from '../modules/task/evaluate-task.ts';
import { nudgeTask } from '../modules/task/nudge-task.ts';
import { refuseTask } from '../modules/task/refuse-task.ts';
import { reportTaskProgress } from '../modules/task/report-task-progress.ts';
import { requestTaskExtension } from '../modules/task/request-task-extension.ts';
import { submitTaskResult } from '../modules/task/submit-task-result.ts';
import { syncTaskDueAt } from '../modules/task/task-follow-up.ts';
import type { CleanTaskInput } from '../modules/task/validate-task.ts';
import type { Actor } from '../shared/actor.ts';
import { asActivity } from './to-failure.ts';

export interface TaskActivityDeps {
  orm: Orm;
  now?: () => Date;
}

type Step = { taskId: string; stepKey: string; actor: Actor };

/** The task workflow's steps: each one use case in one transaction, idempotent by its step key. */
export function createTaskActivities({ orm, now = () => new Date() }: TaskActivityDeps) {
  const em = () => orm.em.fork();
  return {
    createTask: (a: Step & { input: CleanTaskInput; files: StoredFileRef[] }) => asActivity(() => createTask({ em: em(), ...a, now: now() })),
    acceptTask: (a: Step) => asActivity(() => acceptTask({ em: em(), ...a, now: now() })),
    refuseTask: (a: Step & { reason: string }) => asActivity(() => refuseTask({ em: em(), ...a, now: now() })),
    reportTaskProgress: (a: Step & { reportId: string; percent: number; text: string; files: StoredFileRef[] }) =>
      asActivity(() => reportTaskProgress({ em: em(), ...a, now: now() })),
    requestTaskExtension: (a: Step & { extensionId: string; newDueDate: string; reason: string }) =>
      asActivity(() => requestTaskExtension({ em: em(), ...a, now: now() })),
    decideTaskExtension: (a: Step & { extensionId: string; approve: boolean; note: string | null }) =>
      asActivity(() => decideTaskExtension({ em: em(), ...a, now: now() })),
    submitTaskResult: (a: Step & { resultText: string; files: StoredFileRef[] }) => asActivity(() => submitTaskResult({ em: em(), ...a, now: now() })),
    evaluateTask: (a: Step & { decision: 'accept' | 'reopen'; rating: number | null; note: string | null }) =>
      asActivity(() => evaluateTask({ em: em(), ...a, now: now() })),
    cancelTask: (a: Step & { reason: string; byParent?: boolean }) => asActivity(() => cancelTask({ em: em(), ...a, now: now() })),
    nudgeTask: (a: Step & { message: string | null }) => asActivity(() => nudgeTask({ em: em(), ...a, now: now() })),
    syncTaskDueAt: (a: { taskId: string }) => asActivity(() => syncTaskDueAt({ em: em(), ...a })),
  };
}
