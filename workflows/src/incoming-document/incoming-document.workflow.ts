import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  patched,
  proxyActivities,
  setHandler,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import type { createDeadlineActivities } from '../../../backend/src/activities/deadline.activities.ts';
import type { createDocumentActivities } from '../../../backend/src/activities/document.activities.ts';
import { explainDeadline } from '../calendar/index.ts';
import { calendarChangedSignal } from '../calendar-change/messages.ts';
import { createDeadlineWatcher } from './deadline-watcher.ts';
import {
  addAssigneeRefusal,
  closeRefusal,
  isEnded,
  markSeenRefusal,
  reassignRefusal,
  resubmitRefusal,
  returnAssignmentRefusal,
  returnDocumentRefusal,
  withdrawRefusal,
  type Refusal,
} from './distribution-rules.ts';
import { assignmentDeadline, directionDeadline, directionRule } from './incoming-deadlines.ts';
import {
  addAssigneeUpdate,
  assignHandlerUpdate,
  closeUpdate,
  markSeenUpdate,
  reassignUpdate,
  resubmitUpdate,
  returnAssignmentUpdate,
  returnDocumentUpdate,
  withdrawAssignmentUpdate,
  attachFilesUpdate,
  completeHandlingUpdate,
  directUpdate,
  RefusalType,
  registerUpdate,
  stateQuery,
  type Actor,
  type AssignmentView,
  type IncomingDocumentState,
  type IncomingDocumentWorkflowInput,
} from './messages.ts';

const acts = proxyActivities<ReturnType<typeof createDocumentActivities>>({
  // Each activity is one short transaction; a short timeout lets a dead worker's attempt be retried quickly.
  startToCloseTimeout: '10 seconds',
  // A person is waiting on the answer: a fault that outlasts a few retries fails the step (nothing is written) instead of hanging it.
  retry: { initialInterval: '200 milliseconds', maximumInterval: '5 seconds', backoffCoefficient: 2, maximumAttempts: 6 },
});

const deadlineActs = proxyActivities<ReturnType<typeof createDeadlineActivities>>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** Added after the first documents ran: those replay without the deadline timer. */
export const DIRECTION_DEADLINE_PATCH = 'direction-deadline';
/**
 * Deadlines followed by the watcher (reminders, escalations, assignment deadlines). Documents that
 * registered before it keep their direction timer as it was and get watched assignment deadlines
 * for the assignments made after it.
 */
export const DEADLINE_WATCH_PATCH = 'deadline-watch';

const vnYear = (t: number) => new Date(t + 7 * 3600_000).getUTCFullYear();

const refuse = (type: string, message: string): never => {
  throw ApplicationFailure.nonRetryable(message, type);
};
const check = (r: Refusal) => {
  if (r) refuse(r.type, r.message);
};
const hasRole = (actor: Actor, ...roles: Actor['roles']) => roles.some((r) => actor.roles.includes(r));

/**
 * One incoming document from registration to completion (Decree 30/2020 art. 20–24). Each human
 * step is an Update: the validator refuses the wrong person or the wrong moment before anything is
 * recorded in history; the handler persists through an idempotent activity and answers with the new state.
 */
