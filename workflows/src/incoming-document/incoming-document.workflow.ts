import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  uuid4,
  workflowInfo,
  type defineUpdate,
} from '@temporalio/workflow';
import type { createDeadlineActivities } from '../../../backend/src/activities/deadline.activities.ts';
import type { createDocumentActivities } from '../../../backend/src/activities/document.activities.ts';
import type { createSourceRecallActivities } from '../../../backend/src/activities/source-recall.activities.ts';
import { explainDeadline } from '../calendar/index.ts';
import { calendarChangedSignal } from '../calendar-change/messages.ts';
import { createDeadlineWatcher } from './deadline-watcher.ts';
import {
  addAssigneeRefusal,
  closeRefusal,
  isEnded,
  markSeenRefusal,
  reassignRefusal,
  recalledRefusal,
  resubmitRefusal,
  returnAssignmentRefusal,
  returnDocumentRefusal,
  sendBackRefusal,
  submitRefusal,
  withdrawRefusal,
  type Refusal,
} from './distribution-rules.ts';
import { assignmentDeadline, directionDeadline, directionRule, submissionDeadline } from './incoming-deadlines.ts';
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
  receiveUpdate,
  registerUpdate,
  sendBackUpdate,
  sourceRecalledSignal,
  stateQuery,
  submitUpdate,
  type Actor,
  type AssignmentView,
  type IncomingDocumentState,
  type IncomingDocumentWorkflowInput,
  type RegistrationResult,
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

