import type { AuditEvent } from '../../../backend/src/modules/audit/audit.entity.ts';
import { getIncomingDocument } from '../../../backend/src/modules/document/get-incoming-document.ts';
import { Unit, User } from '../../../backend/src/modules/org/org.entity.ts';
import { getTask, listTasksOfDocument } from '../../../backend/src/modules/task/get-task.ts';
import { countTasks, listTasks, taskCursor, validateTaskFilter, type TaskListFilter, type TaskScope } from '../../../backend/src/modules/task/list-tasks.ts';
import { DASHBOARD_TOP_PEOPLE, getTaskDashboard, validateDashboardPeriod, type StatusCounts, type TaskDashboard } from '../../../backend/src/modules/task/task-dashboard.ts';
import { Task, type TaskExtension, type TaskFile, type TaskReport } from '../../../backend/src/modules/task/task.entity.ts';
import { viewStatusOf } from '../../../backend/src/modules/task/task-status.ts';
import { DomainError, InputError } from '../../../backend/src/shared/errors.ts';
import { nextReportDate, vnDateOf } from '../../../workflows/src/task/task-deadlines.ts';
import { isOpen, taskActions, type TaskRuleView } from '../../../workflows/src/task/task-rules.ts';
import { GraphQLError } from 'graphql';
import { requireActor, requireActorForQuery } from '../auth.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { IncomingDocumentRef, PageInfoRef } from './incoming-document.ts';
import { mutationErrors } from './errors.ts';
import { taskLoaders } from './task-loaders.ts';
import { summarizeTaskEvent } from './task-timeline.ts';

/* Tasks (giao việc, theo dõi, đôn đốc): the types and the queries. Mutations are in task-mutations.ts. */

export const TaskStatusEnum = builder.enumType('TaskStatus', {
  description: 'Internal state of a task (the workflow’s state)',
  values: {
    AWAITING_ACCEPTANCE: { value: 'awaiting_acceptance', description: 'Chờ tiếp nhận' },
    IN_PROGRESS: { value: 'in_progress', description: 'Đang thực hiện' },
    AWAITING_EVALUATION: { value: 'awaiting_evaluation', description: 'Chờ đánh giá: the result was submitted' },
    DONE: { value: 'done', description: 'Hoàn thành (accepted by the assigner)' },
    REFUSED: { value: 'refused', description: 'Bị từ chối (by the chủ trì, with a reason)' },
    CANCELLED: { value: 'cancelled', description: 'Đã hủy (by the assigner, with a reason)' },
  } as const,
});
export const TaskViewStatusEnum = builder.enumType('TaskViewStatus', {
  description: 'The six statuses of views, filters and the dashboard',
  values: {
    IN_PROGRESS_ON_TIME: { value: 'in_progress_on_time', description: 'Đang thực hiện trong hạn' },
    IN_PROGRESS_OVERDUE: { value: 'in_progress_overdue', description: 'Đang thực hiện quá hạn (chờ đánh giá: by the submission time)' },
    DONE_ON_TIME: { value: 'done_on_time', description: 'Hoàn thành đúng hạn' },
    DONE_LATE: { value: 'done_late', description: 'Hoàn thành quá hạn' },
    REFUSED: { value: 'refused', description: 'Bị từ chối' },
    CANCELLED: { value: 'cancelled', description: 'Đã hủy' },
  } as const,
});
export const TaskPriorityEnum = builder.enumType('TaskPriority', {
  description: 'Độ ưu tiên',
  values: { LOW: { value: 'low' }, NORMAL: { value: 'normal' }, HIGH: { value: 'high' }, URGENT: { value: 'urgent' } } as const,
});
export const TaskSourceTypeEnum = builder.enumType('TaskSourceType', {
  description: 'Nguồn giao việc',
  values: {
    NONE: { value: 'none', description: 'Không có (tự giao)' },
    DOCUMENT: { value: 'document', description: 'Từ văn bản đến' },
    MEETING: { value: 'meeting', description: 'Từ kết luận cuộc họp' },
  } as const,
});
export const TaskReportFrequencyEnum = builder.enumType('TaskReportFrequency', {
  description: 'Báo cáo tiến độ định kỳ',
  values: { NONE: { value: 'none' }, WEEKLY: { value: 'weekly' }, MONTHLY: { value: 'monthly' } } as const,
});
const TaskExtensionStatusEnum = builder.enumType('TaskExtensionStatus', {
  values: { PENDING: { value: 'pending' }, APPROVED: { value: 'approved' }, REFUSED: { value: 'refused' } } as const,
});
const TaskActionEnum = builder.enumType('TaskAction', {
  description: 'What the current user may do on a task now (buttons to show)',
  values: {
    ACCEPT: {},
    REFUSE: {},
    CREATE_SUBTASK: {},
    REPORT_PROGRESS: {},
    REQUEST_EXTENSION: {},
    DECIDE_EXTENSION: { description: 'Approve or refuse the pending extension request' },
    SUBMIT_RESULT: {},
    EVALUATE: {},
    CANCEL: {},
    NUDGE: {},
  } as const,
});
const TaskScopeEnum = builder.enumType('TaskScope', {
  values: {
    MINE: { value: 'mine', description: 'Việc của tôi: chủ trì (the person, or a head of the unit) or phối hợp' },
    ASSIGNED_BY_ME: { value: 'assigned_by_me', description: 'Việc tôi giao' },
    UNIT: { value: 'unit', description: 'Việc của đơn vị (filter.unitId; default my unit): chủ trì or phối hợp is the unit or one of its people' },
    ALL: { value: 'all', description: 'Tất cả (leaders, chánh văn phòng only)' },
  } as const,
});

