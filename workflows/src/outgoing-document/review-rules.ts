import type { Actor } from '../../../backend/src/shared/actor.ts';
import type { OutgoingStatus, RelationKind, ReviewStepKind, ReviewStepStatus } from '../../../backend/src/modules/outgoing/outgoing.entity.ts';

/**
 * Who may do what to an outgoing document, and when (Decree 30 art. 10–18): one pure file used by the
 * workflow's validators, the use cases (checked again in the transaction) and `myActions`.
 */

export interface StepView {
  id: string;
  position: number;
  kind: ReviewStepKind;
  reviewerId: string;
  status: ReviewStepStatus;
  workingDays: number;
  /** Changes each time the step becomes pending: the subject of that round's deadline. */
  activationId: string | null;
}

export interface OutgoingView {
  documentId: string;
  status: OutgoingStatus;
  drafterId: string;
  draftingUnitId: string;
  urgency: string;
  confidentiality: string;
  currentVersion: number;
  signedById: string | null;
  relatesToId: string | null;
  relationKind: RelationKind | null;
  steps: StepView[];
}

export interface Refusal {
  type: 'FORBIDDEN' | 'DOCUMENT_WRONG_STATE';
  message: string;
}

const forbidden = (message: string): Refusal => ({ type: 'FORBIDDEN', message });
const wrongState = (message: string): Refusal => ({ type: 'DOCUMENT_WRONG_STATE', message });
const has = (actor: Actor, ...roles: Actor['roles']) => roles.some((r) => actor.roles.includes(r));

export const OPEN_DRAFT: readonly OutgoingStatus[] = ['draft', 'returned'];
export const ENDED: readonly OutgoingStatus[] = ['recalled', 'replaced', 'cancelled'];
/** Roles that may sign (the chain's SIGN step): leaders, the chánh văn phòng, unit heads (TL.). */
export const SIGNER_ROLES = ['leader', 'office_chief', 'unit_head'] as const;

export const pendingStep = (v: Pick<OutgoingView, 'steps'>) => v.steps.find((s) => s.status === 'pending') ?? null;

/** Any signed-in staff member drafts (the administrator account does not). */
export const canDraft = (actor: Actor) => actor.roles.some((r) => r !== 'admin');

export function editRefusal(actor: Actor, v: OutgoingView): Refusal | null {
  if (actor.id !== v.drafterId) return forbidden('Chỉ người soạn thảo được sửa dự thảo.');
  if (!OPEN_DRAFT.includes(v.status)) return wrongState('Dự thảo đang được duyệt hoặc đã ký, không sửa được.');
  return null;
}

export function submitRefusal(actor: Actor, v: OutgoingView): Refusal | null {
  if (actor.id !== v.drafterId) return forbidden('Chỉ người soạn thảo được trình dự thảo.');
  if (!OPEN_DRAFT.includes(v.status)) return wrongState('Dự thảo đã được trình.');
  return null;
}

export function approveRefusal(actor: Actor, v: OutgoingView): Refusal | null {
  const step = pendingStep(v);
  if (!step || (v.status !== 'in_review' && v.status !== 'awaiting_signature')) return wrongState('Dự thảo không ở bước chờ duyệt.');
  if (step.reviewerId !== actor.id) return forbidden('Chỉ người được giao ở bước này được cho ý kiến.');
  if (step.kind === 'sign') return wrongState('Ở bước ký, người ký ký ban hành hoặc trả lại.');
  return null;
}

export function returnRefusal(actor: Actor, v: OutgoingView): Refusal | null {
  const step = pendingStep(v);
  if (!step || (v.status !== 'in_review' && v.status !== 'awaiting_signature')) return wrongState('Dự thảo không ở bước chờ duyệt.');
  if (step.reviewerId !== actor.id) return forbidden('Chỉ người được giao ở bước này được trả lại dự thảo.');
  return null;
}

