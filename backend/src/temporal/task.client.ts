import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/common';
import type { taskWorkflow } from '../../../workflows/src/task/task.workflow.ts';
import {
  acceptTaskUpdate,
  approveExtensionUpdate,
  cancelTaskUpdate,
  createSubtaskUpdate,
  createTaskUpdate,
  evaluateUpdate,
  nudgeUpdate,
  refuseExtensionUpdate,
  refuseTaskUpdate,
  reportProgressUpdate,
  requestExtensionUpdate,
  submitResultUpdate,
  taskWorkflowId,
  type ActorArgs,
  type CreateTaskArgs,
  type DecideExtensionArgs,
  type EvaluateArgs,
  type NudgeArgs,
  type ReasonArgs,
  type ReportArgs,
  type RequestExtensionArgs,
  type SubmitResultArgs,
} from '../../../workflows/src/task/messages.ts';
import { DomainError } from '../shared/errors.ts';
import { mapFailures } from './failures.ts';

/** A task whose workflow has ended takes no more steps. */
async function taskFailures<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await mapFailures(run);
  } catch (e) {
    if (e instanceof WorkflowNotFoundError || (e instanceof DomainError && e.code === 'DOCUMENT_NOT_FOUND')) {
      throw new DomainError('TASK_WRONG_STATE', 'Nhiệm vụ đã kết thúc (hoàn thành, bị từ chối hoặc đã hủy), không thể thực hiện thao tác này.');
    }
    throw e;
  }
}

/** Typed calls into `task/<id>` workflows: every human step is a validated Update. */
export class TaskClient {
  private readonly client: Client;
  private readonly taskQueue: string;
  constructor(client: Client, taskQueue: string) {
    this.client = client;
    this.taskQueue = taskQueue;
  }

  /** Starts the task's workflow and creates the task in one call (update-with-start). */
  async create(args: CreateTaskArgs, taskId: string = randomUUID()): Promise<{ taskId: string }> {
    const startWorkflowOperation = new WithStartWorkflowOperation<typeof taskWorkflow>('taskWorkflow', {
      workflowId: taskWorkflowId(taskId),
      taskQueue: this.taskQueue,
      args: [{ taskId }],
      // A repeated submit with the same id reaches the running workflow, which answers with the task it created.
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    await taskFailures(() => this.client.workflow.executeUpdateWithStart(createTaskUpdate, { args: [args], startWorkflowOperation }));
    return { taskId };
  }

  private handle(taskId: string) {
    return this.client.workflow.getHandle<typeof taskWorkflow>(taskWorkflowId(taskId));
  }

  accept(taskId: string, args: ActorArgs) {
    return taskFailures(() => this.handle(taskId).executeUpdate(acceptTaskUpdate, { args: [args] }));
  }
  refuse(taskId: string, args: ReasonArgs) {
    return taskFailures(() => this.handle(taskId).executeUpdate(refuseTaskUpdate, { args: [args] }));
  }
  createSubtask(parentId: string, args: CreateTaskArgs) {
    return taskFailures(() => this.handle(parentId).executeUpdate(createSubtaskUpdate, { args: [args] }));
  }
  reportProgress(taskId: string, args: ReportArgs) {
    return taskFailures(() => this.handle(taskId).executeUpdate(reportProgressUpdate, { args: [args] }));
  }
  requestExtension(taskId: string, args: RequestExtensionArgs) {
    return taskFailures(() => this.handle(taskId).executeUpdate(requestExtensionUpdate, { args: [args] }));
  }
  approveExtension(taskId: string, args: DecideExtensionArgs) {
    return taskFailures(() => this.handle(taskId).executeUpdate(approveExtensionUpdate, { args: [args] }));
  }
  refuseExtension(taskId: string, args: DecideExtensionArgs) {
    return taskFailures(() => this.handle(taskId).executeUpdate(refuseExtensionUpdate, { args: [args] }));
  }
  submitResult(taskId: string, args: SubmitResultArgs) {
    return taskFailures(() => this.handle(taskId).executeUpdate(submitResultUpdate, { args: [args] }));
  }
  evaluate(taskId: string, args: EvaluateArgs) {
    return taskFailures(() => this.handle(taskId).executeUpdate(evaluateUpdate, { args: [args] }));
  }
  cancel(taskId: string, args: ReasonArgs) {
    return taskFailures(() => this.handle(taskId).executeUpdate(cancelTaskUpdate, { args: [args] }));
  }
  nudge(taskId: string, args: NudgeArgs) {
    return taskFailures(() => this.handle(taskId).executeUpdate(nudgeUpdate, { args: [args] }));
  }
}