type Party = { unitId: string | null; userId: string | null };
const TaskPartyRef = builder.objectRef<Party>('TaskParty').implement({
  description: 'A chủ trì or phối hợp: a unit or a person',
  fields: (t) => ({
    unit: t.field({ type: Unit, nullable: true, resolve: (p, _, ctx) => (p.unitId ? ctx.loaders.unit.load(p.unitId) : null) }),
    user: t.field({ type: User, nullable: true, resolve: (p, _, ctx) => (p.userId ? ctx.loaders.user.load(p.userId) : null) }),
  }),
});

const TaskSourceRef = builder.objectRef<Task>('TaskSource').implement({
  fields: (t) => ({
    type: t.field({ type: TaskSourceTypeEnum, resolve: (s) => s.sourceType }),
    document: t.field({
      type: IncomingDocumentRef,
      nullable: true,
      description: 'The incoming document, when type = DOCUMENT and the user may see it (page /incoming/<id>)',
      resolve: (s, _, ctx) => (s.sourceDocumentId && ctx.actor ? getIncomingDocument({ em: ctx.em, actor: ctx.actor, id: s.sourceDocumentId }) : null),
    }),
    documentId: t.id({ nullable: true, resolve: (s) => s.sourceDocumentId ?? null }),
    meetingName: t.string({ nullable: true, description: 'Tên cuộc họp, when type = MEETING', resolve: (s) => s.meetingName ?? null }),
    meetingDate: t.field({ type: 'Date', nullable: true, resolve: (s) => s.meetingDate ?? null }),
  }),
});

const TaskReportScheduleRef = builder.objectRef<Task>('TaskReportSchedule').implement({
  fields: (t) => ({
    frequency: t.field({ type: TaskReportFrequencyEnum, resolve: (s) => s.reportFrequency }),
    weekday: t.int({ nullable: true, description: 'ISO weekday 1 = Monday … 7 = Sunday (WEEKLY)', resolve: (s) => s.reportWeekday ?? null }),
    monthDay: t.int({ nullable: true, description: 'Day of month 1–31, clamped to the month’s last day (MONTHLY)', resolve: (s) => s.reportMonthDay ?? null }),
    nextDueDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'The next report date (Vietnam date) while the task is in progress',
      resolve: (s) =>
        s.status === 'in_progress'
          ? nextReportDate({ frequency: s.reportFrequency, weekday: s.reportWeekday ?? null, monthDay: s.reportMonthDay ?? null }, vnDateOf(Date.now() - 86_400_000))
          : null,
    }),
  }),
});

const TaskFileRef = builder.objectRef<TaskFile>('TaskFile').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    fileName: t.exposeString('fileName'),
    mimeType: t.exposeString('mimeType'),
    size: t.exposeInt('size'),
    sha256: t.exposeString('sha256'),
    uploadedBy: t.field({ type: User, resolve: async (f, _, ctx) => (await ctx.loaders.user.load(f.uploadedById))! }),
    createdAt: t.field({ type: 'DateTime', resolve: (f) => f.createdAt }),
    url: t.string({ description: 'Same-origin URL (session cookie): inline preview; ?download to download', resolve: (f) => `/task-files/${f.id}` }),
  }),
});