export function signRefusal(actor: Actor, v: OutgoingView): Refusal | null {
  const step = pendingStep(v);
  if (v.status !== 'awaiting_signature' || !step || step.kind !== 'sign') return wrongState('Văn bản chưa đến bước ký hoặc đã được ký.');
  if (step.reviewerId !== actor.id) return forbidden('Chỉ người ký được giao mới ký văn bản này.');
  return null;
}

export function issueRefusal(actor: Actor, v: Pick<OutgoingView, 'status'>): Refusal | null {
  if (!has(actor, 'clerk')) return forbidden('Chỉ văn thư được cấp số và phát hành văn bản.');
  if (v.status === 'issued' || v.status === 'recalled' || v.status === 'replaced') return wrongState('Văn bản đã được cấp số, phát hành.');
  if (v.status !== 'signed') return wrongState('Văn bản chưa được ký, không phát hành được.');
  return null;
}

export function recallRefusal(actor: Actor, v: Pick<OutgoingView, 'status' | 'signedById'>): Refusal | null {
  if (actor.id !== v.signedById && !has(actor, 'leader', 'office_chief')) return forbidden('Chỉ người ký, lãnh đạo hoặc chánh văn phòng được thu hồi văn bản.');
  if (v.status !== 'issued') return wrongState('Chỉ thu hồi được văn bản đã phát hành.');
  return null;
}

export function cancelRefusal(actor: Actor, v: OutgoingView): Refusal | null {
  if (actor.id !== v.drafterId) return forbidden('Chỉ người soạn thảo được hủy dự thảo.');
  if (![...OPEN_DRAFT, 'in_review', 'awaiting_signature'].includes(v.status)) return wrongState('Văn bản đã ký hoặc đã kết thúc, không hủy được.');
  return null;
}

/** Đính chính / thay thế an issued document: its drafter, its drafting unit, leaders and the chánh văn phòng. */
export function relateRefusal(actor: Actor, v: Pick<OutgoingView, 'status' | 'drafterId' | 'draftingUnitId'>): Refusal | null {
  if (actor.id !== v.drafterId && actor.unitId !== v.draftingUnitId && !has(actor, 'leader', 'office_chief')) {
    return forbidden('Chỉ đơn vị soạn thảo hoặc lãnh đạo được đính chính, thay thế văn bản này.');
  }
  if (v.status !== 'issued') return wrongState('Chỉ đính chính, thay thế được văn bản đã phát hành.');
  return null;
}

/**
 * Where a resubmitted draft goes: back to the step that returned it; but when the future signer had
 * already approved it earlier in the chain, to the signer's first step — a change after the signer's
 * approval goes back to the signer (Decree 30 art. 11).
 */
export function resumePosition(steps: readonly StepView[]): number {
  const returned = steps.find((s) => s.status === 'returned');
  const from = returned ? returned.position : 0;
  const signer = steps.find((s) => s.kind === 'sign')?.reviewerId;
  const signerApproved = steps.find((s) => s.reviewerId === signer && s.status === 'approved' && s.position < from);
  return signerApproved ? signerApproved.position : from;
}

export type OutgoingAction = 'EDIT' | 'SUBMIT' | 'APPROVE' | 'RETURN' | 'SIGN' | 'ISSUE' | 'RECALL' | 'CORRECT' | 'REPLACE' | 'CANCEL';

export function outgoingActions(actor: Actor, v: OutgoingView): OutgoingAction[] {
  const out: OutgoingAction[] = [];
  if (!editRefusal(actor, v)) out.push('EDIT');
  if (!submitRefusal(actor, v)) out.push('SUBMIT');
  if (!approveRefusal(actor, v)) out.push('APPROVE');
  if (!returnRefusal(actor, v)) out.push('RETURN');
  if (!signRefusal(actor, v)) out.push('SIGN');
  if (!issueRefusal(actor, v)) out.push('ISSUE');
  if (!recallRefusal(actor, v)) out.push('RECALL');
  if (!relateRefusal(actor, v) && canDraft(actor)) out.push('CORRECT', 'REPLACE');
  if (!cancelRefusal(actor, v)) out.push('CANCEL');
  return out;
}
