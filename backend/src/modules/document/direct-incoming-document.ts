import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { DomainError } from '../../shared/errors.ts';
import { endOfVnDay } from '../../shared/dates.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { closeDeadline } from '../deadline/set-deadline.ts';
import { notifyNewAssignees } from '../notification/notify-assignees.ts';
import { Unit, User } from '../org/org.entity.ts';
import { forbidden } from '../org/org.errors.ts';
import { toAssignmentView, type AssignmentView } from './assignment-view.ts';
import { Assignment, IncomingDocument, type AssignmentRole } from './document.entity.ts';
import { DocumentErrorCode, documentNotFound, wrongState } from './document.errors.ts';
import type { CleanAssignee } from './validate-incoming.ts';

export interface DirectionCommand {
  direction: string;
  lead: CleanAssignee;
  coordinators: CleanAssignee[];
  readers: CleanAssignee[];
  /** Ids chosen by the workflow, so a retry creates the same rows instead of new ones. */
  assignmentIds: string[];
}

export const canDirect = (actor: Actor) => actor.roles.includes('leader') || actor.roles.includes('office_chief');

/**
 * Ý kiến chỉ đạo (Decree 30 art. 23): the leader's direction with a chủ trì, phối hợp and để biết,
 * each with a deadline. A unit gets a unit-level assignment its head splits; a person handles it directly.
 */
export async function directIncomingDocument(opts: {
  em: EntityManager;
  documentId: string;
  stepKey: string;
  actor: Actor;
  command: DirectionCommand;
  now: Date;
}): Promise<AssignmentView[]> {
  const { documentId, actor, command, now } = opts;
  return opts.em.transactional(async (em) => {
    if (await stepDone(em, opts.stepKey)) {
      return (await em.find(Assignment, { id: { $in: command.assignmentIds } })).map(toAssignmentView);
    }
    if (!canDirect(actor)) throw forbidden('cho ý kiến chỉ đạo văn bản');
    const doc = await em.findOne(IncomingDocument, documentId);
    if (!doc) throw documentNotFound();
    if (doc.status !== 'awaiting_direction') throw wrongState('Văn bản không ở trạng thái chờ cho ý kiến chỉ đạo.');

    const entries: Array<{ role: AssignmentRole; a: CleanAssignee; field: string }> = [
      { role: 'lead', a: command.lead, field: 'lead' },
      ...command.coordinators.map((a, i) => ({ role: 'coordinate' as const, a, field: `coordinators.${i}` })),
      ...command.readers.map((a, i) => ({ role: 'inform' as const, a, field: `readers.${i}` })),
    ];
    const unitIds = entries.flatMap((e) => (e.a.unitId ? [e.a.unitId] : []));
    const userIds = entries.flatMap((e) => (e.a.userId ? [e.a.userId] : []));
    const units = new Set((await em.find(Unit, { id: { $in: unitIds } })).map((u) => u.id));
    const users = new Set((await em.find(User, { id: { $in: userIds }, active: true })).map((u) => u.id));
    for (const e of entries) {
      if (e.a.unitId && !units.has(e.a.unitId)) {
        throw new DomainError(DocumentErrorCode.InvalidAssignee, 'Không tìm thấy đơn vị được chọn.', `${e.field}.unitId`);
      }
      if (e.a.userId && !users.has(e.a.userId)) {
        throw new DomainError(DocumentErrorCode.InvalidAssignee, 'Không tìm thấy người được chọn.', `${e.field}.userId`);
      }
    }

    const created = entries.map((e, i) =>
      em.create(Assignment, {
        id: command.assignmentIds[i]!,
        documentId,
        parentId: null,
        role: e.role,
        unitId: e.a.unitId,
        assigneeId: e.a.userId,
        deadline: e.a.deadline ? endOfVnDay(e.a.deadline) : null,
        status: e.role === 'inform' ? 'unseen' : e.a.userId ? 'handling' : 'pending',
        resultNote: null,
        assignedById: actor.id,
        assignedAt: now,
        completedAt: null,
      }),
    );
    await closeDeadline(em, { subjectId: documentId, kind: 'direction', at: now });
    doc.direction = command.direction;
    doc.directedById = actor.id;
    doc.directedAt = now;
    doc.status = 'in_progress';
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'incoming_document',
      subjectId: documentId,
      kind: 'document.directed',
      actorId: actor.id,
      at: now,
      data: {
        direction: command.direction,
        assignments: created.map((a) => ({ role: a.role, unitId: a.unitId, userId: a.assigneeId, deadline: a.deadline })),
      },
    });
    await notifyNewAssignees(em, { stepKey: opts.stepKey, documentId, parts: created, how: 'directed', actorId: actor.id, now });
    await em.flush();
    return created.map(toAssignmentView);
  });
}
