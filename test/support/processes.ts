import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { waitForPort, stopChild } from '../../backend/src/temporal/dev-server.ts';

const main = fileURLToPath(new URL('../../backend/src/main.ts', import.meta.url));

export interface AppProcess {
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
  kill(): void;
}

/** Runs `main.ts server|worker` as its own process, as production would, on the test's database and Temporal. */
export async function spawnApp(mode: 'server' | 'worker', env: Record<string, string>): Promise<AppProcess> {
  const child = spawn(process.execPath, [main, mode], { env: { ...process.env, NODE_ENV: 'test', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const collect = (d: Buffer) => {
    out = (out + d.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const ready = mode === 'server'
    ? waitForPort(Number(env.PORT), '127.0.0.1', 60_000)
    : new Promise<void>((resolve) => {
        const check = (d: Buffer) => {
          if (d.toString().includes('Worker đang nhận việc')) {
            child.stdout?.off('data', check);
            resolve();
          }
        };
        child.stdout?.on('data', check);
      });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`${mode} exited (${code}):\n${out}`))));
  await Promise.race([ready, exited]);
  exited.catch(() => {});
  return { child, output: () => out, stop: () => stopChild(child), kill: () => child.kill('SIGKILL') };
}
