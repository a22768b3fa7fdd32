import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { approveRefusal, pendingStep, returnRefusal, type OutgoingView } from '../../../../workflows/src/outgoing-document/review-rules.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { closeDeadline } from '../deadline/set-deadline.ts';
import { describeOutgoing, notifyOutgoing } from './outgoing-notify.ts';
import { currentView, guard, loadForUpdate, toView } from './outgoing-view.ts';

/**
 * Duyệt: the pending review or format-check step is approved (with an optional comment) and the chain
 * moves to the next step, whose reviewer is notified. The step's deadline is closed, in time or late.
 */
export async function approveOutgoingStep(opts: {
  em: EntityManager;
  documentId: string;
  stepKey: string;
  actor: Actor;
  comment: string | null;
  nextActivationId: string;
  now: Date;
}): Promise<OutgoingView> {
  const { actor, now } = opts;
  return opts.em.transactional(async (em) => {
    if (await stepDone(em, opts.stepKey)) return currentView(em, opts.documentId);
    const { doc, steps, view } = await loadForUpdate(em, opts.documentId);
    guard(approveRefusal(actor, view));
    const step = steps.find((s) => s.id === pendingStep(view)!.id)!;
    Object.assign(step, { status: 'approved', actedAt: now, comment: opts.comment, versionNumber: doc.currentVersion });
    if (step.activationId) await closeDeadline(em, { subjectId: step.activationId, kind: 'outgoing_review', at: now });
    const next = steps.find((s) => s.position === step.position + 1)!;
    next.status = 'pending';
    next.activationId = opts.nextActivationId;
    doc.status = next.kind === 'sign' ? 'awaiting_signature' : 'in_review';
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'outgoing_document',
      subjectId: doc.id,
      kind: 'outgoing.approved',
      actorId: actor.id,
      at: now,
      data: { stepKind: step.kind, position: step.position, version: doc.currentVersion, ...(opts.comment ? { comment: opts.comment } : {}), to: next.reviewerId },
    });
    await notifyOutgoing(em, {
      stepKey: opts.stepKey,
      userIds: [next.reviewerId],
      kind: 'outgoing.to_review',
      doc,
      title: next.kind === 'sign' ? 'Văn bản chờ ký' : 'Dự thảo chờ cho ý kiến',
      body: `${describeOutgoing(doc)} (phiên bản ${doc.currentVersion}).`,
      now,
    });
    await em.flush();
    return toView(doc, steps);
  });
}

/** Trả lại: the reviewer (or the signer) sends the draft back to the drafter with the reason; the drafter is notified. */
export async function returnOutgoingDraft(opts: { em: EntityManager; documentId: string; stepKey: string; actor: Actor; comment: string; now: Date }): Promise<OutgoingView> {
  const { actor, now } = opts;
  return opts.em.transactional(async (em) => {
    if (await stepDone(em, opts.stepKey)) return currentView(em, opts.documentId);
    const { doc, steps, view } = await loadForUpdate(em, opts.documentId);
    guard(returnRefusal(actor, view));
    const step = steps.find((s) => s.id === pendingStep(view)!.id)!;
    Object.assign(step, { status: 'returned', actedAt: now, comment: opts.comment, versionNumber: doc.currentVersion });
    if (step.activationId) await closeDeadline(em, { subjectId: step.activationId, kind: 'outgoing_review', at: now });
    doc.status = 'returned';
    doc.returnReason = opts.comment;
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'outgoing_document',
      subjectId: doc.id,
      kind: 'outgoing.returned',
      actorId: actor.id,
      at: now,
      data: { stepKind: step.kind, position: step.position, version: doc.currentVersion, reason: opts.comment },
    });
    await notifyOutgoing(em, {
      stepKey: opts.stepKey,
      userIds: [doc.drafterId],
      kind: 'outgoing.returned',
      doc,
      title: 'Dự thảo bị trả lại',
      body: `${describeOutgoing(doc)}: ${opts.comment}`,
      now,
    });
    await em.flush();
    return toView(doc, steps);
  });
}
