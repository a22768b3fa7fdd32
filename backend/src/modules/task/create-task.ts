import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assignsAgencyWide, canAssignTasks, createSubtaskRefusal } from '../../../../workflows/src/task/task-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import { formatViDate } from '../../shared/dates.ts';
import { DomainError } from '../../shared/errors.ts';
import { stepDone } from '../audit/record-event.ts';
import { IncomingDocument } from '../document/document.entity.ts';
import type { StoredFileRef } from '../file/file-store.ts';
import { Unit, User } from '../org/org.entity.ts';
import { forbidden } from '../org/org.errors.ts';
import { resolveDue } from './task-due.ts';
import { Task, TaskCoordinator } from './task.entity.ts';
import { enforce, fieldError, TaskErrorCode } from './task.errors.ts';
import { coordinatorPeople, describeTask, insertTaskFiles, leadDoers, loadTask, notifyTask, ruleViewOf, snapshotOf, taskEvent } from './task-step.ts';
import type { CleanParty, CleanTaskInput } from './validate-task.ts';
import type { TaskSnapshot } from './task-view.ts';

/**
 * Who the task may name, checked against the rows: the chủ trì and the phối hợp exist and are active;
 * a unit head names only people of their unit; a subtask's chủ trì is a person of the parent's chủ trì
 * unit and its deadline is not after the parent's. Also run at the edge before the workflow is asked.
 */
export async function checkTaskParties(em: EntityManager, actor: Actor, input: CleanTaskInput, due: { dueDate: string }): Promise<{ holderUnitId: string; parent: Task | null }> {
  if (!canAssignTasks(actor)) throw forbidden('giao nhiệm vụ');
  let parent: Task | null = null;
  let scopeUnitId: string | null = assignsAgencyWide(actor) ? null : actor.unitId;
  if (input.parentId) {
    parent = await loadTask(em, input.parentId, 'parentId');
    enforce(createSubtaskRefusal(actor, await ruleViewOf(em, parent)));
    scopeUnitId = parent.leadUnitId!;
    if (!input.lead.userId) throw fieldError('lead', 'PERSON_REQUIRED', 'Nhiệm vụ con giao cho một cán bộ của đơn vị.');
    if (due.dueDate > parent.dueDate) {
      throw fieldError(
        input.dueInWorkingDays ? 'dueInWorkingDays' : 'dueDate',
        'AFTER_PARENT_DEADLINE',
        `Hạn hoàn thành của nhiệm vụ con (${formatViDate(due.dueDate)}) không được sau hạn của nhiệm vụ cha (${formatViDate(parent.dueDate)}).`,
      );
    }
  }
  const parties: Array<[string, CleanParty]> = [['lead', input.lead], ...input.coordinators.map((p, i): [string, CleanParty] => [`coordinators.${i}`, p])];
  const userIds = parties.flatMap(([, p]) => (p.userId ? [p.userId] : []));
  const unitIds = parties.flatMap(([, p]) => (p.unitId ? [p.unitId] : []));
  const [users, units] = await Promise.all([
    userIds.length ? em.find(User, { id: { $in: userIds }, active: true }) : [],
    unitIds.length ? em.find(Unit, { id: { $in: unitIds } }) : [],
  ]);
  for (const [field, p] of parties) {
    const user = p.userId ? users.find((u) => u.id === p.userId) : undefined;
    if (p.userId && !user) throw fieldError(field, 'NOT_FOUND', 'Không tìm thấy cán bộ được chọn.');
    if (p.unitId && !units.some((u) => u.id === p.unitId)) throw fieldError(field, 'NOT_FOUND', 'Không tìm thấy đơn vị được chọn.');
    if (scopeUnitId && (p.unitId || user!.unitId !== scopeUnitId)) {
      throw fieldError(field, 'OUTSIDE_UNIT', input.parentId ? 'Nhiệm vụ con chỉ giao cho cán bộ của đơn vị chủ trì.' : 'Trưởng đơn vị chỉ giao nhiệm vụ cho cán bộ trong đơn vị mình.');
    }
  }
  if (input.sourceDocumentId && !(await em.count(IncomingDocument, { id: input.sourceDocumentId }))) {
    throw new DomainError(TaskErrorCode.SourceNotFound, 'Không tìm thấy văn bản nguồn.', 'sourceDocumentId');
  }
  const holderUnitId = input.lead.unitId ?? users.find((u) => u.id === input.lead.userId)!.unitId;
  return { holderUnitId, parent };
}

