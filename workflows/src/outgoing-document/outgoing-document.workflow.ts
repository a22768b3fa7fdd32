import { allHandlersFinished, ApplicationFailure, condition, getExternalWorkflowHandle, patched, proxyActivities, setHandler, uuid4, workflowInfo } from '@temporalio/workflow';
import type { createDeadlineActivities } from '../../../backend/src/activities/deadline.activities.ts';
import type { createOutgoingActivities } from '../../../backend/src/activities/outgoing.activities.ts';
import type { createSourceRecallActivities } from '../../../backend/src/activities/source-recall.activities.ts';
import { calendarChangedSignal } from '../calendar-change/messages.ts';
import { createDeadlineWatcher } from '../incoming-document/deadline-watcher.ts';
import { DISPATCH_ALERT_SAFETY_NET_MS, dispatchDeadlines, reviewDeadline } from './outgoing-deadlines.ts';
import {
  approveUpdate,
  cancelUpdate,
  createDraftUpdate,
  issueUpdate,
  outgoingDocumentWorkflowId,
  recallUpdate,
  replacedSignal,
  returnUpdate,
  reviseDraftUpdate,
  signUpdate,
  stateQuery,
  submitUpdate,
  type OutgoingDocumentWorkflowInput,
  type OutgoingState,
  type OutgoingView,
} from './messages.ts';
import {
  approveRefusal,
  cancelRefusal,
  canDraft,
  editRefusal,
  ENDED,
  issueRefusal,
  pendingStep,
  recallRefusal,
  returnRefusal,
  signRefusal,
  submitRefusal,
  type Refusal,
} from './review-rules.ts';

const acts = proxyActivities<ReturnType<typeof createOutgoingActivities>>({
  startToCloseTimeout: '10 seconds',
  // A person waits on the answer: a fault that outlasts a few retries fails the step (nothing is written) instead of hanging it.
  retry: { initialInterval: '200 milliseconds', maximumInterval: '5 seconds', backoffCoefficient: 2, maximumAttempts: 6 },
});
// Steps nobody waits on — a delivery to a recipient unit (it starts that unit's own workflow, exactly once by its id),
// a recipient's copy frozen by a recall, a moved dispatch limit copied to the row — are retried until they land.
const backgroundActs = proxyActivities<ReturnType<typeof createOutgoingActivities>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});
const recallActs = proxyActivities<ReturnType<typeof createSourceRecallActivities>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});
const isDispatch = (kind: string) => kind === 'dispatch_target' || kind === 'dispatch_limit';
const deadlineActs = proxyActivities<ReturnType<typeof createDeadlineActivities>>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** Dispatch alerts come from the round of their instant; the document's timers follow as the safety net (DISPATCH_ALERT_SAFETY_NET_MS). */
export const DISPATCH_ALERT_ROUNDS_PATCH = 'dispatch-alert-rounds';

const check = (r: Refusal | null) => {
  if (r) throw ApplicationFailure.nonRetryable(r.message, r.type);
};

/**
 * One outgoing document from the first draft to its issue, and after it until recalled or replaced
 * (Decree 30 art. 10–19, Decision 28/2018). Each human step is an Update: the validator refuses the wrong
 * person or moment before anything is recorded; the handler persists through one idempotent activity.
 * Each review step's limit and the two dispatch limits from the signature are followed by the deadline watcher.
 */
