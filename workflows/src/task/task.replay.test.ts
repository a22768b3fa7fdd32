import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { workflowBundle } from '../../../backend/src/temporal/worker.ts';

const dir = fileURLToPath(new URL('../../../test/fixtures/histories/', import.meta.url));
const fixtures = (await readdir(dir)).filter((f) => f.startsWith('task-') && f.endsWith('.json'));

/**
 * Recorded histories of tasks (a parent and, apart, a subtask's child workflow) must replay: a
 * non-deterministic change to the task workflow fails here. Record new ones with
 * `RECORD_HISTORIES=<name>` on test/integration/task-history.test.ts.
 */
describe('task workflow replays its recorded histories', () => {
  it('has a parent’s and a subtask’s history to replay', () => {
    expect(fixtures.some((f) => f.endsWith('-parent.json'))).toBe(true);
    expect(fixtures.some((f) => f.endsWith('-subtask.json'))).toBe(true);
  });
  it.each(fixtures)('%s', { timeout: 60_000 }, async (file) => {
    // Handed over as JSON: the worker converts it with its own protobuf copy (converting here meets a second copy).
    const history: unknown = JSON.parse(await readFile(`${dir}${file}`, 'utf8'));
    await expect(Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, file)).resolves.toBeUndefined();
  });
});