// The same activities run by the worker inside the workflow task (REGISTER_LOCALLY_PATCH), with the same retries.
const localActs = proxyLocalActivities<ReturnType<typeof createDocumentActivities>>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', maximumInterval: '5 seconds', backoffCoefficient: 2, maximumAttempts: 6 },
});
const localDeadlineActs = proxyLocalActivities<ReturnType<typeof createDeadlineActivities>>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});
// Nobody waits on the freeze: it is retried until it is recorded.
const recallActs = proxyActivities<ReturnType<typeof createSourceRecallActivities>>({
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
/**
 * Electronic receipt (`received`) and vào sổ without trình (`registered`): the văn thư's submission limit is
 * watched until the document is submitted, and the direction limit counts from the submission. Documents
 * from before it were submitted at registration and go straight to their direction watch.
 */
export const SUBMISSION_STEP_PATCH = 'submission-step';
/** The chánh văn phòng is told every working day a direction stays overdue; documents watched before it, once. */
export const DIRECTION_DAILY_ESCALATION_PATCH = 'direction-daily-escalation';
/**
 * The registration runs as a local activity that also records the direction limit it starts and hands back the
 * deadline context it used, so the văn thư's answer and the followed limit take one workflow task instead of four
 * tasks and three activities: the cost that bounds registrations per second on a small machine (bench:register).
 * From then on the watcher's calendar loads and deadline rows are local activities too. Documents registered
 * before it keep their activities.
 */
export const REGISTER_LOCALLY_PATCH = 'register-locally';

/**
 * The copy of an internal outgoing document that was recalled or replaced is frozen (`recalled`): every step is
 * refused with the reason, its watches end and so does its process. Only the sourceRecalled signal leads there.
 */
export const SOURCE_RECALLED_PATCH = 'source-recalled';

/** The document's process is over: completed by the chủ trì, sent back to its sender, or frozen by its sender's recall. */
const isFinal = (status: string) => status === 'completed' || status === 'sent_back' || status === 'recalled';
const awaitingSubmission = (status: string) => status === 'received' || status === 'registered';

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
  // Set once by the registration (REGISTER_LOCALLY_PATCH); a local activity is given the workflow's moment to record.
  let local = false;
  // A document registered locally started after every earlier patch: it records no marker for them (each marker
  // also upserts a search attribute, one more history event and visibility write per patch).
  const since = (patch: string) => local || patched(patch);

  const watcher = createDeadlineWatcher({
    loadDeadlineContext: (a) => (local ? localDeadlineActs : deadlineActs).loadDeadlineContext(a),
    setDeadline: (a) => (local ? localDeadlineActs.setDeadline({ ...a, at: Date.now() }) : deadlineActs.setDeadline(a)),
    alertDeadline: deadlineActs.alertDeadline,
    calendarVersion: () => calendarChanges,
    stopped: () => isFinal(state.status),
    stepKey,
    onComputed: (name, due) => {
      if (name === 'submission') state.deadlines = { ...state.deadlines, submission: due };
      else if (name.startsWith('direction')) state.deadlines = { ...state.deadlines, direction: due };
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

  /** Steps that close the submission limit wait until its row exists. */
  const submissionRecorded = async () => {
    if (watcher.isWatching('submission')) await condition(() => watcher.isRecorded('submission'));
  };

  setHandler(
    receiveUpdate,
    async (input) => {
      // A second delivery (the sender's activity retried) answers with the first.
      if (state.status !== 'new') return { documentId: init.documentId, receivedAt: state.receivedAt!, urgency: state.urgency! };
      const result = await acts.receiveElectronicDocument({ stepKey: stepKey('receive'), input });
      if (state.status === 'new') {
        state.receivedAt = result.receivedAt;
        state.urgency = result.urgency;
        state.status = 'received';
      }
      return result;
    },
    {
      validator: (input) => {
        if (input.documentId !== init.documentId) refuse(RefusalType.WrongState, 'Mã văn bản không khớp với quy trình.');
      },
    },
  );

  setHandler(
    registerUpdate,
    async ({ actor, input, file, files, submit }) => {
      if (state.registration) return state.registration;
      await submissionRecorded();
      local = patched(REGISTER_LOCALLY_PATCH);
      const args = {
        documentId: init.documentId,
        stepKey: stepKey('register'),
        actor,
        input,
        file,
        files,
        ...(submit === false ? { submit } : {}),
      };
      let result: RegistrationResult;
      if (local) {
        const done = await localActs.registerAndFollow({ ...args, at: Date.now() });
        watcher.preload(done.context);
        result = done.registration;
      } else result = await acts.registerIncomingDocument(args);
      state.registration = result;
      state.urgency = input.urgency;
      // Registrations from before the submission step answer without submittedAt: they submitted.
      if (result.submittedAt) state.submittedAt = result.submittedAt;
      state.status = result.submittedAt === null ? 'registered' : 'awaiting_direction';
      return result;
    },
    {
      validator: ({ actor }) => {
        if (!hasRole(actor, 'clerk')) refuse(RefusalType.Forbidden, 'Chỉ văn thư được vào sổ văn bản đến.');
        if (state.status !== 'new' && state.status !== 'received' && !state.registration) refuse(RefusalType.WrongState, 'Văn bản không ở trạng thái chờ vào sổ.');
      },
    },
  );

  setHandler(
    submitUpdate,
    async ({ actor, note }) => {
      await submissionRecorded();
      const { submittedAt } = await acts.submitDocument({ documentId: init.documentId, stepKey: stepKey('submit'), actor, note });
      state.submittedAt = submittedAt;
      state.status = 'awaiting_direction';
      return state;
    },
    { validator: ({ actor }) => check(submitRefusal(actor, state.status)) },
  );

  setHandler(
    sendBackUpdate,
    async ({ actor, reason }) => {
      await rowsRecorded();
      await acts.sendBackDocument({ documentId: init.documentId, stepKey: stepKey('send-back'), actor, reason });
      state.status = 'sent_back';
      return state;
    },
    { validator: ({ actor }) => check(sendBackRefusal(actor, state.status)) },
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
      if (since(DEADLINE_WATCH_PATCH)) watchAssignments(views);
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
      if (since(DEADLINE_WATCH_PATCH)) watchAssignments(views);
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
          escalateDaily: since(DIRECTION_DAILY_ESCALATION_PATCH),
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

  setHandler(sourceRecalledSignal, async ({ outgoingId, reason }) => {
    // The sender's activity may signal again: the first one counts.
    if (state.recallReason !== undefined || !patched(SOURCE_RECALLED_PATCH)) return;
    state.recallReason = reason;
    // From now on every step is refused with the reason, before anything is recorded.
    const frozen = recalledRefusal(reason)!;
    const refuseAll = <Ret, Args extends unknown[]>(def: ReturnType<typeof defineUpdate<Ret, Args>>) =>
      setHandler(def, (..._args: Args): Ret => refuse(frozen.type, frozen.message), { validator: (..._args: Args) => check(frozen) });
    refuseAll(registerUpdate);
    refuseAll(submitUpdate);
    refuseAll(sendBackUpdate);
    refuseAll(attachFilesUpdate);
    refuseAll(directUpdate);
    refuseAll(assignHandlerUpdate);
    refuseAll(completeHandlingUpdate);
    refuseAll(returnDocumentUpdate);
    refuseAll(resubmitUpdate);
    refuseAll(returnAssignmentUpdate);
    refuseAll(withdrawAssignmentUpdate);
    refuseAll(reassignUpdate);
    refuseAll(addAssigneeUpdate);
    refuseAll(markSeenUpdate);
    refuseAll(closeUpdate);
    // The watches stop now; once they have ended, the freeze cancels the rows they kept.
    if (!isFinal(state.status)) state.status = 'recalled';
    await watcher.finished();
    const { status } = await recallActs.freezeRecalledDocument({ documentId: init.documentId, outgoingId, reason, stepKey: stepKey('source-recalled') });
    // A step already under way may have ended first (its row is what the freeze found), or was refused by its use case.
    if (status) state.status = status;
  });

  await condition(() => state.status !== 'new');
  if (!since(DIRECTION_DEADLINE_PATCH)) directionDeadlineRecorded = true;
  else if (since(DEADLINE_WATCH_PATCH)) {
    if (since(SUBMISSION_STEP_PATCH) && awaitingSubmission(state.status)) {
      watcher.watch(
        submissionDeadline({
          documentId: init.documentId,
          arrivalAt: Date.parse(state.receivedAt ?? state.registration!.arrivedAt!),
          urgency: state.urgency,
          isDone: () => !awaitingSubmission(state.status),
        }),
      );
      await condition(() => !awaitingSubmission(state.status));
    }
    // A copy recalled before its trình has no direction to wait for.
    if (!isFinal(state.status)) {
      const recorded = state.registration?.directionDueAt;
      watcher.watch(
        directionDeadline({
          documentId: init.documentId,
          arrivalAt: Date.parse(state.submittedAt ?? state.registration!.arrivalAt),
          urgency: state.urgency,
          isDone: () => state.status !== 'awaiting_direction' || directionRound !== 0,
          escalateDaily: since(DIRECTION_DAILY_ESCALATION_PATCH),
        }),
        // The registration that submitted recorded the limit (REGISTER_LOCALLY_PATCH).
        recorded ? { recordedDueAt: Date.parse(recorded) } : {},
      );
    }
  } else await followDirectionDeadline();
  await condition(() => isFinal(state.status));
  // Completion (or the recall) stops every watch; let them finish their step before the workflow ends.
  await watcher.finished();
  await condition(allHandlersFinished);
  return state;
}
