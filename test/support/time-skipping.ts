import { Context } from '@temporalio/activity';
import type { Client } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, type NativeConnection } from '@temporalio/worker';
import { loadConfig } from '../../backend/src/config/config.ts';
import { findOrInstallTemporalTestServer } from '../../backend/src/temporal/test-server.ts';

export interface TimeSkippingEnv {
  address: string;
  client: Client;
  nativeConnection: NativeConnection;
  /** How long the test server took to answer, in real ms. */
  startupMs: number;
  /** The server's clock (ms since the epoch): what workflows see as now. */
  now(): Promise<number>;
  /** Lets the server's clock run `ms` ahead, firing every timer due meanwhile (and waiting for what they start). */
  skip(ms: number): Promise<void>;
  /** Skips to an instant (no-op if it has passed). */
  skipTo(t: number): Promise<void>;
  teardown(): Promise<void>;
}

/**
 * Temporal's time-skipping test server (the Java SDK's, installed by `npm run temporal:test-server`),
 * given to the SDK's TestWorkflowEnvironment as an existing executable: the SDK cannot download it here.
 */
export async function startTimeSkippingEnv(): Promise<TimeSkippingEnv> {
  const launcher = await findOrInstallTemporalTestServer({ cacheDir: loadConfig().temporal.cacheDir, log: console.log });
  // The SDK's INFO lines (worker state changes) add nothing to a test run.
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // already installed in this process
  }
  const t0 = Date.now();
  const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: launcher } } });
  const startupMs = Date.now() - t0;
  const now = () => env.currentTimeMs();
  const skip = async (ms: number) => {
    if (ms > 0) await env.sleep(ms);
  };
  return {
    address: env.address,
    client: env.client,
    nativeConnection: env.nativeConnection,
    startupMs,
    now,
    skip,
    skipTo: async (t) => skip(t - (await now())),
    teardown: () => env.teardown(),
  };
}

/** Activities stamp their rows with the server's clock (the scheduled time of the attempt), as production stamps them with the real one. */
export const serverClock = () => new Date(Context.current().info.currentAttemptScheduledTimestampMs);

/** Reads until `done` holds (rows written by activities after a time skip land a moment later). */
export async function poll<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = await read();
    if (done(v)) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
