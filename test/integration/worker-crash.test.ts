import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../support/ports.ts';
import { spawnApp, type AppProcess } from '../support/processes.ts';
import { COMPLETE } from '../support/incoming.ts';
import { runSlice } from '../support/slice.ts';

const stack = inject('stack');
const db = new pg.Pool({ connectionString: stack.databaseUrl, max: 2 });

/** A server and worker of their own (own task queue), so killing this worker disturbs no other test. */
let env: Record<string, string>;
let server: AppProcess;
let worker: AppProcess;

beforeAll(async () => {
  env = {
    DATA_DIR: stack.dataDir,
    DATABASE_URL: stack.databaseUrl,
    TEMPORAL_ADDRESS: stack.temporalAddress,
    TEMPORAL_TASK_QUEUE: 'crash-test',
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
  };
  [server, worker] = await Promise.all([spawnApp('server', env), spawnApp('worker', env)]);
});
afterAll(async () => {
  await Promise.all([server?.stop(), worker?.stop()]);
  await db.end();
});

describe('a worker killed mid-flow', () => {
  it('resumes after a restart, and no step takes effect twice', async () => {
    const url = `http://127.0.0.1:${env.PORT}`;
    const s = await runSlice(url, { until: 'assigned' });

    // The worker dies with the document's workflow in its cache; the specialist acts while no worker runs.
    worker.kill();
    const pending = s.specialist.ok(COMPLETE, { input: { assignmentId: s.handlerAssignmentId, resultNote: 'Xong sau sự cố.' } });
    await new Promise((r) => setTimeout(r, 1500));
    const written = await db.query(`select 1 from audit_event where subject_id = $1 and kind = 'assignment.completed'`, [s.documentId]);
    expect(written.rowCount).toBe(0);
    worker = await spawnApp('worker', env);

    const done = (await pending).completeHandling;
    expect(done.__typename).toBe('MutationCompleteHandlingSuccess');
    // The part is done; the document waits for the chủ trì to close it.
    expect(done.data.status).toBe('IN_PROGRESS');

    const kinds = (await db.query(`select kind, count(*)::int n from audit_event where subject_id = $1 group by kind order by kind`, [s.documentId])).rows;
    expect(kinds).toEqual([
      { kind: 'assignment.completed', n: 1 },
      { kind: 'assignment.handler_assigned', n: 1 },
      { kind: 'deadline.set', n: 1 },
      { kind: 'document.directed', n: 1 },
      { kind: 'document.registered', n: 1 },
    ]);
    const assignments = (await db.query(`select count(*)::int n from assignment where document_id = $1`, [s.documentId])).rows[0].n;
    expect(assignments).toBe(3);
  });
});
