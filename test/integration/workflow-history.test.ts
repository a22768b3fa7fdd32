import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { loadConfig } from '../../backend/src/config/config.ts';
import { findOrInstallTemporalCli } from '../../backend/src/temporal/dev-server.ts';
import { workflowBundle } from '../../backend/src/temporal/worker.ts';
import { incomingDocumentWorkflowId } from '../../workflows/src/incoming-document/messages.ts';
import { runSlice } from '../support/slice.ts';

const stack = inject('stack');
let client: Client;
beforeAll(async () => {
  client = new Client({ connection: await Connection.connect({ address: stack.temporalAddress }) });
});
afterAll(() => client.connection.close());

/**
 * A real history of the whole slice replays against today's workflow code. With RECORD_HISTORIES=<name> it
 * is also written to test/fixtures/histories, where the replay unit test keeps old histories honest.
 */
it('replays the history of a completed document', async () => {
  const { documentId } = await runSlice(stack.url, { until: 'completed' });
  const handle = client.workflow.getHandle(incomingDocumentWorkflowId(documentId));
  expect((await handle.describe()).status.name).toBe('COMPLETED');
  const history = await handle.fetchHistory();
  await Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history);
  // RECORD_HISTORIES=v2-completed writes incoming-document-v2-completed.json; older fixtures stay, so old runs keep replaying.
  const name = process.env.RECORD_HISTORIES;
  if (name) {
    const target = fileURLToPath(new URL(`../fixtures/histories/incoming-document-${name}.json`, import.meta.url));
    // The official CLI writes the proto-JSON form that historyFromJSON reads (the SDK's own writer trips over two protobufjs copies).
    const { temporal } = loadConfig();
    const cli = await findOrInstallTemporalCli({ cliPath: temporal.cliPath, cacheDir: temporal.cacheDir, log: console.log });
    const json = execFileSync(cli, ['workflow', 'show', '--workflow-id', handle.workflowId, '--address', stack.temporalAddress, '--output', 'json']);
    await writeFile(target, json);
  }
});
