import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from '@temporalio/worker';
import type pg from 'pg';
import { startEmbeddedPostgres } from '../../backend/src/db/embedded-postgres.ts';
import { initOrm, migrate, type Orm } from '../../backend/src/db/orm.ts';
import { seed } from '../../backend/src/dev/seed.ts';
import type { Actor } from '../../backend/src/shared/actor.ts';
import { workflowBundle } from '../../backend/src/temporal/worker.ts';
import { testPool } from './db-pool.ts';
import { freePort } from './ports.ts';
import { startTimeSkippingEnv, type TimeSkippingEnv } from './time-skipping.ts';

export interface TimeSkippingStack {
  env: TimeSkippingEnv;
  orm: Orm;
  sql: pg.Pool;
  /** The demo agency's users by username. */
  users: Map<string, Actor & { username: string }>;
  /** Stops the worker, the test server and PostgreSQL, and removes the data directory. */
  stop(): Promise<void>;
}

/**
 * What every time-skipping test file runs on: an embedded PostgreSQL (migrated, demo agency seeded) and Temporal's
 * time-skipping test server, started together, and a worker with the real workflow bundle and the given activities
 * on `taskQueue`.
 */
export async function startTimeSkippingStack(opts: { name: string; taskQueue: string; activities: (orm: Orm) => object }): Promise<TimeSkippingStack> {
  const dataDir = await mkdtemp(join(tmpdir(), `eoffice-${opts.name}-`));
  const [db, env] = await Promise.all([freePort().then((port) => startEmbeddedPostgres(dataDir, port)), startTimeSkippingEnv()]);
  const orm = await initOrm(db.url, { logger: () => {} });
  await migrate(orm);
  await seed(orm.em.fork());
  const sql = testPool(db.url);
  const users = new Map<string, Actor & { username: string }>();
  for (const r of (await sql.query(`select id, username, unit_id, roles from app_user`)).rows) users.set(r.username, { id: r.id, username: r.username, unitId: r.unit_id, roles: r.roles });
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue: opts.taskQueue, workflowBundle: await workflowBundle(), activities: opts.activities(orm) });
  const running = worker.run();
  return {
    env,
    orm,
    sql,
    users,
    stop: async () => {
      worker.shutdown();
      await running.catch(() => {});
      await env.teardown();
      await sql.end();
      await orm.close();
      await db.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
