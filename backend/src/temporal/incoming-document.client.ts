import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import type { incomingDocumentWorkflow } from '../../../workflows/src/incoming-document/incoming-document.workflow.ts';
import {
  addAssigneeUpdate,
  closeUpdate,
  markSeenUpdate,
  reassignUpdate,
  resubmitUpdate,
  returnAssignmentUpdate,
  returnDocumentUpdate,
  withdrawAssignmentUpdate,
  type AddAssigneeArgs,
  type AssignmentReasonArgs,
  type CloseArgs,
  type MarkSeenArgs,
  type ReassignArgs,
  type ReasonArgs,
  type ResubmitArgs,
  assignHandlerUpdate,
  attachFilesUpdate,
  completeHandlingUpdate,
  directUpdate,
  incomingDocumentWorkflowId,
  registerUpdate,
  type AssignHandlerArgs,
  type AttachFilesArgs,
  type CompleteHandlingArgs,
  type DirectArgs,
  type RegisterArgs,
} from '../../../workflows/src/incoming-document/messages.ts';
import { mapFailures } from './failures.ts';

/** Typed calls into `incoming-document/<id>` workflows: every human step is a validated Update. */
export class IncomingDocumentClient {
  private readonly client: Client;
  private readonly taskQueue: string;
  constructor(client: Client, taskQueue: string) {
    this.client = client;
    this.taskQueue = taskQueue;
  }

  /** Starts the document's workflow and registers it in one call; the answer carries the số đến. */
  register(args: RegisterArgs, documentId: string = randomUUID()) {
    const startWorkflowOperation = new WithStartWorkflowOperation<typeof incomingDocumentWorkflow>('incomingDocumentWorkflow', {
      workflowId: incomingDocumentWorkflowId(documentId),
      taskQueue: this.taskQueue,
      args: [{ documentId }],
      // A repeated submit with the same id reaches the running workflow, whose handler answers with the first registration.
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    return mapFailures(() => this.client.workflow.executeUpdateWithStart(registerUpdate, { args: [args], startWorkflowOperation }));
  }

  private handle(documentId: string) {
    return this.client.workflow.getHandle<typeof incomingDocumentWorkflow>(incomingDocumentWorkflowId(documentId));
  }

  direct(documentId: string, args: DirectArgs) {
    return mapFailures(() => this.handle(documentId).executeUpdate(directUpdate, { args: [args] }));
  }

  assignHandler(documentId: string, args: AssignHandlerArgs) {
    return mapFailures(() => this.handle(documentId).executeUpdate(assignHandlerUpdate, { args: [args] }));
  }

  attachFiles(documentId: string, args: AttachFilesArgs) {
    return mapFailures(() => this.handle(documentId).executeUpdate(attachFilesUpdate, { args: [args] }));
  }

  completeHandling(documentId: string, args: CompleteHandlingArgs) {
    return mapFailures(() => this.handle(documentId).executeUpdate(completeHandlingUpdate, { args: [args] }));
  }

  returnDocument(documentId: string, args: ReasonArgs) {
    return mapFailures(() => this.handle(documentId).executeUpdate(returnDocumentUpdate, { args: [args] }));
  }

  resubmit(documentId: string, args: ResubmitArgs) {
    return mapFailures(() => this.handle(documentId).executeUpdate(resubmitUpdate, { args: [args] }));
  }

  returnAssignment(documentId: string, args: AssignmentReasonArgs) {
    return mapFailures(() => this.handle(documentId).executeUpdate(returnAssignmentUpdate, { args: [args] }));
  }

  withdrawAssignment(documentId: string, args: AssignmentReasonArgs) {
    return mapFailures(() => this.handle(documentId).executeUpdate(withdrawAssignmentUpdate, { args: [args] }));
  }

  reassign(documentId: string, args: ReassignArgs) {
    return mapFailures(() => this.handle(documentId).executeUpdate(reassignUpdate, { args: [args] }));
  }

  addAssignee(documentId: string, args: AddAssigneeArgs) {
    return mapFailures(() => this.handle(documentId).executeUpdate(addAssigneeUpdate, { args: [args] }));
  }

  markSeen(documentId: string, args: MarkSeenArgs) {
    return mapFailures(() => this.handle(documentId).executeUpdate(markSeenUpdate, { args: [args] }));
  }

  close(documentId: string, args: CloseArgs) {
    return mapFailures(() => this.handle(documentId).executeUpdate(closeUpdate, { args: [args] }));
  }
}
