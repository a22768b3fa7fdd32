import type { EntityManager } from '@mikro-orm/postgresql';
import { closeRefusal } from '../../../../workflows/src/incoming-document/distribution-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { cancelOpenDeadlines } from '../deadline/set-deadline.ts';
import { toAssignmentView, type AssignmentView } from './assignment-view.ts';
import { enforce } from './distribution-step.ts';
import { Assignment, IncomingDocument } from './document.entity.ts';
import { documentNotFound } from './document.errors.ts';

/**
 * The chủ trì closes the document once its part is done, with a closing note and, optionally, the
 * reply it names (số, ký hiệu of the outgoing document; a link once outgoing documents exist).
 * Parts still open (a phối hợp that never answered) are cancelled with their limits.
 */
export async function closeDocument(opts: {
  em: EntityManager;
  documentId: string;
  stepKey: string;
  actor: Actor;
  closingNote: string;
  replyReference: string | null;
  now: Date;
}): Promise<AssignmentView[]> {
  return opts.em.transactional(async (em) => {
    const doc = await em.findOne(IncomingDocument, opts.documentId);
    if (!doc) throw documentNotFound();
    const parts = await em.find(Assignment, { documentId: doc.id });
    if (await stepDone(em, opts.stepKey)) return parts.map(toAssignmentView);
    enforce(closeRefusal(opts.actor, parts.map(toAssignmentView), doc.status));
    for (const p of parts) {
      if (p.status === 'pending' || p.status === 'handling') {
        p.status = 'cancelled';
        p.completedAt = opts.now;
      }
    }
    await cancelOpenDeadlines(em, { documentId: doc.id });
    doc.status = 'completed';
    doc.completedAt = opts.now;
    doc.closingNote = opts.closingNote;
    doc.replyReference = opts.replyReference;
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'incoming_document',
      subjectId: doc.id,
      kind: 'document.completed',
      actorId: opts.actor.id,
      at: opts.now,
      data: { closingNote: opts.closingNote, replyReference: opts.replyReference },
    });
    await em.flush();
    return parts.map(toAssignmentView);
  });
}
