import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OutgoingView } from '../../../../workflows/src/outgoing-document/review-rules.ts';
import { OutgoingDocument, OutgoingReviewStep } from './outgoing.entity.ts';
import { outgoingNotFound, refused } from './outgoing.errors.ts';

export const toView = (d: OutgoingDocument, steps: readonly OutgoingReviewStep[]): OutgoingView => ({
  documentId: d.id,
  status: d.status,
  drafterId: d.drafterId,
  draftingUnitId: d.draftingUnitId,
  urgency: d.urgency,
  confidentiality: d.confidentiality,
  currentVersion: d.currentVersion,
  signedById: d.signedById ?? null,
  relatesToId: d.relatesToId ?? null,
  relationKind: d.relationKind ?? null,
  steps: [...steps]
    .sort((a, b) => a.position - b.position)
    .map((s) => ({
      id: s.id,
      position: s.position,
      kind: s.kind,
      reviewerId: s.reviewerId,
      status: s.status,
      workingDays: s.workingDays,
      activationId: s.activationId ?? null,
    })),
});

/** The document and its chain, locked for the step's transaction: two steps on one document run one after the other. */
export async function loadForUpdate(em: EntityManager, documentId: string): Promise<{ doc: OutgoingDocument; steps: OutgoingReviewStep[]; view: OutgoingView }> {
  const doc = await em.findOne(OutgoingDocument, documentId, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!doc) throw outgoingNotFound();
  const steps = await em.find(OutgoingReviewStep, { documentId }, { orderBy: { position: 'asc' } });
  return { doc, steps, view: toView(doc, steps) };
}

export async function currentView(em: EntityManager, documentId: string): Promise<OutgoingView> {
  const doc = await em.findOne(OutgoingDocument, documentId);
  if (!doc) throw outgoingNotFound();
  return toView(doc, await em.find(OutgoingReviewStep, { documentId }));
}

export function guard(r: { type: string; message: string } | null): void {
  if (r) throw refused(r);
}
