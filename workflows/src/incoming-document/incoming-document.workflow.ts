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
import { explainDeadline, type DeadlineRule } from '../calendar/index.ts';
import { calendarChangedSignal } from '../calendar-change/messages.ts';
import {
  assignHandlerUpdate,
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
 * How long the leader has to give a direction once the document is submitted (registration submits it):
 * the same limit Decree 30/2020 art. 23–24 sets for handing over (end of the next working day) and
 * "ngay" for urgent documents. This is the agency's working rule, not a number the decree states.
 */
const directionRule = (urgency: string | undefined): DeadlineRule => (urgency && urgency !== 'normal' ? 'immediately' : 'nextWorkingDayEnd');

const vnYear = (t: number) => new Date(t + 7 * 3600_000).getUTCFullYear();

const refuse = (type: string, message: string): never => {
  throw ApplicationFailure.nonRetryable(message, type);
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
  let calendarChanges = 0;
  setHandler(calendarChangedSignal, () => {
    calendarChanges++;
  });

  /** The direction deadline as a durable timer; a calendar change recomputes it and restarts the wait. */
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
    async ({ actor, input, file }) => {
      if (state.registration) return state.registration;
      const result = await acts.registerIncomingDocument({ documentId: init.documentId, stepKey: stepKey('register'), actor, input, file });
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

  setHandler(
    directUpdate,
    async ({ actor, direction, lead, coordinators, readers }) => {
      await condition(() => directionDeadlineRecorded);
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

  await condition(() => state.status !== 'new');
  if (patched(DIRECTION_DEADLINE_PATCH)) await followDirectionDeadline();
  else directionDeadlineRecorded = true;
  await condition(() => state.status === 'completed');
  await condition(allHandlersFinished);
  return state;
}
