import type { Client } from '@temporalio/client';
import type { dispatchAlertRoundWorkflow } from '../../../workflows/src/dispatch-alert-round/dispatch-alert-round.workflow.ts';
import { dispatchAlertRoundWorkflowId } from '../../../workflows/src/dispatch-alert-round/messages.ts';

/** Rounds this process has made sure of, per client: ten thousand documents signed the same day share two or three instants. */
const ensured = new WeakMap<Client, Map<string, number>>();

/** Makes sure a dispatch alert round runs at each instant (one workflow per instant; a running one is kept). */
export async function ensureDispatchAlertRounds(client: Client, taskQueue: string, instants: readonly number[]): Promise<void> {
  let known = ensured.get(client);
  if (!known) ensured.set(client, (known = new Map()));
  for (const at of new Set(instants)) {
    const id = dispatchAlertRoundWorkflowId(at);
    const key = `${taskQueue}|${id}`;
    if (known.has(key)) continue;
    await client.workflow.start<typeof dispatchAlertRoundWorkflow>('dispatchAlertRoundWorkflow', {
      workflowId: id,
      taskQueue,
      args: [{ at }],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    known.set(key, at);
  }
  // Past rounds have run: forgetting them keeps the map small.
  const hourAgo = Date.now() - 3600_000;
  for (const [key, at] of known) if (at < hourAgo) known.delete(key);
}
