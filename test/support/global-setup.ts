import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../backend/src/config/config.ts';
import { startEmbeddedPostgres } from '../../backend/src/db/embedded-postgres.ts';
import { initOrm, migrate } from '../../backend/src/db/orm.ts';
import { seed } from '../../backend/src/dev/seed.ts';
import { ensureWebBuild } from '../../backend/src/dev/web-build.ts';
import { findOrInstallTemporalCli, startTemporalDevServer } from '../../backend/src/temporal/dev-server.ts';
import { freePort } from './ports.ts';
import { spawnApp } from './processes.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: { url: string; databaseUrl: string; temporalAddress: string; dataDir: string; taskQueue: string };
  }
}

/**
 * The real stack for integration tests: embedded PostgreSQL, the Temporal CLI dev server, and the
 * app's own server and worker processes, all on free ports and a throw-away data directory.
 */
export default async function setup(project: TestProject) {
  await ensureWebBuild();
  const dataDir = await mkdtemp(join(tmpdir(), 'eoffice-test-'));
  const db = await startEmbeddedPostgres(dataDir, await freePort());
  const orm = await initOrm(db.url, { logger: () => {} });
  await migrate(orm);
  await seed(orm.em.fork());
  await orm.close();

  const config = loadConfig();
  const cli = await findOrInstallTemporalCli({ cliPath: config.temporal.cliPath, cacheDir: config.temporal.cacheDir, log: console.log });
  const temporal = await startTemporalDevServer({ cli, dbFile: join(dataDir, 'temporal.db'), port: await freePort(), uiPort: null });

  const port = await freePort();
  const taskQueue = 'e-office-test';
  const env = { DATA_DIR: dataDir, DATABASE_URL: db.url, TEMPORAL_ADDRESS: temporal.address, TEMPORAL_TASK_QUEUE: taskQueue, PORT: String(port), HOST: '127.0.0.1' };
  const worker = await spawnApp('worker', env);
  const server = await spawnApp('server', env);

  project.provide('stack', { url: `http://127.0.0.1:${port}`, databaseUrl: db.url, temporalAddress: temporal.address, dataDir, taskQueue });

  return async () => {
    await server.stop();
    await worker.stop();
    await temporal.stop();
    await db.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
