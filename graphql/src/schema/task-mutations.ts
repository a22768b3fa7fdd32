import { checkUploads, type Upload } from '../../../backend/src/modules/file/check-uploads.ts';
import type { StoredFileRef } from '../../../backend/src/modules/file/file-store.ts';
import { checkTaskParties } from '../../../backend/src/modules/task/create-task.ts';
import { getTask } from '../../../backend/src/modules/task/get-task.ts';
import { checkProposedDueDate } from '../../../backend/src/modules/task/request-task-extension.ts';
import { resolveDue } from '../../../backend/src/modules/task/task-due.ts';
import { TaskExtension, TaskFile, type Task } from '../../../backend/src/modules/task/task.entity.ts';
import { enforce, extensionNotFound, fieldError, taskNotFound } from '../../../backend/src/modules/task/task.errors.ts';
import { ruleViewOf } from '../../../backend/src/modules/task/task-step.ts';
import {
  validateEvaluation,
  validateExtensionDecision,
  validateExtensionRequest,
  validateNudge,
  validateReport,
  validateResult,
  validateTask,
  validateTaskId,
  validateTaskReason,
  type TaskInput,
} from '../../../backend/src/modules/task/validate-task.ts';
import type { Actor } from '../../../backend/src/shared/actor.ts';
import { vnToday } from '../../../backend/src/shared/dates.ts';
import { isUuid } from '../../../backend/src/shared/ids.ts';
import {
  acceptRefusal,
  cancelRefusal,
  createSubtaskRefusal,
  decideExtensionRefusal,
  evaluateRefusal,
  nudgeRefusal,
  refuseRefusal,
  reportRefusal,
  requestExtensionRefusal,
  submitRefusal,
  type Refusal,
  type TaskRuleView,
} from '../../../workflows/src/task/task-rules.ts';
import { requireActor } from '../auth.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { mutationErrors } from './errors.ts';
import { TaskPriorityEnum, TaskRef, TaskReportFrequencyEnum, TaskSourceTypeEnum } from './task.ts';

/*
 * The task steps. Each mutation checks its fields, then reads the task and applies the same rule the
 * workflow's validator will (so a closed task answers with the rule's message even after its workflow
 * ended), stores the files, and asks the task's workflow, which refuses again before anything is recorded.
 */

const str = (v: string | number | null | undefined) => (v == null ? null : String(v));

