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
  };
  /** Per file, and files per document. */
  upload: { maxBytes: number; maxFiles: number };
  /** How far ahead of a deadline its reminders go. */
  reminders: { directionReminderWorkingHours: number; assignmentReminderWorkingDays: number };
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
    },
    upload: {
      maxBytes: int('UPLOAD_MAX_BYTES', env.UPLOAD_MAX_BYTES, 20 * 1024 * 1024),
      maxFiles: int('UPLOAD_MAX_FILES', env.UPLOAD_MAX_FILES, 20),
    },
    reminders: {
      directionReminderWorkingHours: int('DEADLINE_DIRECTION_REMINDER_HOURS', env.DEADLINE_DIRECTION_REMINDER_HOURS, 2),
      assignmentReminderWorkingDays: int('DEADLINE_ASSIGNMENT_REMINDER_DAYS', env.DEADLINE_ASSIGNMENT_REMINDER_DAYS, 1),
    },
    sessionTtlHours: int('SESSION_TTL_HOURS', env.SESSION_TTL_HOURS, 12),
    seedDemo: env.SEED_DEMO !== 'false',
  };
}
