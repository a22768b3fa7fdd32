import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { recallRefusal, type OutgoingView } from '../../../../workflows/src/outgoing-document/review-rules.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { findUnitHeads, listUsers } from '../org/list-org.ts';
import { OutgoingDocument, OutgoingRecipient } from './outgoing.entity.ts';
import { outgoingNotFound } from './outgoing.errors.ts';
import { describeOutgoing, notifyOutgoing } from './outgoing-notify.ts';
import { currentView, guard, loadForUpdate, toView } from './outgoing-view.ts';

/** Those to tell about a recall or replacement: the văn thư, and the heads of the internal units that received it. */
async function recipientsToTell(em: EntityManager, documentId: string): Promise<string[]> {
  const units = (await em.find(OutgoingRecipient, { documentId, kind: 'unit', incomingDocumentId: { $ne: null } })).map((r) => r.unitId!);
  const [clerks, heads] = await Promise.all([listUsers({ em, role: 'clerk' }), units.length ? findUnitHeads({ em, unitIds: units }) : []]);
  return [...clerks, ...heads].map((u) => u.id);
}

/**
 * Thu hồi (Decree 30 art. 18.4b; App. VI §8: freeze, keep the recall's metadata): the issued document is
 * recalled with the reason; every recipient row records it (their copies are read as recalled), and the
 * văn thư and the receiving units' heads are notified.
 */
export async function recallOutgoingDocument(opts: { em: EntityManager; documentId: string; stepKey: string; actor: Actor; reason: string; now: Date }): Promise<OutgoingView> {
  const { actor, now } = opts;
  return opts.em.transactional(async (em) => {
    if (await stepDone(em, opts.stepKey)) return currentView(em, opts.documentId);
    const { doc, steps, view } = await loadForUpdate(em, opts.documentId);
    guard(recallRefusal(actor, view));
    Object.assign(doc, { status: 'recalled', recalledAt: now, recalledById: actor.id, recallReason: opts.reason });
    await em.nativeUpdate(OutgoingRecipient, { documentId: doc.id }, { recalledAt: now });
    recordEvent(em, { stepKey: opts.stepKey, subjectType: 'outgoing_document', subjectId: doc.id, kind: 'outgoing.recalled', actorId: actor.id, at: now, data: { reason: opts.reason } });
    await notifyOutgoing(em, {
      stepKey: opts.stepKey,
      userIds: await recipientsToTell(em, doc.id),
      kind: 'outgoing.recalled',
      doc,
      title: 'Văn bản bị thu hồi',
      body: `${describeOutgoing(doc)} đã bị thu hồi: ${opts.reason}`,
      now,
    });
    await em.flush();
    return toView(doc, steps);
  });
}

/** A thay thế was issued: the old document is replaced, its recipients' copies with it, and they are told. Inside the issue's transaction. */
export async function markReplaced(em: EntityManager, opts: { oldId: string; by: OutgoingDocument; stepKey: string; now: Date }): Promise<void> {
  const old = await em.findOne(OutgoingDocument, opts.oldId);
  if (!old) throw outgoingNotFound();
  if (old.status !== 'issued') return;
  old.status = 'replaced';
  await em.nativeUpdate(OutgoingRecipient, { documentId: old.id }, { recalledAt: opts.now });
  recordEvent(em, {
    stepKey: `${opts.stepKey}:replaced`,
    subjectType: 'outgoing_document',
    subjectId: old.id,
    kind: 'outgoing.replaced',
    actorId: opts.by.issuedById ?? null,
    at: opts.now,
    data: { replacedById: opts.by.id, numberNotation: opts.by.numberNotation },
  });
  await notifyOutgoing(em, {
    stepKey: `${opts.stepKey}:replaced`,
    userIds: await recipientsToTell(em, old.id),
    kind: 'outgoing.replaced',
    doc: old,
    title: 'Văn bản được thay thế',
    body: `${describeOutgoing(old)} được thay thế bởi văn bản ${opts.by.numberNotation}.`,
    now: opts.now,
  });
}

/**
 * A recipient unit's copy to freeze once its source was recalled or replaced, with the reason its holders read;
 * null while the source is still in force or the unit never received it.
 */
export async function recalledCopy(em: EntityManager, opts: { outgoingId: string; recipientId: string }): Promise<{ documentId: string; reason: string } | null> {
  const doc = await em.findOne(OutgoingDocument, opts.outgoingId);
  const recipient = await em.findOne(OutgoingRecipient, opts.recipientId);
  if (!doc || !recipient?.incomingDocumentId) return null;
  if (doc.status === 'recalled') return { documentId: recipient.incomingDocumentId, reason: doc.recallReason ?? '' };
  if (doc.status !== 'replaced') return null;
  const by = await em.findOne(OutgoingDocument, { relatesToId: doc.id, relationKind: 'replacement', numberNotation: { $ne: null } }, { orderBy: { issuedAt: 'desc' } });
  return { documentId: recipient.incomingDocumentId, reason: `Văn bản được thay thế bởi văn bản số ${by?.numberNotation ?? 'khác'}.` };
}
