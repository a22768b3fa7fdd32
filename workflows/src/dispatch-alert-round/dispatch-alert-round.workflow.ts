import { proxyActivities, sleep, workflowInfo } from '@temporalio/workflow';
import type { createOutgoingActivities } from '../../../backend/src/activities/outgoing.activities.ts';
import type { DispatchAlertRoundInput } from './messages.ts';

// Nobody waits on a round: it is retried until it lands (each attempt is one transaction, and a retry alerts nothing twice).
const acts = proxyActivities<ReturnType<typeof createOutgoingActivities>>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/**
 * A dispatch alert round: a durable timer to one instant, then every signed document whose early reminder or
 * dispatch limit falls on it is alerted in one activity (alert-dispatch-round.ts). Started by the activity that
 * records a dispatch limit. The documents' own timers follow a little later as the safety net.
 */
export async function dispatchAlertRoundWorkflow(input: DispatchAlertRoundInput) {
  const wait = input.at - Date.now();
  if (wait > 0) await sleep(wait);
  return acts.alertDispatchRound({ roundKey: workflowInfo().workflowId, at: input.at });
}
