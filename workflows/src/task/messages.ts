import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../../backend/src/shared/actor.ts';
import type { StoredFileRef } from '../../../backend/src/modules/file/file-store.ts';
import type { TaskSnapshot } from '../../../backend/src/modules/task/task-view.ts';
import type { CleanTaskInput } from '../../../backend/src/modules/task/validate-task.ts';
import type { TaskStatus } from '../../../backend/src/modules/task/task.entity.ts';

export type { Actor, CleanTaskInput, StoredFileRef, TaskSnapshot };

export const taskWorkflowId = (taskId: string) => `task/${taskId}`;

export interface TaskWorkflowInput {
  taskId: string;
  /** A subtask starts already created (its parent's step wrote it); a task starts empty and is created by the `create` update. */
  created?: TaskSnapshot;
}

export interface CreateTaskArgs {
  actor: Actor;
  input: CleanTaskInput;
  /** Already checked and stored by the edge; their ids are fixed here. */
  files: StoredFileRef[];
}
export interface ActorArgs {
  actor: Actor;
}
export interface ReasonArgs {
  actor: Actor;
  reason: string;
}
export interface ReportArgs {
  actor: Actor;
  percent: number;
  text: string;
  files: StoredFileRef[];
}
export interface RequestExtensionArgs {
  actor: Actor;
  newDueDate: string;
  reason: string;
}
export interface DecideExtensionArgs {
  actor: Actor;
  extensionId: string;
  note: string | null;
}
export interface SubmitResultArgs {
  actor: Actor;
  resultText: string;
  files: StoredFileRef[];
}
export interface EvaluateArgs {
  actor: Actor;
  decision: 'accept' | 'reopen';
  rating: number | null;
  note: string | null;
}
export interface NudgeArgs {
  actor: Actor;
  message: string | null;
}

export interface TaskState {
  taskId: string;
  status: 'new' | TaskStatus;
  task: TaskSnapshot | null;
  openSubtaskIds: string[];
  /** The hạn hoàn thành as the watcher last computed it. */
  dueAt?: string;
}

export const createTaskUpdate = defineUpdate<TaskState, [CreateTaskArgs]>('create');
export const acceptTaskUpdate = defineUpdate<TaskState, [ActorArgs]>('accept');
export const refuseTaskUpdate = defineUpdate<TaskState, [ReasonArgs]>('refuse');
/** Answers with the new subtask's id; its own workflow (a child) has started. */
export const createSubtaskUpdate = defineUpdate<{ subtaskId: string }, [CreateTaskArgs]>('createSubtask');
export const reportProgressUpdate = defineUpdate<TaskState, [ReportArgs]>('reportProgress');
export const requestExtensionUpdate = defineUpdate<TaskState, [RequestExtensionArgs]>('requestExtension');
export const approveExtensionUpdate = defineUpdate<TaskState, [DecideExtensionArgs]>('approveExtension');
export const refuseExtensionUpdate = defineUpdate<TaskState, [DecideExtensionArgs]>('refuseExtension');
export const submitResultUpdate = defineUpdate<TaskState, [SubmitResultArgs]>('submitResult');
export const evaluateUpdate = defineUpdate<TaskState, [EvaluateArgs]>('evaluate');
export const cancelTaskUpdate = defineUpdate<TaskState, [ReasonArgs]>('cancel');
export const nudgeUpdate = defineUpdate<TaskState, [NudgeArgs]>('nudge');
/** The parent ended (cancelled) with this subtask open: it is cancelled too, in the parent assigner's name. */
export const parentClosedSignal = defineSignal<[ReasonArgs]>('parentClosed');
export const taskStateQuery = defineQuery<TaskState>('state');
