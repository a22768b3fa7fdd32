/**
 * Tasks at the size of a province's follow-up system: 200,000 tasks and 10,000 users in ~100 units.
 * At the GraphQL level (POST /graphql with the user's session, the queries the task pages send):
 * "my tasks" first page (open only, by deadline) p95 <= 20 ms, and the leader's dashboard for a year
 * and all units p95 <= 200 ms. Then 10,000 open task workflows waiting on their timers: the app
 * worker's resident memory before, while they start and after, which must not grow with their number
 * (the worker keeps at most `maxCachedWorkflows` of them in its sticky cache; the others live in Temporal).
 *
 * Run:  npm run bench:tasks
 *       BENCH_TASKS=50000 BENCH_WORKFLOWS=2000 npm run bench:tasks
 * Env:  BENCH_TASKS (200000), BENCH_USERS (10000), BENCH_WORKFLOWS (10000 open task workflows),
 *       BENCH_REQUESTS (200 per measure), BENCH_SAMPLE_USERS (12: unit heads and specialists),
 *       BENCH_CONCURRENCY (8 task creations in flight); TEMPORAL_MAX_CACHED_WORKFLOWS reaches the app worker (default 500).
 *
 * The generator writes the 200,000 tasks straight into PostgreSQL with generate_series (creating them through
 * workflows would measure creation): deadlines spread over three years (two back, one ahead), half led by a unit and
 * half by a person, statuses by deadline (long past: mostly done, 20% late, some refused, cancelled or still open;
 * ahead: in progress, awaiting acceptance or evaluation), a phối hợp unit on a third and a phối hợp person on a seventh.
 * The secondary indexes are dropped and rebuilt around the load (what a bulk import does). The workflows are real:
 * update-with-start through the app's TaskClient, each recording its task, deadline row and reminders' timers.
 * Always a throw-away stack (bench/support/stack.ts), stopped at the end, also on failure or Ctrl-C.
 * Exit code 0 when the figures are measured (a missed target prints FAIL), 1 on error.
 */

import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { loadConfig } from '../backend/src/config/config.ts';
import { initOrm } from '../backend/src/db/orm.ts';
import { countTasks, listTasks } from '../backend/src/modules/task/list-tasks.ts';
import { getTaskDashboard } from '../backend/src/modules/task/task-dashboard.ts';
import type { CleanTaskInput } from '../backend/src/modules/task/validate-task.ts';
import type { Actor } from '../backend/src/shared/actor.ts';
import { TaskClient } from '../backend/src/temporal/task.client.ts';
import { GqlClient } from '../test/support/graphql-client.ts';
import { startStack, type Stack } from './support/stack.ts';

