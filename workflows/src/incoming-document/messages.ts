import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../../backend/src/shared/actor.ts';
import type { StoredFileRef } from '../../../backend/src/modules/file/file-store.ts';
import type { AssignmentView } from '../../../backend/src/modules/document/assignment-view.ts';
import type { RegistrationResult } from '../../../backend/src/modules/document/register-incoming-document.ts';
import type { ReceiptResult, ReceiveElectronicInput } from '../../../backend/src/modules/document/receive-electronic-document.ts';
import type { CleanAssignee, CleanRegistration } from '../../../backend/src/modules/document/validate-incoming.ts';
import type { IncomingStatus, Urgency } from '../../../backend/src/modules/document/document.entity.ts';

export type { Actor, AssignmentView, ReceiptResult, ReceiveElectronicInput, RegistrationResult };

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
  /** false: vào sổ only, the document waits in chờ trình; left out: vào sổ và trình. */
  submit?: boolean;
}

export interface SubmitArgs {
  actor: Actor;
  note: string | null;
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

export interface ReasonArgs {
  actor: Actor;
  reason: string;
}
export interface AssignmentReasonArgs extends ReasonArgs {
  assignmentId: string;
}
export interface ResubmitArgs {
  actor: Actor;
  note: string | null;
}
export interface ReassignArgs extends AssignmentReasonArgs {
  to: CleanAssignee;
}
export interface AddAssigneeArgs {
  actor: Actor;
  role: 'coordinate' | 'inform';
  to: CleanAssignee;
}
export interface MarkSeenArgs {
  actor: Actor;
  assignmentId: string;
}
export interface CloseArgs {
  actor: Actor;
  closingNote: string;
  replyReference: string | null;
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
  /** Set at receipt or registration; decides the rule of the submission and direction deadlines. */
  urgency?: Urgency;
  /** Ngày đến of a document received electronically: its submission limit counts from here. */
  receivedAt?: string;
  /** When it was submitted to the leader (after SUBMISSION_STEP_PATCH); the direction limit counts from here. */
  submittedAt?: string;
  assignments: AssignmentView[];
  /** Set when the source outgoing document was recalled or replaced (SOURCE_RECALLED_PATCH). */
  recallReason?: string;
  /** The limits as the workflow last computed them; assignments' by assignment id. */
  deadlines?: { submission?: PendingDeadline; direction?: PendingDeadline; assignments?: Record<string, PendingDeadline> };
}

export const registerUpdate = defineUpdate<RegistrationResult, [RegisterArgs]>('register');
export const directUpdate = defineUpdate<IncomingDocumentState, [DirectArgs]>('direct');
export const assignHandlerUpdate = defineUpdate<IncomingDocumentState, [AssignHandlerArgs]>('assignHandler');
export const completeHandlingUpdate = defineUpdate<IncomingDocumentState, [CompleteHandlingArgs]>('completeHandling');
export const attachFilesUpdate = defineUpdate<AttachFilesResult, [AttachFilesArgs]>('attachFiles');
export const returnDocumentUpdate = defineUpdate<IncomingDocumentState, [ReasonArgs]>('returnDocument');
export const resubmitUpdate = defineUpdate<IncomingDocumentState, [ResubmitArgs]>('resubmit');
export const returnAssignmentUpdate = defineUpdate<IncomingDocumentState, [AssignmentReasonArgs]>('returnAssignment');
export const withdrawAssignmentUpdate = defineUpdate<IncomingDocumentState, [AssignmentReasonArgs]>('withdrawAssignment');
export const reassignUpdate = defineUpdate<IncomingDocumentState, [ReassignArgs]>('reassign');
export const addAssigneeUpdate = defineUpdate<IncomingDocumentState, [AddAssigneeArgs]>('addAssignee');
export const markSeenUpdate = defineUpdate<IncomingDocumentState, [MarkSeenArgs]>('markSeen');
export const closeUpdate = defineUpdate<IncomingDocumentState, [CloseArgs]>('close');
export const receiveUpdate = defineUpdate<ReceiptResult, [ReceiveElectronicInput]>('receive');
export const submitUpdate = defineUpdate<IncomingDocumentState, [SubmitArgs]>('submit');
export const sendBackUpdate = defineUpdate<IncomingDocumentState, [ReasonArgs]>('sendBack');
export const stateQuery = defineQuery<IncomingDocumentState>('state');

export interface SourceRecalledArgs {
  outgoingId: string;
  reason: string;
}
/** The internal outgoing document this copy came from was recalled or replaced: the copy is frozen and its process ends. */
export const sourceRecalledSignal = defineSignal<[SourceRecalledArgs]>('sourceRecalled');

/** Failure types a validator or activity refuses with; the client maps them to typed GraphQL errors. */
export const RefusalType = {
  Forbidden: 'FORBIDDEN',
  WrongState: 'DOCUMENT_WRONG_STATE',
  AssignmentNotFound: 'ASSIGNMENT_NOT_FOUND',
} as const;
