import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/common';
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
  receiveUpdate,
  registerUpdate,
  sendBackUpdate,
  submitUpdate,
  type SubmitArgs,
  type AssignHandlerArgs,
  type AttachFilesArgs,
  type CompleteHandlingArgs,
  type DirectArgs,
  type RegisterArgs,
} from '../../../workflows/src/incoming-document/messages.ts';
import { validateReceipt, type ReceiveElectronicInput } from '../modules/document/receive-electronic-document.ts';
import { mapFailures } from './failures.ts';

export type { ReceiveElectronicInput };

/**
 * Electronic receipt: starts incoming-document/<documentId> in state `received` (chờ vào sổ), or finds
 * it: the sender fixes the id, so delivering twice is a no-op. A bad packet is refused (InputError)
 * before anything starts. Called by the outgoing document's dispatch activity.
 */
export async function receiveElectronicDocument(client: Client, taskQueue: string, input: ReceiveElectronicInput): Promise<{ documentId: string }> {
  const clean = validateReceipt(input);
  const startWorkflowOperation = new WithStartWorkflowOperation<typeof incomingDocumentWorkflow>('incomingDocumentWorkflow', {
    workflowId: incomingDocumentWorkflowId(clean.documentId),
    taskQueue,
    args: [{ documentId: clean.documentId }],
    workflowIdConflictPolicy: 'USE_EXISTING',
    // A document whose process has ended (completed, sent back) is not received again.
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
  });
  try {
    await mapFailures(() => client.workflow.executeUpdateWithStart(receiveUpdate, { args: [clean], startWorkflowOperation }));
  } catch (e) {
    if (!(e instanceof WorkflowExecutionAlreadyStartedError)) throw e;
  }
  return { documentId: clean.documentId };
}

/** Why a document's workflow is no longer there to take a step (e.g. its source was recalled), from its rows; null: not known. */
export type ExplainEnded = (documentId: string) => Promise<Error | null>;

/** Typed calls into `incoming-document/<id>` workflows: every human step is a validated Update. */
export class IncomingDocumentClient {
  private readonly client: Client;
  private readonly taskQueue: string;
  private readonly explainEnded: ExplainEnded | undefined;
  constructor(client: Client, taskQueue: string, opts: { explainEnded?: ExplainEnded } = {}) {
    this.client = client;
    this.taskQueue = taskQueue;
    this.explainEnded = opts.explainEnded;
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

  /** Vào sổ a document received electronically: its workflow is running, in state `received`. */
  registerReceived(documentId: string, args: RegisterArgs) {
    return mapFailures(() => this.step(documentId, () => this.handle(documentId).executeUpdate(registerUpdate, { args: [args] })));
  }

  submit(documentId: string, args: SubmitArgs) {
    return mapFailures(() => this.step(documentId, () => this.handle(documentId).executeUpdate(submitUpdate, { args: [args] })));
  }

  sendBack(documentId: string, args: ReasonArgs) {
    return mapFailures(() => this.step(documentId, () => this.handle(documentId).executeUpdate(sendBackUpdate, { args: [args] })));
  }

  private handle(documentId: string) {
    return this.client.workflow.getHandle<typeof incomingDocumentWorkflow>(incomingDocumentWorkflowId(documentId));
  }

  /** A step asked of a document whose workflow has ended is answered with the reason its rows give, when they give one. */
  private async step<T>(documentId: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (e) {
      const why = e instanceof WorkflowNotFoundError && this.explainEnded ? await this.explainEnded(documentId) : null;
      throw why ?? e;
    }
  }

  direct(documentId: string, args: DirectArgs) {
    return mapFailures(() => this.step(documentId, () => this.handle(documentId).executeUpdate(directUpdate, { args: [args] })));
  }

  assignHandler(documentId: string, args: AssignHandlerArgs) {
    return mapFailures(() => this.step(documentId, () => this.handle(documentId).executeUpdate(assignHandlerUpdate, { args: [args] })));
  }

  attachFiles(documentId: string, args: AttachFilesArgs) {
    return mapFailures(() => this.step(documentId, () => this.handle(documentId).executeUpdate(attachFilesUpdate, { args: [args] })));
  }

  completeHandling(documentId: string, args: CompleteHandlingArgs) {
    return mapFailures(() => this.step(documentId, () => this.handle(documentId).executeUpdate(completeHandlingUpdate, { args: [args] })));
  }

  returnDocument(documentId: string, args: ReasonArgs) {
    return mapFailures(() => this.step(documentId, () => this.handle(documentId).executeUpdate(returnDocumentUpdate, { args: [args] })));
  }

  resubmit(documentId: string, args: ResubmitArgs) {
    return mapFailures(() => this.step(documentId, () => this.handle(documentId).executeUpdate(resubmitUpdate, { args: [args] })));
  }

  returnAssignment(documentId: string, args: AssignmentReasonArgs) {
    return mapFailures(() => this.step(documentId, () => this.handle(documentId).executeUpdate(returnAssignmentUpdate, { args: [args] })));
  }

  withdrawAssignment(documentId: string, args: AssignmentReasonArgs) {
    return mapFailures(() => this.step(documentId, () => this.handle(documentId).executeUpdate(withdrawAssignmentUpdate, { args: [args] })));
  }

  reassign(documentId: string, args: ReassignArgs) {
    return mapFailures(() => this.step(documentId, () => this.handle(documentId).executeUpdate(reassignUpdate, { args: [args] })));
  }

  addAssignee(documentId: string, args: AddAssigneeArgs) {
    return mapFailures(() => this.step(documentId, () => this.handle(documentId).executeUpdate(addAssigneeUpdate, { args: [args] })));
  }

  markSeen(documentId: string, args: MarkSeenArgs) {
    return mapFailures(() => this.step(documentId, () => this.handle(documentId).executeUpdate(markSeenUpdate, { args: [args] })));
  }

  close(documentId: string, args: CloseArgs) {
    return mapFailures(() => this.step(documentId, () => this.handle(documentId).executeUpdate(closeUpdate, { args: [args] })));
  }
}
