import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, Worker, type NativeConnection, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { createDeadlineActivities } from '../activities/deadline.activities.ts';
import { createDocumentActivities } from '../activities/document.activities.ts';
import { createOutgoingActivities } from '../activities/outgoing.activities.ts';
import { createSourceRecallActivities } from '../activities/source-recall.activities.ts';
import { createTaskActivities } from '../activities/task.activities.ts';
import type { Orm } from '../db/orm.ts';

export const workflowsPath = fileURLToPath(new URL('../../../workflows/src/index.ts', import.meta.url));

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;
/** Bundling takes seconds; one bundle per process serves every worker it starts. */
export function workflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  return (bundle ??= bundleWorkflowCode({ workflowsPath, logger: { log() {}, trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error } }));
}

export async function createWorker(opts: {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  orm: Orm;
  /** Sticky cache bound (config TEMPORAL_MAX_CACHED_WORKFLOWS): the worker's memory stays flat however many workflows are open. */
  maxCachedWorkflows: number;
}): Promise<Worker> {
  return Worker.create({
    connection: opts.connection,
    namespace: opts.namespace,
    taskQueue: opts.taskQueue,
    workflowBundle: await workflowBundle(),
    maxCachedWorkflows: opts.maxCachedWorkflows,
    activities: { ...createDocumentActivities({ orm: opts.orm }), ...createDeadlineActivities({ orm: opts.orm }), ...createOutgoingActivities({ orm: opts.orm }), ...createSourceRecallActivities({ orm: opts.orm }), ...createTaskActivities({ orm: opts.orm }) },
  });
}