/**
 * Giao việc: the task, its phối hợp, its files, the timeline event and the notifications, in one
 * transaction. A subtask is the same step run by its parent's workflow. A retried step answers with
 * the task it created.
 */
export async function createTask(opts: {
  em: EntityManager;
  taskId: string;
  stepKey: string;
  actor: Actor;
  input: CleanTaskInput;
  files: StoredFileRef[];
  now: Date;
}): Promise<TaskSnapshot> {
  const { actor, input, now, taskId } = opts;
  return opts.em.transactional(async (em) => {
    if (await stepDone(em, opts.stepKey)) return snapshotOf(em, await loadTask(em, taskId));
    const due = await resolveDue(em, input, now);
    if (due.dueDate < new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10)) {
      throw fieldError('dueDate', 'IN_PAST', 'Hạn hoàn thành không được trước ngày hôm nay.');
    }
    const { holderUnitId, parent } = await checkTaskParties(em, actor, input, due);
    const task = em.create(Task, {
      id: taskId,
      parentId: parent?.id ?? null,
      title: input.title,
      content: input.content,
      priority: input.priority,
      sourceType: parent ? parent.sourceType : input.sourceType,
      sourceDocumentId: parent ? (parent.sourceDocumentId ?? null) : input.sourceDocumentId,
      meetingName: parent ? (parent.meetingName ?? null) : input.meetingName,
      meetingDate: parent ? (parent.meetingDate ?? null) : input.meetingDate,
      assignedById: actor.id,
      assignedAt: now,
      leadUnitId: input.lead.unitId,
      leadUserId: input.lead.userId,
      leadHolderUnitId: holderUnitId,
      dueDate: due.dueDate,
      dueAt: due.dueAt,
      dueInWorkingDays: input.dueInWorkingDays,
      status: 'awaiting_acceptance',
      progress: 0,
      reportFrequency: input.reportFrequency,
      reportWeekday: input.reportWeekday,
      reportMonthDay: input.reportMonthDay,
      acceptedAt: null,
      submittedAt: null,
      resultText: null,
      completedAt: null,
      completedOnTime: null,
      rating: null,
      evaluationNote: null,
      statusReason: null,
      createdAt: now,
    });
    // Children reference the task row: it goes in first.
    await em.flush();
    input.coordinators.forEach((p) =>
      em.create(TaskCoordinator, { id: randomUUID(), taskId, unitId: p.unitId, userId: p.userId }),
    );
    insertTaskFiles(em, { taskId, purpose: 'task', files: opts.files, uploadedById: actor.id, now });
    const data = {
      title: input.title,
      lead: input.lead,
      coordinators: input.coordinators,
      dueDate: due.dueDate,
      dueInWorkingDays: input.dueInWorkingDays,
      files: opts.files.map((f) => ({ id: f.fileId, fileName: f.fileName })),
      ...(parent ? { parentId: parent.id } : {}),
    };
    taskEvent(em, { stepKey: opts.stepKey, taskId, kind: 'task.created', actorId: actor.id, at: now, data });
    if (parent) {
      taskEvent(em, { stepKey: `${opts.stepKey}:parent`, taskId: parent.id, kind: 'task.subtask_created', actorId: actor.id, at: now, data: { subtaskId: taskId, ...data } });
    }
    await em.flush();
    const [doers, coordinators] = await Promise.all([leadDoers(em, task), coordinatorPeople(em, taskId)]);
    await notifyTask(em, {
      stepKey: `${opts.stepKey}:lead`,
      taskId,
      kind: 'task.assigned',
      userIds: doers,
      title: 'Được giao nhiệm vụ (chủ trì)',
      body: `${describeTask(task)}. Vui lòng tiếp nhận hoặc từ chối.`,
      now,
    });
    await notifyTask(em, {
      stepKey: `${opts.stepKey}:coordinate`,
      taskId,
      kind: 'task.assigned',
      userIds: coordinators.filter((id) => !doers.includes(id)),
      title: 'Được giao phối hợp thực hiện nhiệm vụ',
      body: `${describeTask(task)}.`,
      now,
    });
    return snapshotOf(em, task);
  });
}
