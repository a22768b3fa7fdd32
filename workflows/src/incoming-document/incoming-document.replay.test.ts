import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { workflowBundle } from '../../../backend/src/temporal/worker.ts';

const dir = fileURLToPath(new URL('../../../test/fixtures/histories/', import.meta.url));
const fixtures = (await readdir(dir)).filter((f) => f.startsWith('incoming-document') && f.endsWith('.json'));

/** Recorded histories of running documents must replay: a non-deterministic change to the workflow fails here. */
describe('incoming-document workflow replays its recorded histories', () => {
  it('has recorded histories to replay', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });
  it.each(fixtures)('%s', { timeout: 60_000 }, async (file) => {
    // Handed over as JSON: the worker converts it with its own protobuf copy (converting here meets a second copy).
    const history: unknown = JSON.parse(await readFile(`${dir}${file}`, 'utf8'));
    await expect(Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, file)).resolves.toBeUndefined();
  });
});
