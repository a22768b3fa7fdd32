import type { EntityManager } from '@mikro-orm/postgresql';
import { returnAssignmentRefusal, withdrawRefusal } from '../../../../workflows/src/incoming-document/distribution-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { toAssignmentView, type AssignmentView } from './assignment-view.ts';
import { endPart, enforce, loadPart, viewsOf } from './distribution-step.ts';
import { Assignment } from './document.entity.ts';

const touched = async (em: EntityManager, a: Assignment) => [a.id, ...(a.parentId ? [a.parentId] : []), ...(await em.find(Assignment, { parentId: a.id })).map((c) => c.id)];

/**
 * Trả lại phần việc: a specialist gives their part back to the unit head (the unit's part is
 * pending again, its limit still running); a unit head gives the unit's part back to the leader,
 * and a person the leader named gives theirs back (the part ends as returned; the leader moves it).
 */
export async function returnAssignment(opts: { em: EntityManager; stepKey: string; actor: Actor; assignmentId: string; reason: string; now: Date }): Promise<AssignmentView[]> {
  return opts.em.transactional(async (em) => {
    const { a, doc } = await loadPart(em, opts.assignmentId);
    if (await stepDone(em, opts.stepKey)) return viewsOf(em, await touched(em, a));
    enforce(returnAssignmentRefusal(opts.actor, toAssignmentView(a), doc.status));
    const rows = await endPart(em, a, 'returned', opts.reason, opts.now);
    const parent = a.parentId ? await em.findOne(Assignment, a.parentId) : null;
    if (parent && parent.status === 'handling') parent.status = 'pending';
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'incoming_document',
      subjectId: doc.id,
      kind: 'assignment.returned',
      actorId: opts.actor.id,
      at: opts.now,
      data: { assignmentId: a.id, role: a.role, unitId: a.unitId, userId: a.assigneeId, toParent: a.parentId !== null, reason: opts.reason },
    });
    await em.flush();
    return [...rows, ...(parent ? [parent] : [])].map(toAssignmentView);
  });
}

/**
 * Thu hồi: whoever gave a part takes it back with a reason (a phối hợp or để biết part by the
 * leaders — removing a coordinator; a specialist's part by the unit head, whose unit part is pending again).
 */
export async function withdrawAssignment(opts: { em: EntityManager; stepKey: string; actor: Actor; assignmentId: string; reason: string; now: Date }): Promise<AssignmentView[]> {
  return opts.em.transactional(async (em) => {
    const { a, doc } = await loadPart(em, opts.assignmentId);
    if (await stepDone(em, opts.stepKey)) return viewsOf(em, await touched(em, a));
    enforce(withdrawRefusal(opts.actor, toAssignmentView(a), doc.status));
    const rows = await endPart(em, a, 'withdrawn', opts.reason, opts.now);
    const parent = a.parentId ? await em.findOne(Assignment, a.parentId) : null;
    if (parent && parent.status === 'handling') parent.status = 'pending';
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'incoming_document',
      subjectId: doc.id,
      kind: 'assignment.withdrawn',
      actorId: opts.actor.id,
      at: opts.now,
      data: { assignmentId: a.id, role: a.role, unitId: a.unitId, userId: a.assigneeId, reason: opts.reason },
    });
    await em.flush();
    return [...rows, ...(parent ? [parent] : [])].map(toAssignmentView);
  });
}