export async function incomingDocumentWorkflow(init: IncomingDocumentWorkflowInput): Promise<IncomingDocumentState> {
  const state: IncomingDocumentState = { documentId: init.documentId, status: 'new', registration: null, assignments: [] };
  // A step key names one human step for good: activity retries and replays reuse it, so the step takes effect once.
  const stepKey = (name: string) => `${workflowInfo().workflowId}:${name}:${uuid4()}`;
  const merge = (views: AssignmentView[]) => {
    for (const v of views) {
      const i = state.assignments.findIndex((a) => a.id === v.id);
      if (i >= 0) state.assignments[i] = v;
      else state.assignments.push(v);
    }
  };
  const find = (id: string) => state.assignments.find((a) => a.id === id) ?? refuse(RefusalType.AssignmentNotFound, 'Không tìm thấy phân công xử lý.');

  setHandler(stateQuery, () => state);
  // The direction step closes the deadline row, so the row must exist before that step runs.
  let directionDeadlineRecorded = false;
  // Each submission to the leaders (the first at registration, again after a return) has its own direction watch.
  let directionRound = 0;
  const directionWatchName = () => (directionRound === 0 ? 'direction' : `direction:${directionRound}`);
  const directionRecorded = () => directionDeadlineRecorded || watcher.isRecorded(directionWatchName());
  let calendarChanges = 0;
  setHandler(calendarChangedSignal, () => {
    calendarChanges++;
  });

  const watcher = createDeadlineWatcher({
    loadDeadlineContext: deadlineActs.loadDeadlineContext,
    setDeadline: deadlineActs.setDeadline,
    alertDeadline: deadlineActs.alertDeadline,
    calendarVersion: () => calendarChanges,
    stopped: () => state.status === 'completed',
    stepKey,
    onComputed: (name, due) => {
      if (name.startsWith('direction')) state.deadlines = { ...state.deadlines, direction: due };
      else state.deadlines = { ...state.deadlines, assignments: { ...state.deadlines?.assignments, [name.slice('assignment:'.length)]: due } };
    },
  });
  const watchAssignments = (views: AssignmentView[]) => {
    for (const assignment of views) {
      const w = assignmentDeadline({
        documentId: init.documentId,
        assignment,
        assignedAt: Date.now(),
        isDone: () => {
          const status = state.assignments.find((a) => a.id === assignment.id)?.status;
          return status !== undefined && isEnded(status);
        },
      });
      if (w) watcher.watch(w);
    }
  };

  /** Before DEADLINE_WATCH_PATCH: the direction deadline as a durable timer; a calendar change recomputes it and restarts the wait. */
  async function followDirectionDeadline(): Promise<void> {
    const start = Date.parse(state.registration!.arrivalAt);
    const rule = directionRule(state.urgency);
    while (state.status === 'awaiting_direction') {
      const seen = calendarChanges;
      const data = await deadlineActs.loadCalendar({ fromYear: vnYear(start), toYear: vnYear(start) + 1 });
      const e = explainDeadline(rule, start, data);
      const dueAt = new Date(e.at).toISOString();
      await deadlineActs.setDeadline({
        stepKey: stepKey('deadline'),
        computation: {
          subjectType: 'incoming_document',
          subjectId: init.documentId,
          kind: 'direction',
          startedAt: state.registration!.arrivalAt,
          dueAt,
          rule,
          ruleLabel: e.label,
          basis: e.basis,
          steps: e.steps,
        },
      });
      state.deadlines = { ...state.deadlines, direction: { dueAt, rule, ruleLabel: e.label } };
      directionDeadlineRecorded = true;
      const woken = await condition(() => state.status !== 'awaiting_direction' || calendarChanges !== seen, Math.max(1, e.at - Date.now()));
      if (!woken) {
        await deadlineActs.markDeadlineOverdue({ stepKey: stepKey('overdue'), subjectId: init.documentId, kind: 'direction' });
        return;
      }
    }
  }

  setHandler(
    registerUpdate,
    async ({ actor, input, file, files }) => {
      if (state.registration) return state.registration;
      const result = await acts.registerIncomingDocument({ documentId: init.documentId, stepKey: stepKey('register'), actor, input, file, files });
      state.registration = result;
      state.urgency = input.urgency;
      state.status = 'awaiting_direction';
      return result;
    },
    {
      validator: ({ actor }) => {
        if (!hasRole(actor, 'clerk')) refuse(RefusalType.Forbidden, 'Chỉ văn thư được vào sổ văn bản đến.');
      },
    },
  );

  // Added after the first documents ran; a new handler changes nothing in their histories.
  setHandler(
    attachFilesUpdate,
    ({ actor, files, maxFiles }) =>
      acts.attachDocumentFiles({ documentId: init.documentId, stepKey: stepKey('attach-files'), actor, files, maxFiles }),
    {
      validator: ({ actor }) => {
        if (!hasRole(actor, 'clerk')) refuse(RefusalType.Forbidden, 'Chỉ văn thư được đính kèm tệp vào văn bản đến.');
        if (!state.registration) refuse(RefusalType.WrongState, 'Văn bản chưa được vào sổ.');
      },
    },
  );

  setHandler(
    directUpdate,
    async ({ actor, direction, lead, coordinators, readers }) => {
      await condition(directionRecorded);
      const count = 1 + coordinators.length + readers.length;
      const assignmentIds = Array.from({ length: count }, () => uuid4());
      const views = await acts.directIncomingDocument({
        documentId: init.documentId,
        stepKey: stepKey('direct'),
        actor,
        command: { direction, lead, coordinators, readers, assignmentIds },
      });
      merge(views);
      state.status = 'in_progress';
      if (patched(DEADLINE_WATCH_PATCH)) watchAssignments(views);
      return state;
    },
    {
      validator: ({ actor }) => {
        if (!hasRole(actor, 'leader', 'office_chief')) refuse(RefusalType.Forbidden, 'Chỉ lãnh đạo được cho ý kiến chỉ đạo.');
        if (state.status !== 'awaiting_direction') refuse(RefusalType.WrongState, 'Văn bản không ở trạng thái chờ cho ý kiến chỉ đạo.');
      },
    },
  );

  setHandler(
    assignHandlerUpdate,
    async ({ actor, assignmentId, userId, deadline }) => {
      const views = await acts.assignHandler({ stepKey: stepKey('assign'), actor, assignmentId, childId: uuid4(), userId, deadline });
      merge(views);
      if (patched(DEADLINE_WATCH_PATCH)) watchAssignments(views);
      return state;
    },
    {
      validator: ({ actor, assignmentId }) => {
        const a = find(assignmentId);
        if (!hasRole(actor, 'unit_head') || a.unitId !== actor.unitId || a.assigneeId !== null || a.role === 'inform') {
          refuse(RefusalType.Forbidden, 'Chỉ trưởng đơn vị được giao mới phân công xử lý phần việc này.');
        }
        if (a.status !== 'pending') refuse(RefusalType.WrongState, 'Phần việc này đã được phân công.');
      },
    },
  );

  setHandler(
    completeHandlingUpdate,
    async ({ actor, assignmentId, resultNote }) => {
      // Completing closes deadline rows, so they must exist first.
      if (!watcher.allRecorded()) await condition(watcher.allRecorded);
      const { assignments, documentCompleted } = await acts.completeHandling({ stepKey: stepKey('complete'), actor, assignmentId, resultNote });
      merge(assignments);
      if (documentCompleted) state.status = 'completed';
      return state;
    },
    {
      validator: ({ actor, assignmentId }) => {
        const a = find(assignmentId);
        if (a.assigneeId !== actor.id) refuse(RefusalType.Forbidden, 'Chỉ người được phân công mới hoàn thành phần việc này.');
        if (a.status !== 'handling') refuse(RefusalType.WrongState, 'Phần việc này không ở trạng thái đang xử lý.');
      },
    },
  );

  // The distribution actions (added after v3; new handlers change nothing in older histories).
  const rowsRecorded = async () => {
    // Steps that close or cancel deadline rows wait until the rows exist.
    if (!watcher.allRecorded()) await condition(watcher.allRecorded);
  };

  setHandler(
    returnDocumentUpdate,
    async ({ actor, reason }) => {
      await condition(directionRecorded);
      await acts.returnDocument({ documentId: init.documentId, stepKey: stepKey('return-document'), actor, reason });
      state.status = 'returned';
      return state;
    },
    { validator: ({ actor }) => check(returnDocumentRefusal(actor, state.status)) },
  );

  setHandler(
    resubmitUpdate,
    async ({ actor, note }) => {
      await acts.resubmitDocument({ documentId: init.documentId, stepKey: stepKey('resubmit'), actor, note });
      const round = ++directionRound;
      state.status = 'awaiting_direction';
      watcher.watch(
        directionDeadline({
          documentId: init.documentId,
          arrivalAt: Date.now(),
          urgency: state.urgency,
          isDone: () => state.status !== 'awaiting_direction' || directionRound !== round,
          name: directionWatchName(),
        }),
      );
      return state;
    },
    { validator: ({ actor }) => check(resubmitRefusal(actor, state.status)) },
  );

  setHandler(
    returnAssignmentUpdate,
    async ({ actor, assignmentId, reason }) => {
      await rowsRecorded();
      merge(await acts.returnAssignment({ stepKey: stepKey('return-assignment'), actor, assignmentId, reason }));
      return state;
    },
    { validator: ({ actor, assignmentId }) => check(returnAssignmentRefusal(actor, find(assignmentId), state.status)) },
  );

  setHandler(
    withdrawAssignmentUpdate,
    async ({ actor, assignmentId, reason }) => {
      await rowsRecorded();
      merge(await acts.withdrawAssignment({ stepKey: stepKey('withdraw'), actor, assignmentId, reason }));
      return state;
    },
    { validator: ({ actor, assignmentId }) => check(withdrawRefusal(actor, find(assignmentId), state.status)) },
  );

  setHandler(
    reassignUpdate,
    async ({ actor, assignmentId, to, reason }) => {
      await rowsRecorded();
      const views = await acts.reassignAssignment({ stepKey: stepKey('reassign'), actor, assignmentId, newId: uuid4(), to, reason });
      merge(views);
      watchAssignments(views);
      return state;
    },
    { validator: ({ actor, assignmentId }) => check(reassignRefusal(actor, find(assignmentId), state.status)) },
  );

  setHandler(
    addAssigneeUpdate,
    async ({ actor, role, to }) => {
      const views = await acts.addAssignee({ documentId: init.documentId, stepKey: stepKey('add-assignee'), actor, newId: uuid4(), role, to });
      merge(views);
      watchAssignments(views);
      return state;
    },
    { validator: ({ actor }) => check(addAssigneeRefusal(actor, state.status)) },
  );

  setHandler(
    markSeenUpdate,
    async ({ actor, assignmentId }) => {
      merge(await acts.markSeen({ stepKey: stepKey('seen'), actor, assignmentId }));
      return state;
    },
    { validator: ({ actor, assignmentId }) => check(markSeenRefusal(actor, find(assignmentId))) },
  );

  setHandler(
    closeUpdate,
    async ({ actor, closingNote, replyReference }) => {
      await rowsRecorded();
      merge(await acts.closeDocument({ documentId: init.documentId, stepKey: stepKey('close'), actor, closingNote, replyReference }));
      state.status = 'completed';
      return state;
    },
    { validator: ({ actor }) => check(closeRefusal(actor, state.assignments, state.status)) },
  );

  await condition(() => state.status !== 'new');
  if (!patched(DIRECTION_DEADLINE_PATCH)) directionDeadlineRecorded = true;
  else if (patched(DEADLINE_WATCH_PATCH)) {
    watcher.watch(
      directionDeadline({
        documentId: init.documentId,
        arrivalAt: Date.parse(state.registration!.arrivalAt),
        urgency: state.urgency,
        isDone: () => state.status !== 'awaiting_direction' || directionRound !== 0,
      }),
    );
  } else await followDirectionDeadline();
  await condition(() => state.status === 'completed');
  // Completion stops every watch; let them finish their step before the workflow ends.
  await watcher.finished();
  await condition(allHandlersFinished);
  return state;
}
