import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { cancelRefusal, type OutgoingView } from '../../../../workflows/src/outgoing-document/review-rules.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { cancelOpenDeadlines } from '../deadline/set-deadline.ts';
import { currentView, guard, loadForUpdate, toView } from './outgoing-view.ts';

/** Hủy dự thảo: the drafter gives up a document not yet signed; an open review limit is no longer followed. */
export async function cancelOutgoingDraft(opts: { em: EntityManager; documentId: string; stepKey: string; actor: Actor; reason: string; now: Date }): Promise<OutgoingView> {
  return opts.em.transactional(async (em) => {
    if (await stepDone(em, opts.stepKey)) return currentView(em, opts.documentId);
    const { doc, steps, view } = await loadForUpdate(em, opts.documentId);
    guard(cancelRefusal(opts.actor, view));
    doc.status = 'cancelled';
    for (const s of steps) if (s.status === 'pending') s.status = 'waiting';
    await cancelOpenDeadlines(em, { documentId: doc.id });
    recordEvent(em, { stepKey: opts.stepKey, subjectType: 'outgoing_document', subjectId: doc.id, kind: 'outgoing.cancelled', actorId: opts.actor.id, at: opts.now, data: { reason: opts.reason } });
    await em.flush();
    return toView(doc, steps);
  });
}