const TaskReportRef = builder.objectRef<TaskReport>('TaskReport').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    reportedBy: t.field({ type: User, resolve: async (r, _, ctx) => (await ctx.loaders.user.load(r.reportedById))! }),
    at: t.field({ type: 'DateTime', resolve: (r) => r.at }),
    percent: t.exposeInt('percent', { description: '0–100' }),
    text: t.exposeString('text'),
    files: t.field({ type: [TaskFileRef], resolve: async (r, _, ctx) => (await taskLoaders(ctx).files.load(r.taskId)).filter((f) => f.reportId === r.id) }),
  }),
});

const TaskExtensionRef = builder.objectRef<TaskExtension>('TaskExtension').implement({
  description: 'Xin gia hạn',
  fields: (t) => ({
    id: t.exposeID('id'),
    requestedBy: t.field({ type: User, resolve: async (e, _, ctx) => (await ctx.loaders.user.load(e.requestedById))! }),
    requestedAt: t.field({ type: 'DateTime', resolve: (e) => e.requestedAt }),
    previousDueDate: t.field({ type: 'Date', description: 'The deadline when it was asked for', resolve: (e) => e.previousDueDate }),
    proposedDueDate: t.field({ type: 'Date', resolve: (e) => e.proposedDueDate }),
    reason: t.exposeString('reason'),
    status: t.field({ type: TaskExtensionStatusEnum, resolve: (e) => e.status }),
    decidedBy: t.field({ type: User, nullable: true, resolve: (e, _, ctx) => (e.decidedById ? ctx.loaders.user.load(e.decidedById) : null) }),
    decidedAt: t.field({ type: 'DateTime', nullable: true, resolve: (e) => e.decidedAt ?? null }),
    decisionNote: t.string({ nullable: true, description: 'The assigner’s note (approval) or reason (refusal)', resolve: (e) => e.decisionNote ?? null }),
  }),
});

const TaskEventRef = builder.objectRef<AuditEvent>('TaskEvent').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind'),
    at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
    actor: t.field({ type: User, nullable: true, resolve: (e, _, ctx) => (e.actorId ? ctx.loaders.user.load(e.actorId) : null) }),
    summary: t.string({ description: 'One Vietnamese sentence', resolve: (e, _, ctx) => summarizeTaskEvent(e, ctx) }),
  }),
});

type SubtaskProgress = { total: number; done: number; averagePercent: number };
const SubtaskProgressRef = builder.objectRef<SubtaskProgress>('SubtaskProgress').implement({
  fields: (t) => ({
    total: t.exposeInt('total'),
    done: t.exposeInt('done', { description: 'Subtasks accepted as done' }),
    averagePercent: t.exposeInt('averagePercent', { description: 'Average progress % of the subtasks not refused or cancelled (0 when none)' }),
  }),
});

async function ruleView(t: Task, ctx: Context): Promise<TaskRuleView> {
  const l = taskLoaders(ctx);
  const [extensions, subtasks] = await Promise.all([l.extensions.load(t.id), l.subtasks.load(t.id)]);
  return {
    status: t.status,
    assignedById: t.assignedById,
    leadUnitId: t.leadUnitId ?? null,
    leadUserId: t.leadUserId ?? null,
    parentId: t.parentId ?? null,
    hasPendingExtension: extensions.some((e) => e.status === 'pending'),
    openSubtasks: subtasks.filter((s) => isOpen(s.status)).length,
  };
}

/** A related task is shown only to those who may see it. */
const visible = async (ctx: Context, t: Task | null) => (t && ctx.actor && (await getTask({ em: ctx.em, actor: ctx.actor, id: t.id })) ? t : null);

