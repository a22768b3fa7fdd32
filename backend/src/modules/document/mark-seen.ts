import type { EntityManager } from '@mikro-orm/postgresql';
import { markSeenRefusal } from '../../../../workflows/src/incoming-document/distribution-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { toAssignmentView, type AssignmentView } from './assignment-view.ts';
import { enforce, loadPart } from './distribution-step.ts';

/** Đã xem: a để biết recipient (the person, or a member of the unit) says they have read it; once per part. */
export async function markSeen(opts: { em: EntityManager; stepKey: string; actor: Actor; assignmentId: string; now: Date }): Promise<AssignmentView[]> {
  return opts.em.transactional(async (em) => {
    const { a, doc } = await loadPart(em, opts.assignmentId);
    if (await stepDone(em, opts.stepKey)) return [toAssignmentView(a)];
    enforce(markSeenRefusal(opts.actor, toAssignmentView(a)));
    a.status = 'seen';
    a.completedAt = opts.now;
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'incoming_document',
      subjectId: doc.id,
      kind: 'assignment.seen',
      actorId: opts.actor.id,
      at: opts.now,
      data: { assignmentId: a.id, unitId: a.unitId, userId: a.assigneeId },
    });
    await em.flush();
    return [toAssignmentView(a)];
  });
}