const PartyInput = builder.inputType('TaskPartyInput', { fields: (t) => ({ unitId: t.id(), userId: t.id() }) });
const CreateTaskInput = builder.inputType('CreateTaskInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    content: t.string(),
    priority: t.field({ type: TaskPriorityEnum, defaultValue: 'normal' }),
    sourceType: t.field({ type: TaskSourceTypeEnum, defaultValue: 'none' }),
    sourceDocumentId: t.id({ description: 'Required for DOCUMENT' }),
    meetingName: t.string({ description: 'Required for MEETING' }),
    meetingDate: t.field({ type: 'Date' }),
    lead: t.field({ type: PartyInput, required: true }),
    coordinators: t.field({ type: [PartyInput], required: true, defaultValue: [] }),
    dueDate: t.field({ type: 'Date', description: 'Exactly one of dueDate (not in the past) / dueInWorkingDays (1–365)' }),
    dueInWorkingDays: t.int(),
    reportFrequency: t.field({ type: TaskReportFrequencyEnum, defaultValue: 'none' }),
    reportWeekday: t.int({ description: '1–7, required for WEEKLY' }),
    reportMonthDay: t.int({ description: '1–31, required for MONTHLY' }),
  }),
});
const CreateSubtaskInput = builder.inputType('CreateSubtaskInput', {
  description: 'The unit head of the chủ trì unit splits the task: a person of the unit leads each subtask',
  fields: (t) => ({
    parentId: t.id({ required: true }),
    title: t.string({ required: true }),
    content: t.string(),
    priority: t.field({ type: TaskPriorityEnum, defaultValue: 'normal' }),
    leadUserId: t.id({ required: true }),
    coordinatorUserIds: t.idList({ required: true, defaultValue: [] }),
    dueDate: t.field({ type: 'Date', description: 'Exactly one; not after the parent’s hạn hoàn thành' }),
    dueInWorkingDays: t.int(),
    reportFrequency: t.field({ type: TaskReportFrequencyEnum, defaultValue: 'none' }),
    reportWeekday: t.int(),
    reportMonthDay: t.int(),
  }),
});
const ReasonInput = builder.inputType('TaskReasonInput', { fields: (t) => ({ taskId: t.id({ required: true }), reason: t.string({ required: true }) }) });
const ReportInput = builder.inputType('ReportTaskProgressInput', {
  fields: (t) => ({ taskId: t.id({ required: true }), percent: t.int({ required: true, description: '0–100' }), text: t.string({ required: true }) }),
});
const RequestExtensionInput = builder.inputType('RequestTaskExtensionInput', {
  fields: (t) => ({
    taskId: t.id({ required: true }),
    newDueDate: t.field({ type: 'Date', required: true, description: 'Later than the current hạn hoàn thành (and, for a subtask, not after the parent’s)' }),
    reason: t.string({ required: true }),
  }),
});
const DecideExtensionInput = builder.inputType('DecideTaskExtensionInput', {
  fields: (t) => ({ extensionId: t.id({ required: true }), note: t.string({ description: 'Optional note when approving; required reason when refusing' }) }),
});
const SubmitResultInput = builder.inputType('SubmitTaskResultInput', { fields: (t) => ({ taskId: t.id({ required: true }), resultText: t.string({ required: true }) }) });
const EvaluationDecisionEnum = builder.enumType('TaskEvaluationDecision', {
  values: {
    ACCEPT: { value: 'accept', description: 'Đạt: done (on time or late by the deadline at submission)' },
    REOPEN: { value: 'reopen', description: 'Chưa đạt: back to in progress, with a reason' },
  } as const,
});
const EvaluateInput = builder.inputType('EvaluateTaskInput', {
  fields: (t) => ({
    taskId: t.id({ required: true }),
    decision: t.field({ type: EvaluationDecisionEnum, required: true }),
    rating: t.int({ description: '1–5, optional, ACCEPT only' }),
    note: t.string({ description: 'Optional comment on ACCEPT; required reason on REOPEN' }),
  }),
});
const NudgeInput = builder.inputType('NudgeTaskInput', { fields: (t) => ({ taskId: t.id({ required: true }), message: t.string({ description: 'Optional message to the chủ trì' }) }) });