export const TaskRef = builder.objectType(Task, {
  name: 'Task',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    content: t.string({ nullable: true, resolve: (x) => x.content ?? null }),
    priority: t.field({ type: TaskPriorityEnum, resolve: (x) => x.priority }),
    source: t.field({ type: TaskSourceRef, resolve: (x) => x }),
    assignedBy: t.field({ type: User, resolve: async (x, _, ctx) => (await ctx.loaders.user.load(x.assignedById))! }),
    assignedAt: t.field({ type: 'DateTime', resolve: (x) => x.assignedAt }),
    lead: t.field({ type: TaskPartyRef, description: 'Chủ trì: exactly one of unit / user is set', resolve: (x) => ({ unitId: x.leadUnitId ?? null, userId: x.leadUserId ?? null }) }),
    coordinators: t.field({
      type: [TaskPartyRef],
      description: 'Phối hợp',
      resolve: async (x, _, ctx) => (await taskLoaders(ctx).coordinators.load(x.id)).map((c) => ({ unitId: c.unitId ?? null, userId: c.userId ?? null })),
    }),
    dueDate: t.field({ type: 'Date', description: 'Hạn hoàn thành (the limit is the end of that day’s office hours)', resolve: (x) => x.dueDate }),
    dueAt: t.field({ type: 'DateTime', description: 'The limit as an instant (end of office hours of dueDate, next working day’s if a day off)', resolve: (x) => x.dueAt }),
    dueInWorkingDays: t.int({ nullable: true, description: 'Given as N working days at creation (null: given as a date)', resolve: (x) => x.dueInWorkingDays ?? null }),
    status: t.field({ type: TaskStatusEnum, resolve: (x) => x.status }),
    viewStatus: t.field({ type: TaskViewStatusEnum, resolve: (x) => viewStatusOf(x, new Date()) }),
    overdue: t.boolean({ description: 'Open and past dueAt now', resolve: (x) => isOpen(x.status) && x.submittedAt == null && Date.now() > x.dueAt.getTime() }),
    progress: t.exposeInt('progress', { description: 'Last reported percentage (100 once accepted as done)' }),
    reportSchedule: t.field({ type: TaskReportScheduleRef, resolve: (x) => x }),
    acceptedAt: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.acceptedAt ?? null }),
    submittedAt: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.submittedAt ?? null }),
    resultText: t.string({ nullable: true, resolve: (x) => x.resultText ?? null }),
    resultFiles: t.field({ type: [TaskFileRef], resolve: async (x, _, ctx) => (await taskLoaders(ctx).files.load(x.id)).filter((f) => f.purpose === 'result') }),
    completedAt: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.completedAt ?? null }),
    completedOnTime: t.boolean({ nullable: true, description: 'Set when DONE: submitted by the deadline in force at submission', resolve: (x) => x.completedOnTime ?? null }),
    rating: t.int({ nullable: true, description: '1–5, optional, when accepted', resolve: (x) => x.rating ?? null }),
    evaluationNote: t.string({ nullable: true, resolve: (x) => x.evaluationNote ?? null }),
    statusReason: t.string({ nullable: true, description: 'Why it was refused, cancelled or last reopened', resolve: (x) => x.statusReason ?? null }),
    files: t.field({
      type: [TaskFileRef],
      description: 'Attachments given when the task was created',
      resolve: async (x, _, ctx) => (await taskLoaders(ctx).files.load(x.id)).filter((f) => f.purpose === 'task'),
    }),
    reports: t.field({ type: [TaskReportRef], description: 'Newest first', resolve: (x, _, ctx) => taskLoaders(ctx).reports.load(x.id) }),
    extensions: t.field({ type: [TaskExtensionRef], resolve: (x, _, ctx) => taskLoaders(ctx).extensions.load(x.id) }),
    pendingExtension: t.field({
      type: TaskExtensionRef,
      nullable: true,
      resolve: async (x, _, ctx) => (await taskLoaders(ctx).extensions.load(x.id)).find((e) => e.status === 'pending') ?? null,
    }),
    parent: t.field({
      type: Task,
      nullable: true,
      resolve: async (x, _, ctx) => (x.parentId ? visible(ctx, await taskLoaders(ctx).task.load(x.parentId)) : null),
    }),
    subtasks: t.field({ type: [Task], resolve: (x, _, ctx) => taskLoaders(ctx).subtasks.load(x.id) }),
    subtaskProgress: t.field({
      type: SubtaskProgressRef,
      resolve: async (x, _, ctx) => {
        const subtasks = await taskLoaders(ctx).subtasks.load(x.id);
        const live = subtasks.filter((s) => s.status !== 'refused' && s.status !== 'cancelled');
        return {
          total: subtasks.length,
          done: subtasks.filter((s) => s.status === 'done').length,
          averagePercent: live.length ? Math.round(live.reduce((sum, s) => sum + s.progress, 0) / live.length) : 0,
        };
      },
    }),
    timeline: t.field({ type: [TaskEventRef], resolve: (x, _, ctx) => taskLoaders(ctx).events.load(x.id) }),
    myActions: t.field({
      type: [TaskActionEnum],
      resolve: async (x, _, ctx) => (ctx.actor ? taskActions(ctx.actor, await ruleView(x, ctx)) : []),
    }),
  }),
});

