import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { access, mkdir, rm } from 'node:fs/promises';
import { constants } from 'node:fs';
import { createConnection } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export const TEMPORAL_CLI_VERSION = '1.5.1';

const isExecutable = (p: string) => access(p, constants.X_OK).then(() => true, () => false);

async function onPath(name: string): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && (await isExecutable(join(dir, name)))) return join(dir, name);
  }
  return undefined;
}

/**
 * The official Temporal CLI (it contains the dev server): TEMPORAL_CLI_PATH, then PATH, then the per-user
 * cache; if absent, built from the Go module proxy when Go is present, else fetched from the official release.
 */
export async function findOrInstallTemporalCli(opts: { cliPath?: string; cacheDir: string; log: (m: string) => void }): Promise<string> {
  if (opts.cliPath) {
    if (!(await isExecutable(opts.cliPath))) throw new Error(`TEMPORAL_CLI_PATH=${opts.cliPath} is not an executable file`);
    return opts.cliPath;
  }
  const fromPath = await onPath('temporal');
  if (fromPath) return fromPath;
  const dir = join(opts.cacheDir, `temporal-${TEMPORAL_CLI_VERSION}`);
  const cached = join(dir, 'temporal');
  if (await isExecutable(cached)) return cached;
  await mkdir(dir, { recursive: true });
  const go = await onPath('go');
  if (go) {
    opts.log(`Đang biên dịch Temporal CLI v${TEMPORAL_CLI_VERSION} bằng Go (lần đầu mất vài phút; lần sau dùng bản trong ${dir})…`);
    const r = spawnSync(go, ['install', `github.com/temporalio/cli/cmd/temporal@v${TEMPORAL_CLI_VERSION}`], {
      env: { ...process.env, GOBIN: dir, GOFLAGS: '-mod=mod' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (r.status !== 0) throw new Error(`go install of the Temporal CLI failed (exit ${r.status})`);
  } else {
    const os = platform() === 'darwin' ? 'darwin' : platform() === 'win32' ? 'windows' : 'linux';
    const cpu = arch() === 'arm64' ? 'arm64' : 'amd64';
    const url = `https://github.com/temporalio/cli/releases/download/v${TEMPORAL_CLI_VERSION}/temporal_cli_${TEMPORAL_CLI_VERSION}_${os}_${cpu}.tar.gz`;
    opts.log(`Đang tải Temporal CLI v${TEMPORAL_CLI_VERSION} từ bản phát hành chính thức: ${url}`);
    const res = await fetch(url);
    if (!res.ok) throw new Error(`download of ${url} failed: HTTP ${res.status}`);
    const archive = join(tmpdir(), `temporal-cli-${process.pid}.tar.gz`);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(archive, Buffer.from(await res.arrayBuffer()));
    const r = spawnSync('tar', ['-xzf', archive, '-C', dir, 'temporal'], { stdio: 'inherit' });
    await rm(archive, { force: true });
    if (r.status !== 0) throw new Error('could not unpack the Temporal CLI archive');
  }
  if (!(await isExecutable(cached))) throw new Error(`Temporal CLI not found at ${cached} after install`);
  return cached;
}

export async function waitForPort(port: number, host = '127.0.0.1', timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = createConnection({ port, host }, () => {
        s.end();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on ${host}:${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface DevServer {
  address: string;
  uiUrl: string | null;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** `temporal server start-dev` with its SQLite file in the data directory (WAL: throughput without losing durability on a crash of the app). */
export async function startTemporalDevServer(opts: {
  cli: string;
  dbFile: string;
  port: number;
  uiPort: number | null;
  log?: (m: string) => void;
}): Promise<DevServer> {
  const args = ['server', 'start-dev', '--db-filename', opts.dbFile, '--ip', '127.0.0.1', '--port', String(opts.port), '--log-level', 'warn',
    '--sqlite-pragma', 'journal_mode=WAL', '--sqlite-pragma', 'synchronous=NORMAL',
    // The single-shard dev server hands tasks to workers at 20/s by default, which adds ~35 ms to every step of
    // a person's action; eager activities skip a hand-off (bench:register, C=1: p50 150 → 45 ms).
    '--dynamic-config-value', 'history.transferProcessorMaxPollRPS=1000',
    '--dynamic-config-value', 'system.enableActivityEagerExecution=true',
    // One partition per task queue: with the default four, a new workflow's first task often lands where none of the
    // worker's few polls waits and is spooled to SQLite and read back (bench:register at C=8: p99 0.5–2 s → 0.25 s).
    '--dynamic-config-value', 'matching.numTaskqueueReadPartitions=1',
    '--dynamic-config-value', 'matching.numTaskqueueWritePartitions=1'];
  if (opts.uiPort === null) args.push('--headless');
  else args.push('--ui-port', String(opts.uiPort));
  const child = spawn(opts.cli, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`Temporal dev server exited (${code}): ${stderr}`))),
  );
  await Promise.race([waitForPort(opts.port), exited]);
  exited.catch(() => {});
  return {
    address: `127.0.0.1:${opts.port}`,
    uiUrl: opts.uiPort === null ? null : `http://localhost:${opts.uiPort}`,
    process: child,
    stop: () => stopChild(child),
  };
}

export function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
