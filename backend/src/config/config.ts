import { homedir } from 'node:os';
import { resolve } from 'node:path';

/** Everything the processes read from the environment, parsed once. README lists each variable. */
export interface Config {
  env: 'development' | 'production' | 'test';
  dataDir: string;
  port: number;
  host: string;
  /** Unset: an embedded PostgreSQL is started in dataDir. */
  databaseUrl: string | undefined;
  embeddedPgPort: number;
  temporal: {
    /** Unset: the Temporal CLI dev server is started in dataDir. */
    address: string | undefined;
    namespace: string;
    taskQueue: string;
    tls: { certPath?: string; keyPath?: string; caPath?: string; serverName?: string } | undefined;
    apiKey: string | undefined;
    devPort: number;
    devUiPort: number;
    cliPath: string | undefined;
    cacheDir: string;
    /** Workflows the worker keeps in memory between their steps; the others are replayed from history when they wake. */
    maxCachedWorkflows: number;
  };
  /** Per file, and files per document. */
  upload: { maxBytes: number; maxFiles: number };
  sessionTtlHours: number;
  seedDemo: boolean;
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const tlsWanted = env.TEMPORAL_TLS === 'true' || env.TEMPORAL_TLS_CERT || env.TEMPORAL_TLS_CA;
  return {
    env: mode,
    dataDir: resolve(env.DATA_DIR ?? '.data'),
    port: int('PORT', env.PORT, 4000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedPgPort: int('EMBEDDED_PG_PORT', env.EMBEDDED_PG_PORT, 5433),
    temporal: {
      address: env.TEMPORAL_ADDRESS || undefined,
      namespace: env.TEMPORAL_NAMESPACE ?? 'default',
      taskQueue: env.TEMPORAL_TASK_QUEUE ?? 'e-office',
      tls: tlsWanted
        ? {
            certPath: env.TEMPORAL_TLS_CERT,
            keyPath: env.TEMPORAL_TLS_KEY,
            caPath: env.TEMPORAL_TLS_CA,
            serverName: env.TEMPORAL_TLS_SERVER_NAME,
          }
        : undefined,
      apiKey: env.TEMPORAL_API_KEY || undefined,
      devPort: int('TEMPORAL_DEV_PORT', env.TEMPORAL_DEV_PORT, 7233),
      devUiPort: int('TEMPORAL_DEV_UI_PORT', env.TEMPORAL_DEV_UI_PORT, 8233),
      cliPath: env.TEMPORAL_CLI_PATH || undefined,
      cacheDir: resolve(env.E_OFFICE_CACHE_DIR ?? resolve(homedir(), '.cache', 'e-office')),
      // The SDK's default grows with the heap limit (~2,400 workflows at Node's 4 GiB: 1.7 GiB resident with 10,000 open tasks);
      // most of ours wait days on a person or a timer, so a replay on waking costs less than keeping them.
      maxCachedWorkflows: int('TEMPORAL_MAX_CACHED_WORKFLOWS', env.TEMPORAL_MAX_CACHED_WORKFLOWS, 500),
    },
    upload: {
      maxBytes: int('UPLOAD_MAX_BYTES', env.UPLOAD_MAX_BYTES, 20 * 1024 * 1024),
      maxFiles: int('UPLOAD_MAX_FILES', env.UPLOAD_MAX_FILES, 20),
    },
    sessionTtlHours: int('SESSION_TTL_HOURS', env.SESSION_TTL_HOURS, 12),
    seedDemo: env.SEED_DEMO !== 'false',
  };
}