const TaskEdgeRef = builder.objectRef<{ cursor: string; node: Task }>('TaskEdge').implement({
  fields: (t) => ({ cursor: t.exposeString('cursor'), node: t.field({ type: TaskRef, resolve: (e) => e.node }) }),
});
type TaskConnectionShape = {
  edges: Array<{ cursor: string; node: Task }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  scope: TaskScope;
  filter: TaskListFilter;
  count?: Promise<{ count: number; capped: boolean }>;
};
const countOf = (c: TaskConnectionShape, ctx: Context) => (c.count ??= countTasks({ em: ctx.em, actor: requireActorForQuery(ctx), scope: c.scope, filter: c.filter }));
const TaskConnectionRef = builder.objectRef<TaskConnectionShape>('TaskConnection').implement({
  fields: (t) => ({
    edges: t.field({ type: [TaskEdgeRef], resolve: (c) => c.edges }),
    pageInfo: t.field({ type: PageInfoRef, resolve: (c) => c.pageInfo }),
    totalCount: t.int({ description: 'Exact up to 1000, then totalCountCapped', resolve: async (c, _, ctx) => (await countOf(c, ctx)).count }),
    totalCountCapped: t.boolean({ resolve: async (c, _, ctx) => (await countOf(c, ctx)).capped }),
  }),
});

const TaskFilterInput = builder.inputType('TaskFilter', {
  description: 'All optional, combined with AND',
  fields: (t) => ({
    statuses: t.field({ type: [TaskViewStatusEnum], description: 'Any of these (default: all)' }),
    openOnly: t.boolean({ description: 'Only open tasks (chờ tiếp nhận, đang thực hiện, chờ đánh giá)' }),
    unitId: t.id({ description: 'Chủ trì or phối hợp unit (scope UNIT: which unit)' }),
    userId: t.id({ description: 'Chủ trì or phối hợp person' }),
    dueFrom: t.field({ type: 'Date', description: 'Period: hạn hoàn thành from (yyyy-MM-dd, included)' }),
    dueTo: t.field({ type: 'Date', description: 'Period: hạn hoàn thành to (included)' }),
    sourceType: t.field({ type: TaskSourceTypeEnum }),
    sourceDocumentId: t.id(),
    q: t.string({ description: 'Tiêu đề, ignoring case and diacritics' }),
  }),
});

/** A bad filter is a GraphQL error BAD_USER_INPUT with the Vietnamese field errors, as the inbox answers; a refused scope keeps its code. */
const toBadInput = (e: unknown) => {
  if (e instanceof InputError) return new GraphQLError(e.fieldErrors.map((f) => f.message).join(' '), { extensions: { code: 'BAD_USER_INPUT', fieldErrors: e.fieldErrors } });
  // A scope the user may not list (all tasks, another unit's): an expected answer, not masked.
  if (e instanceof DomainError) return new GraphQLError(e.message, { extensions: { code: e.code } });
  return e;
};
function badInput<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw toBadInput(e);
  }
}

const StatusCountsRef = builder.objectRef<{ unitId?: string; userId?: string; counts: StatusCounts }>('TaskStatusCounts').implement({
  fields: (t) => ({
    unit: t.field({ type: Unit, nullable: true, description: 'Set in byUnit rows (the unit of the chủ trì)', resolve: (r, _, ctx) => (r.unitId ? ctx.loaders.unit.load(r.unitId) : null) }),
    user: t.field({ type: User, nullable: true, description: 'Set in byPerson rows (chủ trì person)', resolve: (r, _, ctx) => (r.userId ? ctx.loaders.user.load(r.userId) : null) }),
    inProgressOnTime: t.int({ resolve: (r) => r.counts.in_progress_on_time }),
    inProgressOverdue: t.int({ resolve: (r) => r.counts.in_progress_overdue }),
    doneOnTime: t.int({ resolve: (r) => r.counts.done_on_time }),
    doneLate: t.int({ resolve: (r) => r.counts.done_late }),
    refused: t.int({ resolve: (r) => r.counts.refused }),
    cancelled: t.int({ resolve: (r) => r.counts.cancelled }),
    total: t.int({ resolve: (r) => r.counts.total }),
  }),
});

