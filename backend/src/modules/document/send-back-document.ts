import type { EntityManager } from '@mikro-orm/postgresql';
import { sendBackRefusal } from '../../../../workflows/src/incoming-document/distribution-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { cancelOpenDeadlines } from '../deadline/set-deadline.ts';
import { enforce } from './distribution-step.ts';
import { IncomingDocument } from './document.entity.ts';
import { documentNotFound } from './document.errors.ts';

/**
 * Kết thúc – trả lại nơi gửi (Decree 30 art. 20: wrong addressee or competence): the văn thư ends a
 * document the leader returned by sending it back to its sender, with a reason. Final: its workflow ends.
 */
export async function sendBackDocument(opts: { em: EntityManager; documentId: string; stepKey: string; actor: Actor; reason: string; now: Date }): Promise<void> {
  await opts.em.transactional(async (em) => {
    if (await stepDone(em, opts.stepKey)) return;
    const doc = await em.findOne(IncomingDocument, opts.documentId);
    if (!doc) throw documentNotFound();
    enforce(sendBackRefusal(opts.actor, doc.status));
    doc.status = 'sent_back';
    doc.sentBackReason = opts.reason;
    doc.completedAt = opts.now;
    await cancelOpenDeadlines(em, { documentId: doc.id });
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'incoming_document',
      subjectId: doc.id,
      kind: 'document.sent_back',
      actorId: opts.actor.id,
      at: opts.now,
      data: { reason: opts.reason },
    });
    await em.flush();
  });
}
