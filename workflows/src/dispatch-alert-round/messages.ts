/** One round per instant: every document alerted at that instant shares it (started idempotently by this id). */
export const dispatchAlertRoundWorkflowId = (at: number) => `dispatch-alert-round/${new Date(at).toISOString()}`;

export interface DispatchAlertRoundInput {
  /** The instant (epoch ms) the round's reminders and limits fall on. */
  at: number;
}
