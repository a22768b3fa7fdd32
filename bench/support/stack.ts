import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../backend/src/config/config.ts';
import { startEmbeddedPostgres } from '../../backend/src/db/embedded-postgres.ts';
import { initOrm, migrate } from '../../backend/src/db/orm.ts';
import { seed } from '../../backend/src/dev/seed.ts';
import { findOrInstallTemporalCli, startTemporalDevServer } from '../../backend/src/temporal/dev-server.ts';
import { freePort } from '../../test/support/ports.ts';
import { spawnApp } from '../../test/support/processes.ts';

export interface Stack {
  url: string;
  databaseUrl: string;
  temporalAddress: string;
  taskQueue: string;
  /** True when this process started the stack (and will stop it). */
  owned: boolean;
  stop(): Promise<void>;
}

/** A stop that hangs (e.g. PostgreSQL already ended by a terminal's Ctrl-C: its stop waits for an exit already past) must not keep the others from running. */
const bounded = (p: Promise<unknown>, ms: number) => {
  // Not unref'd: with every child gone, this timer may be all that keeps the process alive to finish the cleanup.
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]).finally(() => clearTimeout(timer));
};

/**
 * The stack as the integration tests start it (test/support/global-setup.ts): embedded PostgreSQL,
 * the Temporal CLI dev server, and the app's own server and worker processes, on free ports and a
 * throw-away data directory. Every piece is recorded as soon as it runs, so a failure half-way
 * still stops what did start. `onStop` hands out the stop function before anything starts, so that
 * a Ctrl-C during start-up stops it too.
 */
export async function startStack(
  log: (m: string) => void,
  opts: { temporalDynamicConfig?: string[]; onStop?: (stop: () => Promise<void>) => void } = {},
): Promise<Stack> {
  const stops: Array<{ name: string; run: () => Promise<unknown> }> = [];
  let stopRequested = false;
  let draining: Promise<void> | null = null;
  // Newest first; pieces recorded while a drain runs are taken by the same drain.
  const drain = () =>
    (draining ??= (async () => {
      await null; // so that `draining = null` below runs after the assignment above, even with nothing to stop
      for (let s = stops.pop(); s; s = stops.pop()) {
        await bounded(s.run(), 10_000).catch((e: unknown) => console.error(`stopping ${s.name}:`, e));
      }
      draining = null;
    })());
  // A stop asked for during start-up waits for the step in flight (initdb writing the data dir, PostgreSQL
  // half-started): that step then records its process and fails at once, and everything goes down in order.
  let startupSettled!: () => void;
  const startup = new Promise<void>((resolve) => (startupSettled = resolve));
  const stop = async () => {
    stopRequested = true;
    await startup;
    await drain();
  };
  const checkpoint = () => {
    if (stopRequested) throw new Error('stack stopped while starting');
  };
  const started = async (name: string, run: () => Promise<unknown>) => {
    stops.push({ name, run });
    checkpoint();
  };
  opts.onStop?.(stop);

  try {
    const dataDir = await mkdtemp(join(tmpdir(), 'eoffice-bench-'));
    await started('data dir', () => rm(dataDir, { recursive: true, force: true }));

    log('starting embedded PostgreSQL…');
    const db = await startEmbeddedPostgres(dataDir, await freePort());
    await started('PostgreSQL', () => db.stop());
    const orm = await initOrm(db.url, { logger: () => {} });
    try {
      await migrate(orm);
      await seed(orm.em.fork());
    } finally {
      await orm.close();
    }

    checkpoint();
    log('starting Temporal dev server…');
    const config = loadConfig();
    let cli = await findOrInstallTemporalCli({ cliPath: config.temporal.cliPath, cacheDir: config.temporal.cacheDir, log });
    if (opts.temporalDynamicConfig?.length) {
      // What-if runs: the product's own dev-server arguments stay the single source, this wrapper only appends
      // dynamic-config overrides; `exec` keeps the pid, so stopping the server still reaches Temporal itself.
      const wrapper = join(dataDir, 'temporal-with-overrides.sh');
      const extra = opts.temporalDynamicConfig.map((kv) => `--dynamic-config-value '${kv.replaceAll("'", '')}'`).join(' ');
      await writeFile(wrapper, `#!/bin/sh\nexec '${cli}' "$@" ${extra}\n`);
      await chmod(wrapper, 0o755);
      cli = wrapper;
    }
    const temporal = await startTemporalDevServer({ cli, dbFile: join(dataDir, 'temporal.db'), port: await freePort(), uiPort: null });
    await started('Temporal', () => temporal.stop());

    const port = await freePort();
    const taskQueue = 'e-office-bench';
    const env = { DATA_DIR: dataDir, DATABASE_URL: db.url, TEMPORAL_ADDRESS: temporal.address, TEMPORAL_TASK_QUEUE: taskQueue, PORT: String(port), HOST: '127.0.0.1' };
    checkpoint();
    log('starting app worker (bundles the workflows)…');
    const worker = await spawnApp('worker', env);
    await started('worker', () => worker.stop());
    checkpoint();
    log('starting app server…');
    const server = await spawnApp('server', env);
    await started('server', () => server.stop());

    return { url: `http://127.0.0.1:${port}`, databaseUrl: db.url, temporalAddress: temporal.address, taskQueue, owned: true, stop };
  } catch (e) {
    await drain();
    throw e;
  } finally {
    startupSettled();
  }
}

/** BENCH_URL + DATABASE_URL + TEMPORAL_ADDRESS: measure a stack someone else runs; nothing to stop. */
export function externalStack(env: NodeJS.ProcessEnv): Stack | null {
  const { BENCH_URL, DATABASE_URL, TEMPORAL_ADDRESS } = env;
  if (!BENCH_URL && !DATABASE_URL && !TEMPORAL_ADDRESS) return null;
  // The floor needs the database and Temporal, the product path the URL: half a stack cannot be measured.
  if (!BENCH_URL || !DATABASE_URL || !TEMPORAL_ADDRESS) {
    throw new Error('set all of BENCH_URL, DATABASE_URL and TEMPORAL_ADDRESS to use an existing stack, or none to start a throw-away one');
  }
  return {
    url: BENCH_URL.replace(/\/+$/, ''),
    databaseUrl: DATABASE_URL,
    temporalAddress: TEMPORAL_ADDRESS,
    taskQueue: loadConfig(env).temporal.taskQueue,
    owned: false,
    stop: async () => {},
  };
}
