import type { EntityManager } from '@mikro-orm/postgresql';
import { resubmitRefusal, returnDocumentRefusal } from '../../../../workflows/src/incoming-document/distribution-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { Deadline } from '../deadline/deadline.entity.ts';
import { enforce } from './distribution-step.ts';
import { IncomingDocument } from './document.entity.ts';
import { documentNotFound } from './document.errors.ts';

/**
 * Trả lại văn bản (Decree 30 art. 20: wrong addressee or competence): the leader gives a document
 * awaiting direction back to the văn thư with a reason. Its direction limit is no longer followed.
 */
export async function returnDocument(opts: { em: EntityManager; documentId: string; stepKey: string; actor: Actor; reason: string; now: Date }): Promise<void> {
  await opts.em.transactional(async (em) => {
    if (await stepDone(em, opts.stepKey)) return;
    const doc = await em.findOne(IncomingDocument, opts.documentId);
    if (!doc) throw documentNotFound();
    enforce(returnDocumentRefusal(opts.actor, doc.status));
    doc.status = 'returned';
    doc.returnReason = opts.reason;
    const d = await em.findOne(Deadline, { subjectId: doc.id, kind: 'direction' });
    if (d && (d.status === 'pending' || d.status === 'overdue')) d.status = 'cancelled';
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'incoming_document',
      subjectId: doc.id,
      kind: 'document.returned',
      actorId: opts.actor.id,
      at: opts.now,
      data: { reason: opts.reason },
    });
    await em.flush();
  });
}

/**
 * The văn thư submits a returned document again (corrected, or to another leader): it awaits
 * direction anew, with a new direction limit counted from now (the workflow records it; the old
 * cancelled row goes, the timeline keeps its history).
 */
export async function resubmitDocument(opts: { em: EntityManager; documentId: string; stepKey: string; actor: Actor; note: string | null; now: Date }): Promise<void> {
  await opts.em.transactional(async (em) => {
    if (await stepDone(em, opts.stepKey)) return;
    const doc = await em.findOne(IncomingDocument, opts.documentId);
    if (!doc) throw documentNotFound();
    enforce(resubmitRefusal(opts.actor, doc.status));
    doc.status = 'awaiting_direction';
    await em.nativeDelete(Deadline, { subjectId: doc.id, kind: 'direction' });
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'incoming_document',
      subjectId: doc.id,
      kind: 'document.resubmitted',
      actorId: opts.actor.id,
      at: opts.now,
      data: { note: opts.note },
    });
    await em.flush();
  });
}
