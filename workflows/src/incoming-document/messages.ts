import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../../backend/src/shared/actor.ts';
import type { StoredFileRef } from '../../../backend/src/modules/file/file-store.ts';
import type { AssignmentView } from '../../../backend/src/modules/document/assignment-view.ts';
import type { RegistrationResult } from '../../../backend/src/modules/document/register-incoming-document.ts';
import type { CleanAssignee, CleanRegistration } from '../../../backend/src/modules/document/validate-incoming.ts';
import type { IncomingStatus, Urgency } from '../../../backend/src/modules/document/document.entity.ts';

export type { Actor, AssignmentView, RegistrationResult };

export const incomingDocumentWorkflowId = (documentId: string) => `incoming-document/${documentId}`;

export interface IncomingDocumentWorkflowInput {
  documentId: string;
}

export interface RegisterArgs {
  actor: Actor;
  input: CleanRegistration;
  /** The one file of the first release; registrations now send `files`. */
  file: StoredFileRef | null;
  files?: StoredFileRef[];
}

export interface AttachFilesArgs {
  actor: Actor;
  /** Already checked and stored by the edge; their ids are fixed here, so a retried step adds them once. */
  files: StoredFileRef[];
  /** The per-document limit the edge applied, enforced again together with the insert. */
  maxFiles: number;
}

export interface AttachFilesResult {
  fileIds: string[];
}

export interface DirectArgs {
  actor: Actor;
  direction: string;
  lead: CleanAssignee;
  coordinators: CleanAssignee[];
  readers: CleanAssignee[];
}

export interface AssignHandlerArgs {
  actor: Actor;
  assignmentId: string;
  userId: string;
  deadline: string;
}

export interface CompleteHandlingArgs {
  actor: Actor;
  assignmentId: string;
  resultNote: string;
}

export interface PendingDeadline {
  dueAt: string;
  rule: string;
  ruleLabel: string;
}

export interface IncomingDocumentState {
  documentId: string;
  status: 'new' | IncomingStatus;
  registration: RegistrationResult | null;
  /** Set at registration; decides the rule of the direction deadline. */
  urgency?: Urgency;
  assignments: AssignmentView[];
  /** The limits as the workflow last computed them; assignments' by assignment id. */
  deadlines?: { direction?: PendingDeadline; assignments?: Record<string, PendingDeadline> };
}

export const registerUpdate = defineUpdate<RegistrationResult, [RegisterArgs]>('register');
export const directUpdate = defineUpdate<IncomingDocumentState, [DirectArgs]>('direct');
export const assignHandlerUpdate = defineUpdate<IncomingDocumentState, [AssignHandlerArgs]>('assignHandler');
export const completeHandlingUpdate = defineUpdate<IncomingDocumentState, [CompleteHandlingArgs]>('completeHandling');
export const attachFilesUpdate = defineUpdate<AttachFilesResult, [AttachFilesArgs]>('attachFiles');
export const stateQuery = defineQuery<IncomingDocumentState>('state');

/** Failure types a validator or activity refuses with; the client maps them to typed GraphQL errors. */
export const RefusalType = {
  Forbidden: 'FORBIDDEN',
  WrongState: 'DOCUMENT_WRONG_STATE',
  AssignmentNotFound: 'ASSIGNMENT_NOT_FOUND',
} as const;