const TaskDashboardRef = builder.objectRef<TaskDashboard>('TaskDashboard').implement({
  description: 'Tasks whose hạn hoàn thành falls in the period, counted by chủ trì',
  fields: (t) => ({
    from: t.field({ type: 'Date', resolve: (d) => d.from }),
    to: t.field({ type: 'Date', resolve: (d) => d.to }),
    total: t.field({ type: StatusCountsRef, resolve: (d) => ({ counts: d.total }) }),
    byUnit: t.field({ type: [StatusCountsRef], resolve: (d) => d.byUnit }),
    byPerson: t.field({
      type: [StatusCountsRef],
      description: `With a unit (or for a unit head): every chủ trì person of it. For every unit: the ${DASHBOARD_TOP_PEOPLE} with the most tasks overdue (then most tasks); personCount says how many there are`,
      resolve: (d) => d.byPerson,
    }),
    personCount: t.int({ description: 'Chủ trì people with a task in the period', resolve: (d) => d.personCount }),
    overdue: t.field({ type: [TaskRef], description: 'Open and overdue now (most overdue first, at most 50), whatever the period', resolve: (d) => d.overdue }),
  }),
});

builder.queryFields((t) => ({
  task: t.field({
    type: TaskRef,
    nullable: true,
    description: 'null when it does not exist or the user may not see it',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, { id }, ctx) => getTask({ em: ctx.em, actor: requireActorForQuery(ctx), id: String(id) }),
  }),
  tasks: t.field({
    type: TaskConnectionRef,
    description: 'By hạn hoàn thành ascending (then id); cursor pagination',
    args: {
      scope: t.arg({ type: TaskScopeEnum, required: true }),
      filter: t.arg({ type: TaskFilterInput }),
      first: t.arg.int({ defaultValue: 20 }),
      after: t.arg.string(),
    },
    resolve: async (_, args, ctx) => {
      const actor = requireActorForQuery(ctx);
      const raw = args.filter;
      const filter = badInput(() =>
        validateTaskFilter(
          raw && {
            ...raw,
            unitId: raw.unitId == null ? null : String(raw.unitId),
            userId: raw.userId == null ? null : String(raw.userId),
            sourceDocumentId: raw.sourceDocumentId == null ? null : String(raw.sourceDocumentId),
          },
        ),
      );
      const page = await listTasks({ em: ctx.em, actor, scope: args.scope, filter, first: args.first ?? 20, after: args.after }).catch((e: unknown) => {
        throw toBadInput(e);
      });
      return { edges: page.items.map((node) => ({ cursor: taskCursor(node), node })), pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor }, scope: args.scope, filter };
    },
  }),
  tasksOfDocument: t.field({
    type: [TaskRef],
    description: 'Tasks created from an incoming document (for its page), that the user may see',
    args: { documentId: t.arg.id({ required: true }) },
    resolve: (_, { documentId }, ctx) => listTasksOfDocument({ em: ctx.em, actor: requireActorForQuery(ctx), documentId: String(documentId) }),
  }),
  taskDashboard: t.field({
    type: TaskDashboardRef,
    errors: mutationErrors,
    description: 'Leaders and chánh văn phòng: every unit (or unitId); unit heads: their unit. Others: DomainError FORBIDDEN',
    args: { from: t.arg({ type: 'Date', required: true }), to: t.arg({ type: 'Date', required: true }), unitId: t.arg.id() },
    resolve: (_, args, ctx) => {
      const actor = requireActor(ctx);
      const period = validateDashboardPeriod({ from: args.from, to: args.to, unitId: args.unitId == null ? null : String(args.unitId) });
      return getTaskDashboard({ em: ctx.em, actor, ...period });
    },
  }),
}));