const readUploads = (list: readonly File[] | null | undefined): Promise<Upload[]> =>
  Promise.all((list ?? []).map(async (file, i) => ({ field: `files.${i}`, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));

/** Checks the files by content and the per-task limit, then stores them (content-addressed): after every other check. */
async function storeFiles(ctx: Context, list: readonly File[] | null | undefined, taskId: string | null): Promise<StoredFileRef[]> {
  if (!list?.length) return [];
  const existing = taskId ? await ctx.em.count(TaskFile, { taskId }) : 0;
  const checked = checkUploads(await readUploads(list), { ...ctx.services.config.upload, existing });
  return Promise.all(checked.map((u) => ctx.services.files.put(u)));
}

/** The task the user may see, with the rule of the step checked against its rows. */
async function taskFor(ctx: Context, actor: Actor, id: string, rule: (actor: Actor, t: TaskRuleView) => Refusal): Promise<Task> {
  const task = await getTask({ em: ctx.em, actor, id });
  if (!task) throw taskNotFound();
  enforce(rule(actor, await ruleViewOf(ctx.em, task)));
  return task;
}

const reload = async (ctx: Context, id: string): Promise<Task> => {
  ctx.em.clear();
  const task = await getTask({ em: ctx.em, actor: requireActor(ctx), id });
  if (!task) throw taskNotFound();
  return task;
};

async function prepareTask(ctx: Context, actor: Actor, raw: TaskInput) {
  const input = validateTask(raw, vnToday());
  const due = await resolveDue(ctx.em, input, new Date());
  if (due.dueDate < vnToday()) throw fieldError('dueDate', 'IN_PAST', 'Hạn hoàn thành không được trước ngày hôm nay.');
  await checkTaskParties(ctx.em, actor, input, due);
  return input;
}

type MutationFieldBuilder = Parameters<Parameters<typeof builder.mutationFields>[0]>[0];

/** Approve or refuse the pending extension request: the assigner, named by the request's id. */
const decideExtension = (t: MutationFieldBuilder, how: 'approve' | 'refuse') =>
  t.field({
    type: TaskRef,
    errors: mutationErrors,
    description: how === 'approve' ? 'The assigner; the deadline moves and so do the reminders' : 'The assigner; note = reason, required',
    args: { input: t.arg({ type: DecideExtensionInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const clean = validateExtensionDecision({ extensionId: String(input.extensionId), note: input.note }, how === 'approve');
      const ext = isUuid(clean.extensionId) ? await ctx.em.findOne(TaskExtension, clean.extensionId) : null;
      if (!ext || !(await getTask({ em: ctx.em, actor, id: ext.taskId }))) throw extensionNotFound();
      await taskFor(ctx, actor, ext.taskId, decideExtensionRefusal);
      if (ext.status !== 'pending') throw extensionNotFound();
      const args = { actor, extensionId: ext.id, note: clean.note };
      await (how === 'approve' ? ctx.services.tasks.approveExtension(ext.taskId, args) : ctx.services.tasks.refuseExtension(ext.taskId, args));
      return reload(ctx, ext.taskId);
    },
  });

builder.mutationFields((t) => ({
  createTask: t.field({
    type: TaskRef,
    errors: mutationErrors,
    description: 'Leaders, chánh văn phòng (any unit/person); unit heads (people of their unit). Starts workflow task/<id>',
    args: { input: t.arg({ type: CreateTaskInput, required: true }), files: t.arg({ type: ['File'] }) },
    resolve: async (_, { input, files }, ctx) => {
      const actor = requireActor(ctx);
      const clean = await prepareTask(ctx, actor, {
        ...input,
        parentId: null,
        sourceDocumentId: str(input.sourceDocumentId),
        lead: { unitId: str(input.lead.unitId), userId: str(input.lead.userId) },
        coordinators: input.coordinators.map((p) => ({ unitId: str(p.unitId), userId: str(p.userId) })),
      });
      const stored = await storeFiles(ctx, files, null);
      const { taskId } = await ctx.services.tasks.create({ actor, input: clean, files: stored });
      return reload(ctx, taskId);
    },
  }),
  acceptTask: t.field({
    type: TaskRef,
    errors: mutationErrors,
    description: 'Chủ trì (the person, or a head of the chủ trì unit), while AWAITING_ACCEPTANCE',
    args: { taskId: t.arg.id({ required: true }) },
    resolve: async (_, args, ctx) => {
      const actor = requireActor(ctx);
      const taskId = validateTaskId(String(args.taskId));
      await taskFor(ctx, actor, taskId, acceptRefusal);
      await ctx.services.tasks.accept(taskId, { actor });
      return reload(ctx, taskId);
    },
  }),
  refuseTask: t.field({
    type: TaskRef,
    errors: mutationErrors,
    description: 'Chủ trì, while AWAITING_ACCEPTANCE: status REFUSED, back to the assigner',
    args: { input: t.arg({ type: ReasonInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const { taskId, reason } = validateTaskReason({ taskId: String(input.taskId), reason: input.reason }, 'lý do từ chối');
      await taskFor(ctx, actor, taskId, refuseRefusal);
      await ctx.services.tasks.refuse(taskId, { actor, reason });
      return reload(ctx, taskId);
    },
  }),
  createSubtask: t.field({
    type: TaskRef,
    errors: mutationErrors,
    description: 'A head of the chủ trì unit, while IN_PROGRESS; answers with the new subtask (its parent field is the task)',
    args: { input: t.arg({ type: CreateSubtaskInput, required: true }), files: t.arg({ type: ['File'] }) },
    resolve: async (_, { input, files }, ctx) => {
      const actor = requireActor(ctx);
      const parentId = validateTaskId(String(input.parentId), 'parentId');
      await taskFor(ctx, actor, parentId, createSubtaskRefusal);
      const clean = await prepareTask(ctx, actor, {
        ...input,
        parentId,
        sourceType: 'none',
        lead: { userId: String(input.leadUserId) },
        coordinators: input.coordinatorUserIds.map((id) => ({ userId: String(id) })),
      });
      const stored = await storeFiles(ctx, files, null);
      const { subtaskId } = await ctx.services.tasks.createSubtask(parentId, { actor, input: clean, files: stored });
      return reload(ctx, subtaskId);
    },
  }),
  reportTaskProgress: t.field({
    type: TaskRef,
    errors: mutationErrors,
    description: 'Chủ trì, while IN_PROGRESS',
    args: { input: t.arg({ type: ReportInput, required: true }), files: t.arg({ type: ['File'] }) },
    resolve: async (_, { input, files }, ctx) => {
      const actor = requireActor(ctx);
      const clean = validateReport({ taskId: String(input.taskId), percent: input.percent, text: input.text });
      await taskFor(ctx, actor, clean.taskId, reportRefusal);
      const stored = await storeFiles(ctx, files, clean.taskId);
      await ctx.services.tasks.reportProgress(clean.taskId, { actor, percent: clean.percent, text: clean.text, files: stored });
      return reload(ctx, clean.taskId);
    },
  }),
  requestTaskExtension: t.field({
    type: TaskRef,
    errors: mutationErrors,
    description: 'Chủ trì, while IN_PROGRESS, no other request pending',
    args: { input: t.arg({ type: RequestExtensionInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const clean = validateExtensionRequest({ taskId: String(input.taskId), newDueDate: input.newDueDate, reason: input.reason }, vnToday());
      const task = await taskFor(ctx, actor, clean.taskId, requestExtensionRefusal);
      await checkProposedDueDate(ctx.em, task, clean.newDueDate);
      await ctx.services.tasks.requestExtension(clean.taskId, { actor, newDueDate: clean.newDueDate, reason: clean.reason });
      return reload(ctx, clean.taskId);
    },
  }),
  approveTaskExtension: decideExtension(t, 'approve'),
  refuseTaskExtension: decideExtension(t, 'refuse'),
  submitTaskResult: t.field({
    type: TaskRef,
    errors: mutationErrors,
    description: 'Chủ trì, while IN_PROGRESS and every subtask ended',
    args: { input: t.arg({ type: SubmitResultInput, required: true }), files: t.arg({ type: ['File'] }) },
    resolve: async (_, { input, files }, ctx) => {
      const actor = requireActor(ctx);
      const clean = validateResult({ taskId: String(input.taskId), resultText: input.resultText });
      await taskFor(ctx, actor, clean.taskId, submitRefusal);
      const stored = await storeFiles(ctx, files, clean.taskId);
      await ctx.services.tasks.submitResult(clean.taskId, { actor, resultText: clean.resultText, files: stored });
      return reload(ctx, clean.taskId);
    },
  }),
  evaluateTask: t.field({
    type: TaskRef,
    errors: mutationErrors,
    description: 'The assigner, while AWAITING_EVALUATION',
    args: { input: t.arg({ type: EvaluateInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const clean = validateEvaluation({ taskId: String(input.taskId), decision: input.decision, rating: input.rating, note: input.note });
      await taskFor(ctx, actor, clean.taskId, evaluateRefusal);
      await ctx.services.tasks.evaluate(clean.taskId, { actor, decision: clean.decision, rating: clean.rating, note: clean.note });
      return reload(ctx, clean.taskId);
    },
  }),
  cancelTask: t.field({
    type: TaskRef,
    errors: mutationErrors,
    description: 'The assigner, while open; open subtasks are cancelled too',
    args: { input: t.arg({ type: ReasonInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const { taskId, reason } = validateTaskReason({ taskId: String(input.taskId), reason: input.reason }, 'lý do hủy');
      await taskFor(ctx, actor, taskId, cancelRefusal);
      await ctx.services.tasks.cancel(taskId, { actor, reason });
      return reload(ctx, taskId);
    },
  }),
  nudgeTask: t.field({
    type: TaskRef,
    errors: mutationErrors,
    description: 'Đôn đốc: the assigner, while open; a notification to the chủ trì',
    args: { input: t.arg({ type: NudgeInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const clean = validateNudge({ taskId: String(input.taskId), message: input.message });
      await taskFor(ctx, actor, clean.taskId, nudgeRefusal);
      await ctx.services.tasks.nudge(clean.taskId, { actor, message: clean.message });
      return reload(ctx, clean.taskId);
    },
  }),
}));
