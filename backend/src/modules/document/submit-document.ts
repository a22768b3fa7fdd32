import type { EntityManager } from '@mikro-orm/postgresql';
import { submitRefusal } from '../../../../workflows/src/incoming-document/distribution-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { enforce } from './distribution-step.ts';
import { IncomingDocument } from './document.entity.ts';
import { documentNotFound } from './document.errors.ts';
import { closeSubmission } from './submission-deadline.ts';

/**
 * Trình (Decree 30 art. 23.1): the văn thư submits a registered document to the leaders. It awaits
 * direction from now on (the direction limit counts from here), and the submission limit is closed:
 * met or late records whether vào sổ and trình were on time.
 */
export async function submitDocument(opts: { em: EntityManager; documentId: string; stepKey: string; actor: Actor; note: string | null; now: Date }): Promise<{ submittedAt: string }> {
  return opts.em.transactional(async (em) => {
    const doc = await em.findOne(IncomingDocument, opts.documentId);
    if (!doc) throw documentNotFound();
    if (await stepDone(em, opts.stepKey)) return { submittedAt: doc.submittedAt!.toISOString() };
    enforce(submitRefusal(opts.actor, doc.status));
    doc.status = 'awaiting_direction';
    doc.submittedAt = opts.now;
    doc.submittedById = opts.actor.id;
    const limit = await closeSubmission(em, { documentId: doc.id, now: opts.now });
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'incoming_document',
      subjectId: doc.id,
      kind: 'document.submitted',
      actorId: opts.actor.id,
      at: opts.now,
      data: { note: opts.note, ...(limit ? { onTime: limit.status === 'met' } : {}) },
    });
    await em.flush();
    return { submittedAt: opts.now.toISOString() };
  });
}