function param(env: string, fallback: number): number {
  const raw = process.env[env];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${env} must be a positive integer, got "${raw}"`);
  return n;
}
const TASKS = param('BENCH_TASKS', 200_000);
const USERS = param('BENCH_USERS', 10_000);
const WORKFLOWS = param('BENCH_WORKFLOWS', 10_000);
const REQUESTS = param('BENCH_REQUESTS', 200);
const SAMPLE = param('BENCH_SAMPLE_USERS', 12);
const CONCURRENCY = param('BENCH_CONCURRENCY', 8);
const UNITS = 100;
const CHUNK = 100_000;
const TARGET_PAGE_MS = 20;
const TARGET_DASHBOARD_MS = 200;

const progress = (m: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);
const vnToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const vnDatePlus = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

// ---------------------------------------------------------------- generator

async function seedOrg(db: pg.Pool): Promise<void> {
  const perUnit = Math.max(2, Math.floor(USERS / UNITS));
  await db.query(`create table bench_unit (idx int primary key, id uuid not null)`);
  await db.query(`create table bench_user (unit_idx int, idx int, id uuid not null, head boolean, primary key (unit_idx, idx))`);
  await db.query(
    `insert into unit (id, code, name, kind, parent_id, sort_order)
     select gen_random_uuid(), 'BU' || lpad(i::text, 3, '0'), 'Phòng thử nghiệm số ' || i, 'department', null, 100 + i
       from generate_series(0, $1::int - 1) i`,
    [UNITS],
  );
  await db.query(`insert into bench_unit select substr(code, 3)::int, id from unit where code like 'BU%'`);
  // Every bench user shares the demo password hash, so that the sample can log in.
  await db.query(
    `insert into app_user (id, username, full_name, position, password_hash, unit_id, roles, active)
     select gen_random_uuid(), 'bu' || u.idx || '.' || k, 'Người dùng ' || u.idx || '.' || k,
            case when k = 0 then 'Trưởng phòng' else 'Chuyên viên' end,
            (select password_hash from app_user where username = 'chutich'), u.id,
            case when k = 0 then array['unit_head'] else array['specialist'] end, true
       from bench_unit u cross join generate_series(0, $1::int - 1) k`,
    [perUnit],
  );
  await db.query(
    `insert into bench_user select bu.idx, split_part(a.username, '.', 2)::int, a.id, 'unit_head' = any(a.roles)
       from app_user a join bench_unit bu on bu.id = a.unit_id`,
  );
  await db.query('analyze unit; analyze app_user');
}

/** Tasks n in [1, TASKS]: the deadline by a hash of n over three years, so every chunk spreads over all of them. */
async function seedTasks(db: pg.Pool): Promise<void> {
  const leader = (await db.query(`select id from app_user where username = 'chutich'`)).rows[0].id as string;
  const perUnit = Math.max(2, Math.floor(USERS / UNITS));
  for (let a = 1; a <= TASKS; a += CHUNK) {
    const b = Math.min(TASKS, a + CHUNK - 1);
    const c = await db.connect();
    try {
      await c.query('begin');
      await c.query(
        // Tasks 2k and 2k + 1 share a unit, one led by the unit and one by a person of it: every unit has both.
        `create temp table gen on commit drop as
         select n, gen_random_uuid() as id, d.due_date,
                ((d.due_date + time '17:00') at time zone 'Asia/Ho_Chi_Minh') as due_at,
                ((n / 2) * 31) % ${UNITS} as unit_idx, 1 + (n / 2) % ${perUnit - 1} as user_idx
           from generate_series($1::int, $2::int) n
           cross join lateral (select (now() at time zone 'Asia/Ho_Chi_Minh')::date - 730 + ((n::bigint * 7919) % 1095)::int as due_date) d`,
        [a, b],
      );
      await c.query(
        `insert into task (id, parent_id, title, content, priority, source_type, assigned_by_id, assigned_at, lead_unit_id, lead_user_id,
            lead_holder_unit_id, due_date, due_at, status, progress, report_frequency, accepted_at, submitted_at, result_text, completed_at,
            completed_on_time, rating, status_reason, created_at)
         select g.id, null,
                (array['Rà soát','Báo cáo','Tham mưu','Kiểm tra','Tổng hợp'])[1 + g.n % 5] || ' ' ||
                  (array['tiến độ giải ngân vốn đầu tư công','hồ sơ thủ tục hành chính','công tác phòng chống thiên tai','hiện trạng sử dụng đất công','kết quả chuyển đổi số'])[1 + (g.n / 5) % 5]
                  || ' (nhiệm vụ số ' || g.n || ')',
                null, (array['low','normal','normal','high','urgent'])[1 + g.n % 5], 'none',
                case when g.n % 4 = 3 then hu.id else $1::uuid end, g.due_at - interval '20 days',
                case when g.n % 2 = 0 then bu.id end, case when g.n % 2 = 1 then su.id end, bu.id,
                g.due_date, g.due_at, s.status,
                case when s.status = 'done' then 100 when s.status in ('in_progress','awaiting_evaluation') then g.n % 100 else 0 end,
                'none',
                case when s.status not in ('awaiting_acceptance','refused') then g.due_at - interval '19 days' end,
                case when s.status in ('done','awaiting_evaluation') then s.submitted_at end,
                case when s.status in ('done','awaiting_evaluation') then 'Đã hoàn thành.' end,
                case when s.status = 'done' then s.submitted_at + interval '1 day' end,
                case when s.status = 'done' then s.submitted_at <= g.due_at end,
                case when s.status = 'done' and g.n % 3 = 0 then 1 + g.n % 5 end,
                case when s.status = 'refused' then 'Không thuộc chức năng của đơn vị.' when s.status = 'cancelled' then 'Đã có chỉ đạo khác.' end,
                g.due_at - interval '20 days'
           from gen g
           join bench_unit bu on bu.idx = g.unit_idx
           join bench_user hu on hu.unit_idx = g.unit_idx and hu.idx = 0
           join bench_user su on su.unit_idx = g.unit_idx and su.idx = g.user_idx
           cross join lateral (select
             case when g.due_date < (now() at time zone 'Asia/Ho_Chi_Minh')::date - 30 then
                    case g.n % 50 when 1 then 'refused' when 2 then 'cancelled' when 3 then 'in_progress' else 'done' end
                  when g.due_date < (now() at time zone 'Asia/Ho_Chi_Minh')::date then
                    case g.n % 10 when 1 then 'awaiting_evaluation' when 2 then 'in_progress' when 3 then 'in_progress' else 'done' end
                  else case g.n % 10 when 1 then 'awaiting_acceptance' when 2 then 'awaiting_evaluation' when 3 then 'refused' else 'in_progress' end
             end as status,
             -- One in five submitted after its deadline.
             g.due_at + case when g.n % 5 = 0 then interval '2 days' else interval '-2 days' end as submitted_at) s`,
        [leader],
      );
      await c.query(
        `insert into task_coordinator (id, task_id, unit_id, user_id)
         select gen_random_uuid(), g.id, bu.id, null from gen g join bench_unit bu on bu.idx = (g.n * 17 + 5) % ${UNITS} where g.n % 3 = 0
         union all
         select gen_random_uuid(), g.id, null, su.id from gen g join bench_user su on su.unit_idx = (g.n * 13 + 7) % ${UNITS} and su.idx = 1 + g.n % ${perUnit - 1}
          where g.n % 7 = 0`,
      );
      await c.query('commit');
    } catch (e) {
      await c.query('rollback');
      throw e;
    } finally {
      c.release();
    }
    progress(`  tasks ${b.toLocaleString('en')} / ${TASKS.toLocaleString('en')}`);
  }
}

const BULK_TABLES = ['task', 'task_coordinator'];

/** Drops the secondary (non-unique, non-primary) indexes of the bulk tables, giving back their definitions. */
async function dropSecondaryIndexes(db: pg.Pool): Promise<string[]> {
  const rows = (
    await db.query<{ name: string; def: string }>(
      `select i.relname as name, pg_get_indexdef(x.indexrelid) as def
         from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
        where t.relname = any($1) and not x.indisunique and not x.indisprimary`,
      [BULK_TABLES],
    )
  ).rows;
  for (const r of rows) await db.query(`drop index ${r.name}`);
  return rows.map((r) => r.def);
}

// ---------------------------------------------------------------- measure

// The task pages' own queries (frontend/src/modules/tasks: use-task-list.ts with TaskTable's row, TaskDashboardPage.vue).
const ROW = `id title priority status viewStatus overdue dueDate progress source { type }
  lead { unit { id name } user { id fullName unit { id name } } } assignedBy { id fullName } parent { id title }`;
const TASKS_QUERY = `query Tasks($scope: TaskScope!, $filter: TaskFilter, $first: Int, $after: String) {
  tasks(scope: $scope, filter: $filter, first: $first, after: $after) {
    totalCount totalCountCapped pageInfo { hasNextPage endCursor } edges { node { ${ROW} } } } }`;
const COUNTS = `total doneOnTime doneLate inProgressOnTime inProgressOverdue refused cancelled`;
const DASHBOARD_QUERY = `query TaskDashboard($from: Date!, $to: Date!, $unitId: ID) {
  taskDashboard(from: $from, to: $to, unitId: $unitId) {
    __typename
    ... on Error { code message }
    ... on QueryTaskDashboardSuccess { data { from to total { ${COUNTS} } byUnit { ${COUNTS} unit { id name } }
      byPerson { ${COUNTS} user { id fullName unit { id name } } } personCount overdue { ${ROW} } } } } }`;

interface Sampled {
  username: string;
  role: string;
  client: GqlClient;
}

async function sampleUsers(db: pg.Pool, url: string): Promise<Sampled[]> {
  const heads = Math.max(1, Math.floor(SAMPLE / 2));
  const specialists = Math.max(1, SAMPLE - heads);
  const names = [
    ...(await db.query(`select 'bu' || unit_idx || '.0' as u from bench_user where head order by unit_idx limit $1`, [heads])).rows.map((r) => ({ username: r.u as string, role: 'unit_head' })),
    ...(await db.query(`select 'bu' || (unit_idx * 13 % ${UNITS}) || '.' || (1 + unit_idx % 40) as u from bench_user where head order by unit_idx limit $1`, [specialists])).rows.map(
      (r) => ({ username: r.u as string, role: 'specialist' }),
    ),
  ];
  return Promise.all(
    names.map(async (n) => {
      const client = new GqlClient(url);
      await client.login(n.username);
      return { ...n, client };
    }),
  );
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

async function timed<T>(name: string, clients: T[], requests: number, call: (c: T) => Promise<unknown>) {
  for (const c of clients) await call(c); // warm-up: plans, connections
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const t0 = performance.now();
    await call(clients[i % clients.length]!);
    times.push(performance.now() - t0);
  }
  return { name, p50: pct(times, 50), p95: pct(times, 95), max: Math.max(...times) };
}

const verdict = (v: number, t: number) => (v <= t ? 'PASS' : 'FAIL');
const line = (r: { name: string; p50: number; p95: number; max: number }, target: number) =>
  `  ${r.name.padEnd(34)} p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  max ${r.max.toFixed(1)} ms  (target p95 <= ${target} ms) ${verdict(r.p95, target)}`;

async function measureQueries(db: pg.Pool, url: string, databaseUrl: string): Promise<void> {
  const users = await sampleUsers(db, url);
  const leader = new GqlClient(url);
  await leader.login('chutich');
  const year = Number(vnToday().slice(0, 4));

  const sizes: string[] = [];
  for (const role of ['unit_head', 'specialist']) {
    const u = users.find((x) => x.role === role)!;
    const r = (await u.client.ok(TASKS_QUERY, { scope: 'MINE', filter: { openOnly: true }, first: 20 })).tasks;
    sizes.push(`    ${role} ${u.username}: ${r.totalCount}${r.totalCountCapped ? '+' : ''} open tasks, first page ${r.edges.length} rows`);
  }
  const dash = (await leader.ok(DASHBOARD_QUERY, { from: `${year}-01-01`, to: `${year}-12-31` })).taskDashboard;
  if (dash.__typename !== 'QueryTaskDashboardSuccess') throw new Error(`dashboard: ${JSON.stringify(dash)}`);
  sizes.push(`    dashboard ${year}: ${dash.data.total.total.toLocaleString('en')} tasks, ${dash.data.byUnit.length} units, ${dash.data.byPerson.length} of ${dash.data.personCount.toLocaleString('en')} people named, ${dash.data.overdue.length} overdue listed`);

  const page = await timed('my tasks, first page (open only)', users, REQUESTS, (u) => u.client.ok(TASKS_QUERY, { scope: 'MINE', filter: { openOnly: true }, first: 20 }));
  const board = await timed(`dashboard ${year}, all units`, [leader], Math.max(20, Math.floor(REQUESTS / 4)), (c) =>
    c.ok(DASHBOARD_QUERY, { from: `${year}-01-01`, to: `${year}-12-31` }),
  );
  // Where the time goes (no targets): the use cases alone, in this process, and the dashboard without its per-person table.
  const orm = await initOrm(databaseUrl, { logger: () => {} });
  const actorOf = async (username: string): Promise<Actor> => {
    const r = (await db.query(`select id, unit_id, roles from app_user where username = $1`, [username])).rows[0];
    return { id: r.id, unitId: r.unit_id, roles: r.roles };
  };
  const leaderActor = await actorOf('chutich');
  const actors = await Promise.all(users.map((u) => actorOf(u.username)));
  const pageUseCase = await timed('  of which list + count use cases', actors, REQUESTS, async (actor) => {
    const args = { actor, scope: 'mine' as const, filter: { openOnly: true } };
    await listTasks({ em: orm.em.fork(), ...args, first: 20 });
    await countTasks({ em: orm.em.fork(), ...args });
  });
  const useCase = await timed('  of which the use case (SQL + rows)', [null], 20, () =>
    getTaskDashboard({ em: orm.em.fork(), actor: leaderActor, from: `${year}-01-01`, to: `${year}-12-31`, unitId: null }),
  ).finally(() => orm.close());
  // For reference, no target: a unit head's dashboard (their unit, every person of it).
  const heads = users.filter((u) => u.role === 'unit_head');
  const unitBoard = await timed(`dashboard ${year}, one unit (head)`, heads, Math.max(20, Math.floor(REQUESTS / 4)), (u) =>
    u.client.ok(DASHBOARD_QUERY, { from: `${year}-01-01`, to: `${year}-12-31` }),
  );
  // For reference, no target: the assigner's list walks the largest index (the leader gave most tasks).
  const assigned = await timed('assigned by me (leader), first page', [leader], Math.max(20, Math.floor(REQUESTS / 4)), (c) =>
    c.ok(TASKS_QUERY, { scope: 'ASSIGNED_BY_ME', filter: { openOnly: true }, first: 20 }),
  );
  console.log(`\n== queries on ${TASKS.toLocaleString('en')} tasks ==`);
  console.log(sizes.join('\n'));
  const info = (r: { name: string; p50: number; p95: number; max: number }) =>
    console.log(`  ${r.name.padEnd(34)} p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  max ${r.max.toFixed(1)} ms  (no target)`);
  console.log(line(page, TARGET_PAGE_MS));
  info(pageUseCase);
  console.log(line(board, TARGET_DASHBOARD_MS));
  for (const r of [useCase, unitBoard, assigned]) info(r);
}

// ---------------------------------------------------------------- workflows and worker memory

/** The processes this one started, and theirs. */
function descendants(): number[] {
  const parent = new Map<number, number>();
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      parent.set(Number(e), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Ended between listing and reading.
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    for (const [child, p] of parent) {
      if (p !== pid) continue;
      out.push(child);
      walk(child);
    }
  };
  walk(process.pid);
  return out;
}

function workerPid(): number {
  const pid = descendants().find((p) => {
    try {
      return /main\.ts worker/.test(readFileSync(`/proc/${p}/cmdline`, 'utf8').replaceAll('\0', ' '));
    } catch {
      return false;
    }
  });
  if (!pid) throw new Error('the app worker process was not found among this benchmark’s children');
  return pid;
}

const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function measureWorkflows(stack: Stack, db: pg.Pool): Promise<void> {
  const pid = workerPid();
  const connection = await Connection.connect({ address: stack.temporalAddress });
  try {
    const tasks = new TaskClient(new Client({ connection }), stack.taskQueue);
    const row = (await db.query(`select id, unit_id, roles from app_user where username = 'chutich'`)).rows[0];
    const actor: Actor = { id: row.id, unitId: row.unit_id, roles: row.roles };
    const units = (await db.query(`select id from bench_unit order by idx`)).rows.map((r) => r.id as string);
    const input = (i: number): CleanTaskInput => ({
      parentId: null,
      title: `Nhiệm vụ chờ hạn số ${i}`,
      content: null,
      priority: 'normal',
      sourceType: 'none',
      sourceDocumentId: null,
      meetingName: null,
      meetingDate: null,
      lead: { unitId: units[i % units.length]!, userId: null },
      coordinators: [],
      // Weeks ahead: each workflow waits on its reminders' and its deadline's timers.
      dueDate: vnDatePlus(30 + (i % 60)),
      dueInWorkingDays: null,
      reportFrequency: 'none',
      reportWeekday: null,
      reportMonthDay: null,
    });
    const openRows = async () => Number((await db.query(`select count(*) n from deadline where kind = 'task' and status = 'pending'`)).rows[0].n);

    // The worker has bundled the workflows and served the GraphQL measures' sessions; a few tasks warm its caches.
    for (let i = 0; i < 20; i++) await tasks.create({ actor, input: input(i), files: [] });
    while ((await openRows()) < 20) await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 3000));
    const before = rssMiB(pid);
    const samples: string[] = [`    ${'20'.padStart(6)} workflows: ${before.toFixed(0)} MiB`];
    progress(`worker RSS with 20 open task workflows: ${before.toFixed(0)} MiB; starting ${WORKFLOWS.toLocaleString('en')}…`);

    const t0 = performance.now();
    let next = 20;
    let done = 20;
    const step = Math.max(1, Math.floor(WORKFLOWS / 8));
    let peak = before;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < WORKFLOWS) {
          const i = next++;
          await tasks.create({ actor, input: input(i), files: [] });
          done++;
          peak = Math.max(peak, rssMiB(pid));
          if (done % step === 0) {
            samples.push(`    ${String(done).padStart(6)} workflows: ${rssMiB(pid).toFixed(0)} MiB`);
            progress(`  ${done.toLocaleString('en')} started, worker RSS ${rssMiB(pid).toFixed(0)} MiB`);
          }
        }
      }),
    );
    const created = (performance.now() - t0) / 1000;
    // Every workflow has recorded its deadline (its watch then sleeps on a timer).
    for (let i = 0; i < 600 && (await openRows()) < WORKFLOWS; i++) await new Promise((r) => setTimeout(r, 1000));
    const recorded = await openRows();
    await new Promise((r) => setTimeout(r, 30_000));
    const after = rssMiB(pid);
    let running = 'n/a';
    try {
      running = (await new Client({ connection }).workflow.count(`WorkflowType = 'taskWorkflow' AND ExecutionStatus = 'Running'`)).count.toLocaleString('en');
    } catch {
      // Older visibility stores cannot count; the deadline rows say the same.
    }
    console.log(`\n== ${WORKFLOWS.toLocaleString('en')} open task workflows waiting on timers ==`);
    console.log(`  started in ${created.toFixed(0)} s (${(WORKFLOWS / created).toFixed(1)} per second, ${CONCURRENCY} in flight); ${recorded.toLocaleString('en')} pending task deadlines recorded; running in Temporal: ${running}`);
    console.log(`  app worker RSS (pid ${pid}):`);
    console.log(samples.join('\n'));
    console.log(`    after, idle 30 s: ${after.toFixed(0)} MiB (peak while starting ${peak.toFixed(0)} MiB; growth ${(after - before).toFixed(0)} MiB)`);
    const cached = loadConfig().temporal.maxCachedWorkflows;
    console.log(
      `  sticky cache bound: maxCachedWorkflows ${cached.toLocaleString('en')} (TEMPORAL_MAX_CACHED_WORKFLOWS); the other workflows are evicted and replayed from their history when a timer fires or someone acts`,
    );
  } finally {
    await connection.close();
  }
}

// ---------------------------------------------------------------- main

async function main() {
  const [l1, l5] = os.loadavg();
  console.log(`machine: ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`);
  console.log(`load average at start: ${l1!.toFixed(2)} (1 min), ${l5!.toFixed(2)} (5 min) — other work on the machine shows in every figure`);
  console.log(`sizes: ${TASKS.toLocaleString('en')} tasks, ${USERS.toLocaleString('en')} users in ${UNITS} units; ${REQUESTS} requests per list measure; ${WORKFLOWS.toLocaleString('en')} open task workflows`);
  let stack: Stack | undefined;
  let db: pg.Pool | undefined;
  const stopAll = async () => {
    await db?.end().catch(() => {});
    await stack?.stop();
  };
  const onSignal = () => void stopAll().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let failed = false;
  try {
    stack = await startStack(progress);
    db = new pg.Pool({ connectionString: stack.databaseUrl, max: 4 });
    progress('seeding units and users…');
    await seedOrg(db);
    progress(`seeding ${TASKS.toLocaleString('en')} tasks (secondary indexes dropped, rebuilt after)…`);
    const t = performance.now();
    const defs = await dropSecondaryIndexes(db);
    await seedTasks(db);
    for (const def of defs) {
      const c = await db.connect();
      try {
        await c.query(`set maintenance_work_mem = '512MB'`);
        await c.query(def);
      } finally {
        c.release();
      }
    }
    for (const table of BULK_TABLES) await db.query(`vacuum analyze ${table}`);
    progress(`  seeded in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    const sizes = (await db.query(`select (select count(*) from task) t, (select count(*) from task_coordinator) c, pg_size_pretty(pg_total_relation_size('task')) s`)).rows[0];
    console.log(`data: ${Number(sizes.t).toLocaleString('en')} tasks, ${Number(sizes.c).toLocaleString('en')} phối hợp rows, task table with indexes ${sizes.s}`);

    await measureQueries(db, stack.url, stack.databaseUrl);
    await measureWorkflows(stack, db);
  } catch (e) {
    failed = true;
    console.error(e);
  } finally {
    await stopAll();
  }
  process.exit(failed ? 1 : 0);
}

await main();
