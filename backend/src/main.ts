import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Client } from '@temporalio/client';
import { DefaultLogger, Runtime, type NativeConnection, type Worker } from '@temporalio/worker';
import { loadConfig, type Config } from './config/config.ts';
import { startEmbeddedPostgres, type EmbeddedDb } from './db/embedded-postgres.ts';
import { initOrm, migrate, type Orm } from './db/orm.ts';
import { DEMO_PASSWORD, DEMO_USERS, seed } from './dev/seed.ts';
import { ensureWebBuild } from './dev/web-build.ts';
import { createAppServer } from './server.ts';
import { connectClient, connectWorker } from './temporal/connection.ts';
import { findOrInstallTemporalCli, startTemporalDevServer, type DevServer } from './temporal/dev-server.ts';
import { createWorker } from './temporal/worker.ts';

type Mode = 'start' | 'server' | 'worker';

const stops: Array<() => Promise<unknown>> = [];
let step = 0;
const say = (m: string) => console.log(m);
const progress = (m: string) => console.log(`[${++step}] ${m}`);

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  progress(`${label}…`);
  const result = await run();
  say(`    xong (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return result;
}

async function database(config: Config, mode: Mode): Promise<Orm> {
  let url = config.databaseUrl;
  if (!url) {
    if (mode !== 'start') throw new Error(`"${mode}" runs beside other processes: set DATABASE_URL (the embedded PostgreSQL belongs to "npm start").`);
    const db: EmbeddedDb = await timed(`Khởi động PostgreSQL nhúng (dữ liệu trong ${join(config.dataDir, 'pg')})`, () =>
      startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, (m) => say(`    ${m}`)),
    );
    stops.push(() => db.stop());
    url = db.url;
  }
  const orm = await timed('Kết nối cơ sở dữ liệu và áp dụng migration', async () => {
    const o = await initOrm(url, { logger: () => {} });
    await migrate(o);
    return o;
  });
  stops.push(() => orm.close());
  if (config.seedDemo && mode !== 'worker') {
    const { seededAgency } = await seed(orm.em.fork());
    if (seededAgency) say('    đã tạo dữ liệu mẫu: cơ quan demo, tài khoản, sổ văn bản đến và văn bản đi năm nay');
  }
  return orm;
}

async function temporalAddress(config: Config, mode: Mode): Promise<{ address: string; uiUrl: string | null }> {
  if (config.temporal.address) return { address: config.temporal.address, uiUrl: null };
  if (mode !== 'start') throw new Error(`"${mode}" runs beside other processes: set TEMPORAL_ADDRESS (the dev server belongs to "npm start").`);
  const cli = await timed('Tìm Temporal CLI (máy chủ phát triển)', () =>
    findOrInstallTemporalCli({ cliPath: config.temporal.cliPath, cacheDir: config.temporal.cacheDir, log: (m) => say(`    ${m}`) }),
  );
  const dev: DevServer = await timed('Khởi động Temporal dev server', () =>
    startTemporalDevServer({ cli, dbFile: join(config.dataDir, 'temporal.db'), port: config.temporal.devPort, uiPort: config.temporal.devUiPort }),
  );
  stops.push(() => dev.stop());
  return dev;
}

async function buildWebIfStale(): Promise<void> {
  await timed('Kiểm tra bản build giao diện web (Vite build khi mã nguồn thay đổi)', ensureWebBuild);
}

async function runWorker(config: Config, orm: Orm, address: string): Promise<void> {
  // The SDK's INFO lines (state changes) would bury the start-up progress; warnings and errors still show.
  // Our own Ctrl-C handler stops everything in order; the SDK's would start draining the worker behind our back.
  Runtime.install({ logger: new DefaultLogger('WARN'), shutdownSignals: [] });
  const connection: NativeConnection = await connectWorker(config.temporal, address);
  const worker: Worker = await timed('Khởi động Temporal worker (đóng gói workflow)', () =>
    createWorker({ connection, namespace: config.temporal.namespace, taskQueue: config.temporal.taskQueue, orm, maxCachedWorkflows: config.temporal.maxCachedWorkflows }),
  );
  const running = worker.run();
  stops.push(async () => {
    worker.shutdown();
    await running.catch(() => {});
    await connection.close();
  });
  running.catch((e: unknown) => {
    console.error('Temporal worker stopped:', e);
    void shutdown(1);
  });
}

async function runServer(config: Config, orm: Orm, address: string): Promise<void> {
  const temporal: Client = await connectClient(config.temporal, address);
  stops.push(() => temporal.connection.close());
  const server: Server = createAppServer({ config, orm, temporal });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  stops.push(() => new Promise((r) => server.close(r)));
  progress(`Máy chủ web và GraphQL đang chạy trên cổng ${config.port}`);
}

let stopping = false;
async function shutdown(code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  say('\nĐang dừng các tiến trình…');
  for (const stop of stops.reverse()) await stop().catch((e: unknown) => console.error(e));
  say('Đã dừng.');
  process.exit(code);
}

async function main(mode: Mode): Promise<void> {
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  const config = loadConfig();
  const orm = await database(config, mode);
  const temporal = await temporalAddress(config, mode);
  if (mode === 'start') await buildWebIfStale();
  if (mode !== 'server') await runWorker(config, orm, temporal.address);
  if (mode !== 'worker') await runServer(config, orm, temporal.address);
  if (mode === 'worker') {
    progress(`Worker đang nhận việc trên hàng đợi "${config.temporal.taskQueue}" (${temporal.address})`);
    return;
  }
  say('');
  say(`  Ứng dụng web:      http://localhost:${config.port}`);
  say(`  GraphQL:           http://localhost:${config.port}/graphql${config.env === 'development' ? ' (GraphiQL)' : ''}`);
  if (temporal.uiUrl) say(`  Temporal Web UI:   ${temporal.uiUrl}`);
  if (config.seedDemo) {
    say(`  Tài khoản mẫu (mật khẩu ${DEMO_PASSWORD}):`);
    for (const u of DEMO_USERS) say(`    ${u.username.padEnd(18)} ${u.fullName} — ${u.position}`);
  }
  say('  Nhấn Ctrl-C để dừng tất cả.');
}

const mode = (process.argv[2] ?? 'start') as Mode;
if (!['start', 'server', 'worker'].includes(mode)) {
  console.error('usage: main.ts [start|server|worker]');
  process.exit(2);
}
main(mode).catch(async (e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  await shutdown(1);
});