export async function outgoingDocumentWorkflow(init: OutgoingDocumentWorkflowInput): Promise<OutgoingState> {
  let state: OutgoingState | null = null;
  const stepKey = (name: string) => `${workflowInfo().workflowId}:${name}:${uuid4()}`;
  const view = (): OutgoingState => {
    if (!state) throw ApplicationFailure.nonRetryable('Văn bản chưa được tạo.', 'DOCUMENT_WRONG_STATE');
    return state;
  };
  const apply = (v: OutgoingView, extra: Partial<OutgoingState> = {}) => {
    state = { ...(state ?? { signedAt: null, number: null, numberNotation: null, delivered: {} }), ...v, ...extra };
    return state;
  };
  const ended = () => state !== null && ENDED.includes(state.status);

  let calendarChanges = 0;
  setHandler(calendarChangedSignal, () => {
    calendarChanges++;
  });
  setHandler(stateQuery, () => view());

  // The signature wrote the dispatch limits on the row (the văn thư's queue sorts by them); a calendar change that moves one is copied there.
  const dispatchRecorded = new Set<string>();
  const watcher = createDeadlineWatcher({
    loadDeadlineContext: deadlineActs.loadDeadlineContext,
    setDeadline: async (a) => {
      await deadlineActs.setDeadline(a);
      const { kind } = a.computation;
      if (!isDispatch(kind)) return;
      if (dispatchRecorded.has(kind)) await backgroundActs.syncDispatchTimes({ documentId: init.documentId });
      dispatchRecorded.add(kind);
    },
    alertDeadline: deadlineActs.alertDeadline,
    calendarVersion: () => calendarChanges,
    stopped: ended,
    stepKey,
    onComputed: () => undefined,
  });
  /** The pending step's limit, from the moment it became pending; answered once its row exists, so the reviewer's page shows it. */
  const watchPending = async () => {
    const step = pendingStep(view());
    if (!step?.activationId) return;
    const activationId = step.activationId;
    const w = reviewDeadline({
      documentId: init.documentId,
      activationId,
      workingDays: step.workingDays,
      startedAt: Date.now(),
      isDone: () => pendingStep(view())?.activationId !== activationId,
    });
    watcher.watch(w);
    await condition(() => watcher.isRecorded(w.name));
  };
  /** Internal deliveries by recipient: each settles once its unit has the document, or at once when it was recalled before it went. */
  const deliveries = new Map<string, Promise<void>>();
  const deliver = async (recipientId: string, key: string) => {
    if (ended()) return;
    const incomingId = await backgroundActs.deliverOutgoing({ stepKey: key, outgoingId: init.documentId, recipientId });
    if (incomingId) apply(view(), { delivered: { ...view().delivered, [recipientId]: incomingId } });
  };
  /** Recalled or replaced: each recipient's copy is frozen once its delivery has settled (Decree 30 art. 18.4b). */
  const withdrawals: Array<Promise<unknown>> = [];
  const withdrawCopies = () => {
    for (const [recipientId, delivered] of deliveries) {
      const key = stepKey(`withdraw:${recipientId}`);
      withdrawals.push(delivered.then(() => recallActs.withdrawCopy({ stepKey: key, outgoingId: init.documentId, recipientId })));
    }
  };

  /** Steps that close a limit's row wait until the row exists. */
  const rowsRecorded = async () => {
    if (!watcher.allRecorded()) await condition(watcher.allRecorded);
  };

  setHandler(
    createDraftUpdate,
    async ({ actor, draft, files, relation }) => {
      if (state) return state;
      return apply(await acts.createOutgoingDraft({ documentId: init.documentId, versionId: uuid4(), stepKey: stepKey('create'), actor, draft, files, relation }));
    },
    { validator: ({ actor }) => check(canDraft(actor) ? null : { type: 'FORBIDDEN', message: 'Bạn không có quyền soạn thảo văn bản đi.' }) },
  );

  setHandler(
    reviseDraftUpdate,
    async (a) => apply(await acts.reviseOutgoingDraft({ documentId: init.documentId, versionId: uuid4(), stepKey: stepKey('revise'), ...a })),
    { validator: ({ actor }) => check(editRefusal(actor, view())) },
  );

  setHandler(
    submitUpdate,
    async ({ actor, steps, note }) => {
      const withIds = steps?.map((s) => ({ ...s, id: uuid4() })) ?? null;
      apply(await acts.submitOutgoingDraft({ documentId: init.documentId, stepKey: stepKey('submit'), actor, steps: withIds, activationId: uuid4(), note }));
      await watchPending();
      return view();
    },
    { validator: ({ actor }) => check(submitRefusal(actor, view())) },
  );

  setHandler(
    approveUpdate,
    async ({ actor, comment }) => {
      await rowsRecorded();
      apply(await acts.approveOutgoingStep({ documentId: init.documentId, stepKey: stepKey('approve'), actor, comment, nextActivationId: uuid4() }));
      await watchPending();
      return view();
    },
    { validator: ({ actor }) => check(approveRefusal(actor, view())) },
  );

  setHandler(
    returnUpdate,
    async ({ actor, comment }) => {
      await rowsRecorded();
      return apply(await acts.returnOutgoingDraft({ documentId: init.documentId, stepKey: stepKey('return'), actor, comment: comment ?? '' }));
    },
    { validator: ({ actor }) => check(returnRefusal(actor, view())) },
  );

  setHandler(
    signUpdate,
    async ({ actor, ...sign }) => {
      await rowsRecorded();
      const r = await acts.signOutgoingDocument({ documentId: init.documentId, stepKey: stepKey('sign'), actor, sign });
      apply(r.view, { signedAt: r.signedAt });
      // Documents signed before the rounds alert at their own instants.
      const alertDelayMs = patched(DISPATCH_ALERT_ROUNDS_PATCH) ? DISPATCH_ALERT_SAFETY_NET_MS : 0;
      const dispatch = dispatchDeadlines({ documentId: init.documentId, urgency: r.view.urgency, signedAt: Date.parse(r.signedAt), isDone: () => view().status !== 'signed', alertDelayMs });
      for (const w of dispatch) watcher.watch(w);
      await condition(() => dispatch.every((w) => watcher.isRecorded(w.name)));
      return view();
    },
    { validator: ({ actor }) => check(signRefusal(actor, view())) },
  );

  setHandler(
    issueUpdate,
    async ({ actor, bookId }) => {
      await rowsRecorded();
      const r = await acts.issueOutgoingDocument({ documentId: init.documentId, stepKey: stepKey('issue'), actor, bookId });
      apply(r.view, { number: r.number, numberNotation: r.numberNotation });
      // The văn thư's answer does not wait for the recipients: every internal unit receives it in its own inbox in the
      // background, exactly once (the incoming id is derived from this document and the unit); the recipients' states show it.
      for (const d of r.deliveries) deliveries.set(d.recipientId, deliver(d.recipientId, stepKey(`deliver:${d.recipientId}`)));
      if (r.replacedId) {
        await getExternalWorkflowHandle(outgoingDocumentWorkflowId(r.replacedId))
          .signal(replacedSignal, { byId: init.documentId })
          .catch(() => undefined);
      }
      return view();
    },
    { validator: ({ actor }) => check(issueRefusal(actor, view())) },
  );

  setHandler(
    recallUpdate,
    async ({ actor, reason }) => {
      const v = apply(await acts.recallOutgoingDocument({ documentId: init.documentId, stepKey: stepKey('recall'), actor, reason }));
      withdrawCopies();
      return v;
    },
    { validator: ({ actor }) => check(recallRefusal(actor, view())) },
  );

  setHandler(
    cancelUpdate,
    async ({ actor, reason }) => {
      await rowsRecorded();
      return apply(await acts.cancelOutgoingDraft({ documentId: init.documentId, stepKey: stepKey('cancel'), actor, reason }));
    },
    { validator: ({ actor }) => check(cancelRefusal(actor, view())) },
  );

  setHandler(replacedSignal, () => {
    if (state && state.status === 'issued') {
      state = { ...state, status: 'replaced' };
      withdrawCopies();
    }
  });

  // An issued document stays open for a recall or a replacement; recalled, replaced and cancelled ones end here.
  await condition(ended);
  await watcher.finished();
  await condition(allHandlersFinished);
  await Promise.all(withdrawals);
  return view();
}
