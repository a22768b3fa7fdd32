import type { EntityManager } from '@mikro-orm/postgresql';
import { addAssigneeRefusal, reassignRefusal } from '../../../../workflows/src/incoming-document/distribution-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import { DomainError, InputError } from '../../shared/errors.ts';
import { endOfVnDay } from '../../shared/dates.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { notifyNewAssignees } from '../notification/notify-assignees.ts';
import { Unit, User } from '../org/org.entity.ts';
import { toAssignmentView, type AssignmentView } from './assignment-view.ts';
import { endPart, enforce, loadPart, viewsOf } from './distribution-step.ts';
import { Assignment, IncomingDocument } from './document.entity.ts';
import { DocumentErrorCode, documentNotFound } from './document.errors.ts';
import type { CleanAssignee } from './validate-incoming.ts';

async function checkAssignee(em: EntityManager, to: CleanAssignee, sameUnit: string | null): Promise<void> {
  if (to.userId) {
    const u = await em.findOne(User, { id: to.userId, active: true });
    if (!u) throw new DomainError(DocumentErrorCode.InvalidAssignee, 'Không tìm thấy người được chọn.', 'userId');
    if (sameUnit && u.unitId !== sameUnit) throw new DomainError(DocumentErrorCode.InvalidAssignee, 'Người xử lý phải là cán bộ của đơn vị.', 'userId');
  } else if (!to.unitId || !(await em.findOne(Unit, to.unitId))) {
    throw new DomainError(DocumentErrorCode.InvalidAssignee, 'Không tìm thấy đơn vị được chọn.', 'unitId');
  }
}

/** Nobody holds two open parts of the same document at the leader's level. */
async function checkNotHolding(em: EntityManager, documentId: string, to: CleanAssignee): Promise<void> {
  const open = await em.find(Assignment, { documentId, parentId: null, status: { $in: ['pending', 'handling', 'unseen', 'seen'] } });
  if (open.some((o) => (to.userId ? o.assigneeId === to.userId : !o.assigneeId && o.unitId === to.unitId))) {
    throw new DomainError(DocumentErrorCode.InvalidAssignee, 'Đơn vị, người này đang được giao một phần việc của văn bản.', to.userId ? 'userId' : 'unitId');
  }
}

/**
 * Chuyển tiếp: the old part ends as reassigned (its open person-level parts cancelled, its limit
 * no longer followed) and a new one of the same role starts with its own limit. The leaders move a
 * leader-level part to another unit or person; the unit head moves a specialist's part to another
 * specialist of the unit, within the unit's limit.
 */
export async function reassignAssignment(opts: {
  em: EntityManager;
  stepKey: string;
  actor: Actor;
  assignmentId: string;
  newId: string;
  to: CleanAssignee;
  reason: string;
  now: Date;
}): Promise<AssignmentView[]> {
  return opts.em.transactional(async (em) => {
    const { a, doc } = await loadPart(em, opts.assignmentId);
    if (await stepDone(em, opts.stepKey)) return viewsOf(em, [a.id, opts.newId]);
    enforce(reassignRefusal(opts.actor, toAssignmentView(a), doc.status));
    const parent = a.parentId ? await em.findOne(Assignment, a.parentId) : null;
    if (parent && !opts.to.userId) throw new InputError([{ field: 'userId', code: 'REQUIRED', message: 'Vui lòng chọn chuyên viên xử lý.' }]);
    await checkAssignee(em, opts.to, parent ? parent.unitId! : null);
    if (!parent) await checkNotHolding(em, doc.id, opts.to);
    if (parent && opts.to.userId === a.assigneeId) throw new DomainError(DocumentErrorCode.InvalidAssignee, 'Hãy chọn một chuyên viên khác.', 'userId');
    const deadline = opts.to.deadline ? endOfVnDay(opts.to.deadline) : a.deadline ?? null;
    if (parent?.deadline && deadline && deadline > parent.deadline) {
      throw new InputError([{ field: 'deadline', code: 'AFTER_PARENT', message: 'Hạn xử lý không được sau hạn của đơn vị.' }]);
    }
    const ended = await endPart(em, a, 'reassigned', opts.reason, opts.now);
    const next = em.create(Assignment, {
      id: opts.newId,
      documentId: doc.id,
      parentId: a.parentId ?? null,
      role: a.role,
      unitId: parent ? parent.unitId : opts.to.unitId,
      assigneeId: opts.to.userId,
      deadline,
      status: opts.to.userId ? 'handling' : 'pending',
      resultNote: null,
      statusReason: null,
      assignedById: opts.actor.id,
      assignedAt: opts.now,
      completedAt: null,
    });
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'incoming_document',
      subjectId: doc.id,
      kind: 'assignment.reassigned',
      actorId: opts.actor.id,
      at: opts.now,
      data: {
        assignmentId: a.id,
        newAssignmentId: next.id,
        role: a.role,
        from: { unitId: a.unitId, userId: a.assigneeId },
        to: { unitId: next.unitId, userId: next.assigneeId },
        deadline,
        reason: opts.reason,
      },
    });
    await notifyNewAssignees(em, { stepKey: opts.stepKey, documentId: doc.id, parts: [next], how: 'reassigned', actorId: opts.actor.id, now: opts.now });
    await em.flush();
    return [...ended, next].map(toAssignmentView);
  });
}

/** The leaders add a phối hợp (with its limit) or để biết unit or person after the direction. */
export async function addAssignee(opts: {
  em: EntityManager;
  documentId: string;
  stepKey: string;
  actor: Actor;
  newId: string;
  role: 'coordinate' | 'inform';
  to: CleanAssignee;
  now: Date;
}): Promise<AssignmentView[]> {
  return opts.em.transactional(async (em) => {
    if (await stepDone(em, opts.stepKey)) return viewsOf(em, [opts.newId]);
    const doc = await em.findOne(IncomingDocument, opts.documentId);
    if (!doc) throw documentNotFound();
    enforce(addAssigneeRefusal(opts.actor, doc.status));
    await checkAssignee(em, opts.to, null);
    await checkNotHolding(em, doc.id, opts.to);
    const a = em.create(Assignment, {
      id: opts.newId,
      documentId: doc.id,
      parentId: null,
      role: opts.role,
      unitId: opts.to.unitId,
      assigneeId: opts.to.userId,
      deadline: opts.role === 'inform' || !opts.to.deadline ? null : endOfVnDay(opts.to.deadline),
      status: opts.role === 'inform' ? 'unseen' : opts.to.userId ? 'handling' : 'pending',
      resultNote: null,
      statusReason: null,
      assignedById: opts.actor.id,
      assignedAt: opts.now,
      completedAt: null,
    });
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'incoming_document',
      subjectId: doc.id,
      kind: 'assignment.added',
      actorId: opts.actor.id,
      at: opts.now,
      data: { assignmentId: a.id, role: a.role, unitId: a.unitId, userId: a.assigneeId, deadline: a.deadline },
    });
    await notifyNewAssignees(em, { stepKey: opts.stepKey, documentId: doc.id, parts: [a], how: 'added', actorId: opts.actor.id, now: opts.now });
    await em.flush();
    return [toAssignmentView(a)];
  });
}
