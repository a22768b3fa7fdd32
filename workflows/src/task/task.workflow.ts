import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  ParentClosePolicy,
  proxyActivities,
  setHandler,
  startChild,
  uuid4,
  workflowInfo,
  type ChildWorkflowHandle,
} from '@temporalio/workflow';
import type { createDeadlineActivities } from '../../../backend/src/activities/deadline.activities.ts';
import type { createTaskActivities } from '../../../backend/src/activities/task.activities.ts';
import type { TaskStatus } from '../../../backend/src/modules/task/task.entity.ts';
import { createWorkingCalendar, type WorkingCalendar } from '../calendar/index.ts';
import { calendarChangedSignal } from '../calendar-change/messages.ts';
import { createDeadlineWatcher } from '../incoming-document/deadline-watcher.ts';
import { nextReportDate, reportDeadline, taskDeadline, vnDateOf, vnNoon } from './task-deadlines.ts';
import {
  acceptRefusal,
  canAssignTasks,
  cancelRefusal,
  createSubtaskRefusal,
  decideExtensionRefusal,
  evaluateRefusal,
  isOpen,
  nudgeRefusal,
  refuseRefusal,
  reportRefusal,
  requestExtensionRefusal,
  submitRefusal,
  TaskRefusal,
  type Refusal,
  type TaskRuleView,
} from './task-rules.ts';
import {
  acceptTaskUpdate,
  approveExtensionUpdate,
  cancelTaskUpdate,
  createSubtaskUpdate,
  createTaskUpdate,
  evaluateUpdate,
  nudgeUpdate,
  parentClosedSignal,
  refuseExtensionUpdate,
  refuseTaskUpdate,
  reportProgressUpdate,
  requestExtensionUpdate,
  submitResultUpdate,
  taskStateQuery,
  taskWorkflowId,
  type Actor,
  type ReasonArgs,
  type TaskSnapshot,
  type TaskState,
  type TaskWorkflowInput,
} from './messages.ts';

const acts = proxyActivities<ReturnType<typeof createTaskActivities>>({
  // Each activity is one short transaction; a person is waiting on most of them.
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', maximumInterval: '5 seconds', backoffCoefficient: 2, maximumAttempts: 6 },
});

const deadlineActs = proxyActivities<ReturnType<typeof createDeadlineActivities>>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

const DAY = 86_400_000;
/** A task whose create step failed (bad input found by the use case) ends instead of waiting forever. */
const CREATE_WINDOW = '1 minute';

const vnYear = (t: number) => new Date(t + 7 * 3600_000).getUTCFullYear();

const refuse = (type: string, message: string): never => {
  throw ApplicationFailure.nonRetryable(message, type);
};

/**
 * One task (giao việc) from creation to its end: accepted or refused by the chủ trì, split into
 * subtasks (child workflows `task/<childId>`), reported on, extended, submitted and evaluated, or
 * cancelled. Each human step is an Update whose validator applies task-rules.ts to the workflow's
 * state before anything is recorded; the use case checks again against the rows. Follow-up runs on
 * durable timers: the hạn hoàn thành through the shared deadline watcher (the morning of the day, the
 * limit, daily escalation) plus the earlier reminders (the administrator's setting, by default 3 and 1 working days ahead), and
 * each period's progress report while the task is in progress.
 */
