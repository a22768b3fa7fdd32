import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { DomainError, InputError } from '../../shared/errors.ts';
import { endOfVnDay } from '../../shared/dates.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { notifyNewAssignees } from '../notification/notify-assignees.ts';
import { User } from '../org/org.entity.ts';
import { forbidden } from '../org/org.errors.ts';
import { toAssignmentView, type AssignmentView } from './assignment-view.ts';
import { Assignment } from './document.entity.ts';
import { assignmentNotFound, DocumentErrorCode, wrongState } from './document.errors.ts';

export const canAssignHandler = (actor: Actor, a: { unitId: string | null; assigneeId: string | null; status: string }) =>
  actor.roles.includes('unit_head') && a.unitId === actor.unitId && a.assigneeId === null && a.status === 'pending';

/** The unit head hands the unit's part to one of their specialists (Phiếu giải quyết, part 2). */
export async function assignHandler(opts: {
  em: EntityManager;
  stepKey: string;
  actor: Actor;
  assignmentId: string;
  childId: string;
  userId: string;
  deadline: string;
  now: Date;
}): Promise<AssignmentView[]> {
  const { actor, now } = opts;
  return opts.em.transactional(async (em) => {
    if (await stepDone(em, opts.stepKey)) {
      return (await em.find(Assignment, { id: { $in: [opts.assignmentId, opts.childId] } })).map(toAssignmentView);
    }
    const parent = await em.findOne(Assignment, opts.assignmentId);
    if (!parent || parent.role === 'inform' || !parent.unitId || parent.assigneeId) throw assignmentNotFound();
    if (!actor.roles.includes('unit_head') || parent.unitId !== actor.unitId) throw forbidden('phân công xử lý cho đơn vị này');
    if (parent.status !== 'pending') throw wrongState('Phần việc này đã được phân công.');
    const handler = await em.findOne(User, { id: opts.userId, active: true });
    if (!handler || handler.unitId !== parent.unitId) {
      throw new DomainError(DocumentErrorCode.InvalidAssignee, 'Người xử lý phải là cán bộ của đơn vị.', 'userId');
    }
    const deadline = endOfVnDay(opts.deadline);
    if (parent.deadline && deadline > parent.deadline) {
      throw new InputError([{ field: 'deadline', code: 'AFTER_PARENT', message: 'Hạn xử lý không được sau hạn của đơn vị.' }]);
    }
    const child = em.create(Assignment, {
      id: opts.childId,
      documentId: parent.documentId,
      parentId: parent.id,
      role: parent.role,
      unitId: parent.unitId,
      assigneeId: handler.id,
      deadline,
      status: 'handling',
      resultNote: null,
      assignedById: actor.id,
      assignedAt: now,
      completedAt: null,
    });
    parent.status = 'handling';
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'incoming_document',
      subjectId: parent.documentId,
      kind: 'assignment.handler_assigned',
      actorId: actor.id,
      at: now,
      data: { assignmentId: child.id, role: child.role, unitId: child.unitId, userId: handler.id, deadline },
    });
    await notifyNewAssignees(em, { stepKey: opts.stepKey, documentId: parent.documentId, parts: [child], how: 'handler_assigned', actorId: actor.id, now });
    await em.flush();
    return [toAssignmentView(parent), toAssignmentView(child)];
  });
}
