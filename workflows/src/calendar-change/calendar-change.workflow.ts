import { continueAsNew, getExternalWorkflowHandle, proxyActivities } from '@temporalio/workflow';
import type { createDeadlineActivities } from '../../../backend/src/activities/deadline.activities.ts';
import { calendarChangedSignal, type CalendarChangeInput } from './messages.ts';

const acts = proxyActivities<ReturnType<typeof createDeadlineActivities>>({ startToCloseTimeout: '30 seconds' });

const PAGE = 200;
const PAGES_PER_RUN = 25;

/**
 * Brings one calendar change to every workflow with a pending deadline that depends on the changed
 * year, page by page; continues as new now and then so its history stays small however many there are.
 */
export async function calendarChangeWorkflow(input: CalendarChangeInput): Promise<{ signalled: number }> {
  let after = input.after ?? null;
  let signalled = input.signalled ?? 0;
  for (let page = 0; page < PAGES_PER_RUN; page++) {
    const { workflowIds, last } = await acts.listPendingDeadlineWorkflows({ year: input.year, after, limit: PAGE });
    const change = { year: input.year, version: input.version };
    // A workflow that ended meanwhile has nothing left to recompute.
    await Promise.all(workflowIds.map((id) => getExternalWorkflowHandle(id).signal(calendarChangedSignal, change).catch(() => undefined)));
    signalled += workflowIds.length;
    if (workflowIds.length < PAGE) return { signalled };
    after = last;
  }
  return continueAsNew<typeof calendarChangeWorkflow>({ ...input, after, signalled });
}
