import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import type { outgoingDocumentWorkflow } from '../../../workflows/src/outgoing-document/outgoing-document.workflow.ts';
import {
  approveUpdate,
  cancelUpdate,
  createDraftUpdate,
  issueUpdate,
  outgoingDocumentWorkflowId,
  recallUpdate,
  returnUpdate,
  reviseDraftUpdate,
  signUpdate,
  submitUpdate,
  type CommentArgs,
  type CreateDraftArgs,
  type IssueArgs,
  type ReasonArgs,
  type ReviseDraftArgs,
  type SignArgs,
  type SubmitArgs,
} from '../../../workflows/src/outgoing-document/messages.ts';
import { mapFailures } from './failures.ts';

/** Typed calls into `outgoing-document/<id>` workflows: every human step is a validated Update. */
export class OutgoingDocumentClient {
  private readonly client: Client;
  private readonly taskQueue: string;
  constructor(client: Client, taskQueue: string) {
    this.client = client;
    this.taskQueue = taskQueue;
  }

  /** Starts the document's workflow with its first version in one call; a repeated id reaches the same workflow, which answers with the first. */
  create(documentId: string, args: CreateDraftArgs) {
    const startWorkflowOperation = new WithStartWorkflowOperation<typeof outgoingDocumentWorkflow>('outgoingDocumentWorkflow', {
      workflowId: outgoingDocumentWorkflowId(documentId),
      taskQueue: this.taskQueue,
      args: [{ documentId }],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    return mapFailures(() => this.client.workflow.executeUpdateWithStart(createDraftUpdate, { args: [args], startWorkflowOperation }));
  }

  private handle(documentId: string) {
    return this.client.workflow.getHandle<typeof outgoingDocumentWorkflow>(outgoingDocumentWorkflowId(documentId));
  }

  revise(documentId: string, args: ReviseDraftArgs) {
    return mapFailures(() => this.handle(documentId).executeUpdate(reviseDraftUpdate, { args: [args] }));
  }

  submit(documentId: string, args: SubmitArgs) {
    return mapFailures(() => this.handle(documentId).executeUpdate(submitUpdate, { args: [args] }));
  }

  approve(documentId: string, args: CommentArgs) {
    return mapFailures(() => this.handle(documentId).executeUpdate(approveUpdate, { args: [args] }));
  }

  return(documentId: string, args: CommentArgs) {
    return mapFailures(() => this.handle(documentId).executeUpdate(returnUpdate, { args: [args] }));
  }

  sign(documentId: string, args: SignArgs) {
    return mapFailures(() => this.handle(documentId).executeUpdate(signUpdate, { args: [args] }));
  }

  issue(documentId: string, args: IssueArgs) {
    return mapFailures(() => this.handle(documentId).executeUpdate(issueUpdate, { args: [args] }));
  }

  recall(documentId: string, args: ReasonArgs) {
    return mapFailures(() => this.handle(documentId).executeUpdate(recallUpdate, { args: [args] }));
  }

  cancel(documentId: string, args: ReasonArgs) {
    return mapFailures(() => this.handle(documentId).executeUpdate(cancelUpdate, { args: [args] }));
  }
}