export async function taskWorkflow(init: TaskWorkflowInput): Promise<TaskState> {
  const taskId = init.taskId;
  const state: TaskState = { taskId, status: init.created?.status ?? 'new', task: init.created ?? null, openSubtaskIds: [] };
  // A step key names one human step for good: activity retries and replays reuse it.
  const stepKey = (name: string) => `${workflowInfo().workflowId}:${name}:${uuid4()}`;
  const apply = (snap: TaskSnapshot) => {
    state.task = snap;
    state.status = snap.status;
  };
  setHandler(taskStateQuery, () => state);

  let calendarChanges = 0;
  setHandler(calendarChangedSignal, () => {
    calendarChanges++;
  });
  let parentClosed: ReasonArgs | null = null;
  setHandler(parentClosedSignal, (args) => {
    parentClosed ??= args;
  });

  const watcher = createDeadlineWatcher({
    loadDeadlineContext: deadlineActs.loadDeadlineContext,
    setDeadline: async (a) => {
      await deadlineActs.setDeadline(a);
      if (a.computation.kind === 'task') await acts.syncTaskDueAt({ taskId });
    },
    alertDeadline: deadlineActs.alertDeadline,
    calendarVersion: () => calendarChanges,
    stopped: () => !isOpen(state.status),
    stepKey,
    onComputed: (name, due) => {
      if (name.startsWith('due:')) state.dueAt = due.dueAt;
    },
  });
  // Steps that close, cancel or reopen deadline rows wait until the rows exist.
  const rowsRecorded = async () => {
    if (!watcher.allRecorded()) await condition(watcher.allRecorded);
  };

  /** A generation per following of the hạn hoàn thành: an approved extension or a reopening starts a new one. */
  let generation = 0;
  function followDeadline(): void {
    const gen = ++generation;
    const isDone = () => gen !== generation || (state.status !== 'in_progress' && state.status !== 'awaiting_acceptance');
    watcher.watch(taskDeadline({ taskId, dueDate: state.task!.dueDate, startedAt: Date.now(), name: `due:${gen}`, isDone }));
    void followEarlyReminders(gen, state.task!.dueDate, isDone);
  }

  /**
   * The reminders N working days ahead (the watcher has one early reminder, used for the morning of the day).
   * N comes with the calendar from the administrator's settings, loaded again when the calendar changes.
   */
  async function followEarlyReminders(gen: number, dueDate: string, isDone: () => boolean): Promise<void> {
    const sent = new Set<number>();
    let loadedFor = -1;
    let calendar: WorkingCalendar | undefined;
    let days: number[] = [];
    while (!isDone()) {
      const seen = calendarChanges;
      if (loadedFor !== seen || !calendar) {
        const ctx = await deadlineActs.loadDeadlineContext({ fromYear: vnYear(Date.now()), toYear: vnYear(vnNoon(dueDate)) + 1 });
        const { taskFirstReminderWorkingDays: first, taskSecondReminderWorkingDays: second } = ctx.reminders;
        loadedFor = seen;
        calendar = createWorkingCalendar(ctx.calendar);
        days = [...new Set([first, second].filter((n) => n > 0))].sort((a, b) => b - a);
      }
      const cal = calendar;
      const dueAt = cal.untilDate(vnNoon(dueDate));
      const next = days.filter((n) => !sent.has(n)).map((n) => ({ n, at: cal.subtractWorkingDays(dueAt, n) })).find((r) => r.at > Date.now());
      if (!next) return;
      const woken = await condition(() => isDone() || calendarChanges !== seen, next.at - Date.now());
      if (woken) continue;
      await deadlineActs.alertDeadline({ stepKey: stepKey(`before-${next.n}:due:${gen}`), subjectId: taskId, kind: 'task', moment: 'before', remind: true, escalate: false });
      sent.add(next.n);
    }
  }

  /** A report round per stretch in progress (accepted, reopened); each period is one watched deadline. */
  let reportRound = 0;
  let reportPeriods = 0;
  let lastReportAt = -Infinity;
  function followReports(): void {
    const t = state.task!;
    const schedule = { frequency: t.reportFrequency, weekday: t.reportWeekday, monthDay: t.reportMonthDay };
    if (schedule.frequency === 'none') return;
    const round = ++reportRound;
    const active = () => round === reportRound && state.status === 'in_progress';
    void (async () => {
      let periodStart = Date.now();
      while (active()) {
        const date = nextReportDate(schedule, vnDateOf(periodStart));
        if (!date) return;
        const start = periodStart;
        watcher.watch(
          reportDeadline({
            taskId,
            periodId: uuid4(),
            reportDate: date,
            startedAt: start,
            name: `report:${++reportPeriods}`,
            isDone: () => lastReportAt >= start || !active(),
          }),
        );
        // The next period starts when the report day ends.
        const periodEnd = Date.parse(`${date}T00:00:00+07:00`) + DAY;
        await condition(() => !active(), Math.max(1, periodEnd - Date.now()));
        periodStart = periodEnd;
      }
    })();
  }

  const view = (): TaskRuleView => {
    const t = state.task!;
    return {
      status: state.status as TaskStatus,
      assignedById: t.assignedById,
      leadUnitId: t.leadUnitId,
      leadUserId: t.leadUserId,
      parentId: t.parentId,
      hasPendingExtension: t.pendingExtensionId !== null,
      // Subtasks end in their own workflows; the use case counts them from the rows.
      openSubtasks: 0,
    };
  };
  const rule =
    (r: (actor: Actor, t: TaskRuleView) => Refusal) =>
    ({ actor }: { actor: Actor }) => {
      if (!state.task) refuse(TaskRefusal.WrongState, 'Nhiệm vụ chưa được tạo xong.');
      const refusal = r(actor, view());
      if (refusal) refuse(refusal.type, refusal.message);
    };
  const base = (actor: Actor) => ({ taskId, actor });

  setHandler(
    createTaskUpdate,
    async ({ actor, input, files }) => {
      if (state.task) return state;
      apply(await acts.createTask({ ...base(actor), stepKey: stepKey('create'), input: { ...input, parentId: null }, files }));
      return state;
    },
    {
      validator: ({ actor }) => {
        if (!canAssignTasks(actor)) refuse(TaskRefusal.Forbidden, 'Bạn không có quyền giao nhiệm vụ.');
      },
    },
  );

  setHandler(
    acceptTaskUpdate,
    async ({ actor }) => {
      apply(await acts.acceptTask({ ...base(actor), stepKey: stepKey('accept') }));
      followReports();
      return state;
    },
    { validator: rule(acceptRefusal) },
  );

  setHandler(
    refuseTaskUpdate,
    async ({ actor, reason }) => {
      await rowsRecorded();
      apply(await acts.refuseTask({ ...base(actor), stepKey: stepKey('refuse'), reason }));
      return state;
    },
    { validator: rule(refuseRefusal) },
  );

  const children = new Map<string, ChildWorkflowHandle<typeof taskWorkflow>>();
  setHandler(
    createSubtaskUpdate,
    async ({ actor, input, files }) => {
      const subtaskId = uuid4();
      const created = await acts.createTask({ taskId: subtaskId, actor, stepKey: stepKey('subtask'), input: { ...input, parentId: taskId }, files });
      const child = await startChild(taskWorkflow, {
        workflowId: taskWorkflowId(subtaskId),
        args: [{ taskId: subtaskId, created }],
        // The parent ends its open subtasks itself (cancel); it never leaves them to be killed.
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
      children.set(subtaskId, child);
      state.openSubtaskIds.push(subtaskId);
      const ended = () => {
        state.openSubtaskIds = state.openSubtaskIds.filter((id) => id !== subtaskId);
      };
      void child.result().then(ended, ended);
      return { subtaskId };
    },
    { validator: rule(createSubtaskRefusal) },
  );

  setHandler(
    reportProgressUpdate,
    async ({ actor, percent, text, files }) => {
      await rowsRecorded();
      apply(await acts.reportTaskProgress({ ...base(actor), stepKey: stepKey('report'), reportId: uuid4(), percent, text, files }));
      lastReportAt = Date.now();
      return state;
    },
    { validator: rule(reportRefusal) },
  );

  setHandler(
    requestExtensionUpdate,
    async ({ actor, newDueDate, reason }) => {
      apply(await acts.requestTaskExtension({ ...base(actor), stepKey: stepKey('request-extension'), extensionId: uuid4(), newDueDate, reason }));
      return state;
    },
    { validator: rule(requestExtensionRefusal) },
  );

  const decide = (approve: boolean) => async ({ actor, extensionId, note }: { actor: Actor; extensionId: string; note: string | null }) => {
    await rowsRecorded();
    const before = state.task!.dueDate;
    apply(await acts.decideTaskExtension({ ...base(actor), stepKey: stepKey(approve ? 'approve-extension' : 'refuse-extension'), extensionId, approve, note }));
    // The limit moved: follow the new one (the old watch and its reminders end).
    if (approve && state.task!.dueDate !== before && isOpen(state.status)) followDeadline();
    return state;
  };
  setHandler(approveExtensionUpdate, decide(true), { validator: rule(decideExtensionRefusal) });
  setHandler(refuseExtensionUpdate, decide(false), { validator: rule(decideExtensionRefusal) });

  setHandler(
    submitResultUpdate,
    async ({ actor, resultText, files }) => {
      await rowsRecorded();
      apply(await acts.submitTaskResult({ ...base(actor), stepKey: stepKey('submit'), resultText, files }));
      return state;
    },
    { validator: rule(submitRefusal) },
  );

  setHandler(
    evaluateUpdate,
    async ({ actor, decision, rating, note }) => {
      await rowsRecorded();
      apply(await acts.evaluateTask({ ...base(actor), stepKey: stepKey('evaluate'), decision, rating, note }));
      if (state.status === 'in_progress') {
        followDeadline();
        followReports();
      }
      return state;
    },
    { validator: rule(evaluateRefusal) },
  );

  setHandler(
    cancelTaskUpdate,
    async ({ actor, reason }) => {
      await rowsRecorded();
      apply(await acts.cancelTask({ ...base(actor), stepKey: stepKey('cancel'), reason }));
      await closeSubtasks({ actor, reason });
      return state;
    },
    { validator: rule(cancelRefusal) },
  );

  setHandler(
    nudgeUpdate,
    async ({ actor, message }) => {
      apply(await acts.nudgeTask({ ...base(actor), stepKey: stepKey('nudge'), message }));
      return state;
    },
    { validator: rule(nudgeRefusal) },
  );

  /** The task ended with subtasks open: they end too, in the name of whoever ended it. */
  async function closeSubtasks({ actor, reason }: ReasonArgs): Promise<void> {
    const why = `Nhiệm vụ cha đã kết thúc: ${reason}`;
    await Promise.all(state.openSubtaskIds.map((id) => children.get(id)?.signal(parentClosedSignal, { actor, reason: why })));
  }

  if (!state.task) {
    const created = await condition(() => state.task !== null, CREATE_WINDOW);
    if (!created) {
      await condition(allHandlersFinished);
      if (!state.task) return state;
    }
  }
  followDeadline();
  if (state.status === 'in_progress') followReports();

  await condition(() => !isOpen(state.status) || parentClosed !== null);
  const closedBy = parentClosed as ReasonArgs | null;
  if (closedBy && isOpen(state.status)) {
    await rowsRecorded();
    apply(await acts.cancelTask({ ...base(closedBy.actor), stepKey: stepKey('parent-closed'), reason: closedBy.reason, byParent: true }));
    await closeSubtasks(closedBy);
  }
  await condition(() => !isOpen(state.status));
  // Every watch ends with the task; subtasks end in their own workflows; let all of them finish.
  await watcher.finished();
  await condition(() => state.openSubtaskIds.length === 0);
  await condition(allHandlersFinished);
  return state;
}
