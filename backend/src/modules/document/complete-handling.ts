import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { closeDeadline } from '../deadline/set-deadline.ts';
import { forbidden } from '../org/org.errors.ts';
import { toAssignmentView, type AssignmentView } from './assignment-view.ts';
import { Assignment, IncomingDocument } from './document.entity.ts';
import { assignmentNotFound, documentNotFound, wrongState } from './document.errors.ts';

export const canCompleteHandling = (actor: Actor, a: { assigneeId: string | null; status: string }) =>
  a.assigneeId === actor.id && a.status === 'handling';

/**
 * The handler records the result (Phiếu giải quyết, part 3); a specialist's completes the unit's
 * part too. The document stays in progress: the chủ trì closes it (close-document.ts). Documents
 * completed by this step before that rule keep `documentCompleted` in their histories.
 */
export async function completeHandling(opts: {
  em: EntityManager;
  stepKey: string;
  actor: Actor;
  assignmentId: string;
  resultNote: string;
  now: Date;
}): Promise<{ assignments: AssignmentView[]; documentCompleted: boolean }> {
  const { actor, now } = opts;
  return opts.em.transactional(async (em) => {
    const a = await em.findOne(Assignment, opts.assignmentId);
    if (!a) throw assignmentNotFound();
    const parent = a.parentId ? await em.findOne(Assignment, a.parentId) : null;
    const doc = await em.findOne(IncomingDocument, a.documentId);
    if (!doc) throw documentNotFound();
    const result = () => ({
      assignments: [a, ...(parent ? [parent] : [])].map(toAssignmentView),
      documentCompleted: doc.status === 'completed',
    });
    if (await stepDone(em, opts.stepKey)) return result();
    if (a.assigneeId !== actor.id) throw forbidden('hoàn thành phần việc của người khác');
    if (a.status !== 'handling') throw wrongState('Phần việc này không ở trạng thái đang xử lý.');

    for (const row of parent ? [a, parent] : [a]) {
      row.status = 'done';
      row.resultNote = opts.resultNote;
      row.completedAt = now;
      // On time or late: the person's own hạn xử lý, and the unit's it completes.
      await closeDeadline(em, { subjectId: row.id, kind: 'assignment', at: now });
    }
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'incoming_document',
      subjectId: doc.id,
      kind: 'assignment.completed',
      actorId: actor.id,
      at: now,
      data: { assignmentId: a.id, role: a.role, unitId: a.unitId, resultNote: opts.resultNote },
    });
    await em.flush();
    return result();
  });
}
