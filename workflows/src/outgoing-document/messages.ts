import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../../backend/src/shared/actor.ts';
import type { DraftFile } from '../../../backend/src/modules/outgoing/save-draft.ts';
import type { RelationKind } from '../../../backend/src/modules/outgoing/outgoing.entity.ts';
import type { CleanDraft, CleanSign, CleanStep } from '../../../backend/src/modules/outgoing/validate-outgoing.ts';
import type { IssueResult } from '../../../backend/src/modules/outgoing/issue-outgoing-document.ts';
import type { OutgoingView } from './review-rules.ts';

export type { Actor, DraftFile, IssueResult, OutgoingView };

export const outgoingDocumentWorkflowId = (documentId: string) => `outgoing-document/${documentId}`;

export interface OutgoingDocumentWorkflowInput {
  documentId: string;
}

export interface CreateDraftArgs {
  actor: Actor;
  draft: CleanDraft;
  /** Stored by the edge; their ids are fixed here, so a retried step adds them once. */
  files: DraftFile[];
  relation: { relatesToId: string; kind: RelationKind } | null;
}
export interface ReviseDraftArgs {
  actor: Actor;
  draft: CleanDraft;
  files: DraftFile[];
  keepFileIds: string[];
  note: string | null;
}
export interface SubmitArgs {
  actor: Actor;
  /** First submission only. */
  steps: CleanStep[] | null;
  note: string | null;
}
export interface CommentArgs {
  actor: Actor;
  comment: string | null;
}
export interface SignArgs extends CleanSign {
  actor: Actor;
}
export interface IssueArgs {
  actor: Actor;
  bookId: string | null;
}
export interface ReasonArgs {
  actor: Actor;
  reason: string;
}

export interface OutgoingState extends OutgoingView {
  signedAt: string | null;
  number: number | null;
  numberNotation: string | null;
  /** Internal recipients delivered so far (recipient id → incoming document id). */
  delivered: Record<string, string>;
}

export const createDraftUpdate = defineUpdate<OutgoingState, [CreateDraftArgs]>('createDraft');
export const reviseDraftUpdate = defineUpdate<OutgoingState, [ReviseDraftArgs]>('reviseDraft');
export const submitUpdate = defineUpdate<OutgoingState, [SubmitArgs]>('submit');
export const approveUpdate = defineUpdate<OutgoingState, [CommentArgs]>('approve');
export const returnUpdate = defineUpdate<OutgoingState, [CommentArgs]>('return');
export const signUpdate = defineUpdate<OutgoingState, [SignArgs]>('sign');
export const issueUpdate = defineUpdate<OutgoingState, [IssueArgs]>('issue');
export const recallUpdate = defineUpdate<OutgoingState, [ReasonArgs]>('recall');
export const cancelUpdate = defineUpdate<OutgoingState, [ReasonArgs]>('cancel');
/** A thay thế of this document was issued (its issue step marked it replaced): the workflow ends. */
export const replacedSignal = defineSignal<[{ byId: string }]>('replaced');
export const stateQuery = defineQuery<OutgoingState>('state');
