/**
 * Inboxes on a large register: a user's first inbox page and their box counts, at the GraphQL level
 * (POST /graphql with the user's session, as the inbox page sends them), at 10,000 and at 1,000,000
 * incoming documents, with 10,000 users in ~100 units. Targets: first page p95 <= 20 ms, inboxCounts
 * p95 <= 50 ms, at both sizes (the cost must stay flat as data grows).
 *
 * Run:  npm run bench:inbox
 *       BENCH_DOCS=200000 BENCH_REQUESTS=300 npm run bench:inbox
 * Env:  BENCH_DOCS (1000000, the large size), BENCH_SMALL_DOCS (10000), BENCH_USERS (10000),
 *       BENCH_REQUESTS (200 per measure and size), BENCH_SAMPLE_USERS (12: 1 leader, unit heads, specialists).
 *
 * The generator writes straight into PostgreSQL with generate_series (registering a million documents through
 * workflows would measure registration): arrivals spread over 3 years, urgency ~5% hỏa tốc/thượng khẩn and 10%
 * khẩn, ~5% mật, statuses by age (the last 2 days await direction, the last 60 days are in progress, older ones
 * mostly completed), each document 1–3 parts (chủ trì, phối hợp, để biết) for units spread over the agency,
 * a person-level part under the chủ trì, deadline rows for the handling parts (pending, overdue or met) and for
 * the direction. For the large load the secondary indexes are dropped and rebuilt (what a bulk import does).
 * Always a throw-away stack (bench/support/stack.ts), stopped at the end, also on failure or Ctrl-C.
 * Exit code 0 when the figures are measured (a missed target prints FAIL), 1 on error.
 */

import os from 'node:os';
import pg from 'pg';
import { boxesFor, COUNT_CAP, whereOf } from '../backend/src/modules/document/list-inbox.ts';
import type { Actor } from '../backend/src/shared/actor.ts';
import { GqlClient } from '../test/support/graphql-client.ts';
import { startStack, type Stack } from './support/stack.ts';

function param(env: string, fallback: number): number {
  const raw = process.env[env];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${env} must be a positive integer, got "${raw}"`);
  return n;
}
const LARGE = param('BENCH_DOCS', 1_000_000);
const SMALL = param('BENCH_SMALL_DOCS', 10_000);
const USERS = param('BENCH_USERS', 10_000);
const REQUESTS = param('BENCH_REQUESTS', 200);
const SAMPLE = param('BENCH_SAMPLE_USERS', 12);
const UNITS = 100;
const CHUNK = 100_000;
const TARGET_PAGE_MS = 20;
const TARGET_COUNTS_MS = 50;

const progress = (m: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);

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
  // Books for the three years the arrivals span (ordinary and mật).
  await db.query(
    `insert into register_book (id, year, direction, code, name, last_number, confidential, active)
     select gen_random_uuid(), y, 'incoming', c.code, c.name || ' ' || y, 0, c.conf, true
       from generate_series(extract(year from now())::int - 3, extract(year from now())::int) y
      cross join (values ('VBD', 'Sổ văn bản đến', false), ('MAT', 'Sổ văn bản đến mật', true)) c(code, name, conf)
     on conflict (year, direction, code) do nothing`,
  );
  await db.query('analyze unit; analyze app_user; analyze register_book');
}

/** Documents n in [lo, hi]: arrival spread over 3 years by a hash of n, so every load interleaves with the earlier ones. */
async function seedDocuments(db: pg.Pool, lo: number, hi: number): Promise<void> {
  const leader = (await db.query(`select id from app_user where username = 'chutich'`)).rows[0].id as string;
  const clerk = (await db.query(`select id from app_user where username = 'vanthu'`)).rows[0].id as string;
  const perUnit = Math.max(2, Math.floor(USERS / UNITS));
  for (let a = lo; a <= hi; a += CHUNK) {
    const b = Math.min(hi, a + CHUNK - 1);
    const c = await db.connect();
    try {
      await c.query('begin');
      await c.query(`create temp table gen on commit drop as
        select n, gen_random_uuid() as id,
               now() - ((n::bigint * 7919) % (3 * 365 * 86400)) * interval '1 second' - interval '10 minutes' as at,
               case when n % 20 = 7 then 'secret' else 'normal' end as conf
          from generate_series($1::int, $2::int) n`, [a, b]);
      await c.query(
        `insert into incoming_document (id, book_id, year, arrival_number, arrival_at, registered_at, receipt_form, document_type_code,
            number_notation, issuer, issued_date, subject, urgency, confidentiality, signer, page_count, due_date, status,
            direction, directed_by_id, directed_at, completed_at, registered_by_id)
         select g.id, rb.id, rb.year, g.n, g.at, g.at, case when g.n % 4 = 0 then 'paper' else 'electronic' end,
                (array['CV','KH','QĐ','TB','GM','BC','TTr'])[1 + g.n % 7],
                (g.n % 900 + 1) || (array['/UBND-VP','/KH-SNV','/QĐ-UBND','/TB-STC','/GM-UBND','/BC-STNMT','/TTr-SXD'])[1 + g.n % 7],
                (array['Ủy ban nhân dân tỉnh Hậu Giang','Sở Nội vụ','Sở Tài chính','Sở Kế hoạch và Đầu tư','Sở Tài nguyên và Môi trường'])[1 + g.n % 5],
                (g.at - interval '2 days')::date,
                (array['Kế hoạch','Báo cáo','V/v triển khai','Thông báo kết luận','Giấy mời họp'])[1 + g.n % 5] || ' số ' || g.n
                  || ' về ' || (array['chuyển đổi số','cải cách hành chính','phòng chống thiên tai','quản lý đất đai','đầu tư công'])[1 + (g.n / 5) % 5],
                case when g.n % 50 = 0 then 'flash' when g.n % 50 = 1 then 'very_urgent' when g.n % 10 = 2 then 'urgent' else 'normal' end,
                g.conf, 'Nguyễn Văn An', 1 + g.n % 12, case when g.n % 2 = 0 then (g.at + interval '15 days')::date end, s.status,
                case when s.status <> 'awaiting_direction' then 'Giao đơn vị chủ trì tham mưu.' end,
                case when s.status <> 'awaiting_direction' then $1::uuid end,
                case when s.status <> 'awaiting_direction' then g.at + interval '2 hours' end,
                case when s.status = 'completed' then g.at + interval '5 days' end, $2::uuid
           from gen g
           cross join lateral (select case when g.at > now() - interval '2 days' then 'awaiting_direction'
                                           when g.at > now() - interval '60 days' or g.n % 20 = 3 then 'in_progress'
                                           else 'completed' end as status) s
           join register_book rb on rb.direction = 'incoming' and rb.year = extract(year from (g.at at time zone 'Asia/Ho_Chi_Minh'))::int
                                and rb.code = case when g.conf = 'normal' then 'VBD' else 'MAT' end`,
        [leader, clerk],
      );
      // The leader's parts: chủ trì always, phối hợp for 2 in 3, để biết for 1 in 3; units spread over the agency.
      await c.query(
        `insert into assignment (id, document_id, parent_id, role, unit_id, assignee_id, deadline, status, assigned_by_id, assigned_at, completed_at)
         select gen_random_uuid(), d.id, null, r.role, bu.id, null,
                case when r.role <> 'inform' then d.directed_at + interval '10 days' end,
                case when r.role = 'inform' then (case when d.arrival_number % 2 = 0 then 'seen' else 'unseen' end)
                     when d.status = 'completed' then 'done'
                     when r.role = 'lead' and d.arrival_number % 4 <> 0 then 'handling' else 'pending' end,
                $1::uuid, d.directed_at, case when d.status = 'completed' and r.role <> 'inform' then d.completed_at end
           from incoming_document d
           cross join lateral (values ('lead', (d.arrival_number * 31) % ${UNITS}),
                                      ('coordinate', (d.arrival_number * 17 + 5) % ${UNITS}),
                                      ('inform', (d.arrival_number * 7 + 50) % ${UNITS})) r(role, unit_idx)
           join bench_unit bu on bu.idx = r.unit_idx
          where d.arrival_number between $2 and $3 and d.status <> 'awaiting_direction'
            and (r.role = 'lead' or (r.role = 'coordinate' and d.arrival_number % 3 <> 0) or (r.role = 'inform' and d.arrival_number % 3 = 0))`,
        [leader, a, b],
      );
      // The unit head gives the chủ trì part to one of their people.
      await c.query(
        `insert into assignment (id, document_id, parent_id, role, unit_id, assignee_id, deadline, status, assigned_by_id, assigned_at, completed_at)
         select gen_random_uuid(), p.document_id, p.id, 'lead', p.unit_id, su.id, p.deadline - interval '1 day', p.status, hu.id,
                p.assigned_at + interval '2 hours', p.completed_at
           from assignment p
           join incoming_document d on d.id = p.document_id
           join bench_unit bu on bu.id = p.unit_id
           join bench_user su on su.unit_idx = bu.idx and su.idx = 1 + d.arrival_number % ${perUnit - 1}
           join bench_user hu on hu.unit_idx = bu.idx and hu.idx = 0
          where d.arrival_number between $1 and $2 and p.role = 'lead' and p.parent_id is null and p.status in ('handling','done')`,
        [a, b],
      );
      // Deadlines of the handling parts, and of the direction of documents awaiting it.
      await c.query(
        `insert into deadline (id, subject_type, subject_id, document_id, kind, due_at, rule, rule_label, basis, steps, status, started_at, met_at, computed_at)
         select gen_random_uuid(), 'assignment', a.id, a.document_id, 'assignment', a.deadline, 'untilDate', 'Hạn xử lý', 'bench', '[]',
                case when a.status = 'done' then 'met' when a.deadline < now() then 'overdue' else 'pending' end,
                a.assigned_at, a.completed_at, a.assigned_at
           from assignment a join incoming_document d on d.id = a.document_id
          where d.arrival_number between $1 and $2 and a.role <> 'inform' and a.deadline is not null`,
        [a, b],
      );
      await c.query(
        `insert into deadline (id, subject_type, subject_id, document_id, kind, due_at, rule, rule_label, basis, steps, status, started_at, computed_at)
         select gen_random_uuid(), 'incoming_document', d.id, d.id, 'direction', d.registered_at + interval '1 day', 'nextWorkingDayEnd',
                'Cuối ngày làm việc tiếp theo', 'bench', '[]', case when d.registered_at + interval '1 day' < now() then 'overdue' else 'pending' end,
                d.registered_at, d.registered_at
           from incoming_document d where d.arrival_number between $1 and $2 and d.status = 'awaiting_direction'`,
        [a, b],
      );
      await c.query('commit');
    } catch (e) {
      await c.query('rollback');
      throw e;
    } finally {
      c.release();
    }
    progress(`  documents ${b.toLocaleString('en')} / ${hi.toLocaleString('en')}`);
  }
  await db.query(`update register_book rb set last_number = coalesce((select max(arrival_number) from incoming_document d where d.book_id = rb.id), 0)`);
}

const BULK_TABLES = ['incoming_document', 'assignment', 'deadline'];

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

const INBOX_QUERY = `query Inbox($box: InboxBox!, $first: Int, $after: String) {
  inbox(box: $box, first: $first, after: $after) {
    totalCount totalCountCapped
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id arrivalNumber arrivalAt numberNotation issuer subject urgency confidentiality dueDate status } }
  } }`;
const COUNTS_QUERY = `{ inboxCounts { box count capped } }`;

interface Sampled {
  username: string;
  role: string;
  client: GqlClient;
  box: string;
}

async function sampleUsers(db: pg.Pool, url: string): Promise<Sampled[]> {
  const heads = Math.max(1, Math.floor((SAMPLE - 1) / 2));
  const specialists = Math.max(1, SAMPLE - 1 - heads);
  const names = [
    ...['chutich'].map((u) => ({ username: u, role: 'leader', box: 'AWAITING_DIRECTION' })),
    ...(await db.query(`select 'bu' || unit_idx || '.0' as u from bench_user where head order by unit_idx limit $1`, [heads])).rows.map((r) => ({
      username: r.u as string,
      role: 'unit_head',
      box: 'AWAITING_ASSIGNMENT',
    })),
    ...(await db.query(`select 'bu' || (unit_idx * 13 % ${UNITS}) || '.' || (1 + unit_idx % 40) as u from bench_user where head order by unit_idx limit $1`, [specialists])).rows.map(
      (r) => ({ username: r.u as string, role: 'specialist', box: 'HANDLING' }),
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

async function measure(users: Sampled[], label: string) {
  const run = async (name: string, call: (u: Sampled) => Promise<unknown>) => {
    for (const u of users) await call(u); // warm-up: plans, connections
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const u = users[i % users.length]!;
      const t0 = performance.now();
      await call(u);
      times.push(performance.now() - t0);
    }
    return { name, p50: pct(times, 50), p95: pct(times, 95), max: Math.max(...times) };
  };
  const page = await run('first inbox page', (u) => u.client.ok(INBOX_QUERY, { box: u.box, first: 20 }));
  const counts = await run('inboxCounts', (u) => u.client.ok(COUNTS_QUERY));
  const perRole: string[] = [];
  for (const role of ['leader', 'unit_head', 'specialist']) {
    const us = users.filter((u) => u.role === role);
    if (!us.length) continue;
    const c = (await us[0]!.client.ok(COUNTS_QUERY)).inboxCounts as Array<{ box: string; count: number; capped: boolean }>;
    perRole.push(`    ${role} ${us[0]!.username}: ${c.map((x) => `${x.box}=${x.count}${x.capped ? '+' : ''}`).join(' ')}`);
  }
  const verdict = (v: number, t: number) => (v <= t ? 'PASS' : 'FAIL');
  console.log(`\n${label}`);
  console.log(perRole.join('\n'));
  console.log(`  ${page.name.padEnd(18)} p50 ${page.p50.toFixed(1)} ms  p95 ${page.p95.toFixed(1)} ms  max ${page.max.toFixed(1)} ms  (target p95 <= ${TARGET_PAGE_MS} ms) ${verdict(page.p95, TARGET_PAGE_MS)}`);
  console.log(`  ${counts.name.padEnd(18)} p50 ${counts.p50.toFixed(1)} ms  p95 ${counts.p95.toFixed(1)} ms  max ${counts.max.toFixed(1)} ms  (target p95 <= ${TARGET_COUNTS_MS} ms) ${verdict(counts.p95, TARGET_COUNTS_MS)}`);
  return { page, counts };
}

/** BENCH_EXPLAIN=1: the plan of every box count of one user per role, printed when it takes more than 5 ms. */
async function explainBoxes(db: pg.Pool, users: Sampled[]) {
  for (const role of ['leader', 'unit_head', 'specialist']) {
    const u = users.find((x) => x.role === role);
    if (!u) continue;
    const row = (await db.query(`select id, unit_id, roles from app_user where username = $1`, [u.username])).rows[0];
    const actor = { id: row.id as string, unitId: row.unit_id as string, roles: row.roles as Actor['roles'] };
    for (const box of boxesFor(actor)) {
      const w = whereOf({ actor, box })!;
      let i = 0;
      const sql = `explain (analyze, buffers) select count(*) from (select 1 from incoming_document d where ${w.sql} limit ${COUNT_CAP + 1}) c`.replace(/\?/g, () => `$${++i}`);
      const plan = (await db.query(sql, w.params)).rows.map((r) => r['QUERY PLAN'] as string);
      const ms = Number(/Execution Time: ([\d.]+)/.exec(plan.at(-1) ?? '')?.[1] ?? 0);
      console.log(`  explain ${role} ${box}: ${ms.toFixed(1)} ms`);
      if (ms > 5) console.log(plan.map((l) => `      ${l}`).join('\n'));
    }
  }
}

// ---------------------------------------------------------------- main

async function main() {
  console.log(`machine: ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`);
  console.log(`sizes: ${SMALL.toLocaleString('en')} and ${LARGE.toLocaleString('en')} documents, ${USERS.toLocaleString('en')} users in ${UNITS} units; ${REQUESTS} requests per measure`);
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
    await db.query(`set maintenance_work_mem = '1GB'`);
    progress('seeding units and users…');
    await seedOrg(db);
    progress(`seeding ${SMALL.toLocaleString('en')} documents…`);
    let t = performance.now();
    await seedDocuments(db, 1, SMALL);
    for (const table of BULK_TABLES) await db.query(`vacuum analyze ${table}`);
    progress(`  seeded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const users = await sampleUsers(db, stack.url);
    const small = await measure(users, `== ${SMALL.toLocaleString('en')} documents ==`);

    if (LARGE > SMALL) {
      progress(`seeding up to ${LARGE.toLocaleString('en')} documents (secondary indexes dropped, rebuilt after)…`);
      t = performance.now();
      const defs = await dropSecondaryIndexes(db);
      await seedDocuments(db, SMALL + 1, LARGE);
      progress(`  rows in ${((performance.now() - t) / 1000).toFixed(0)} s; rebuilding ${defs.length} indexes…`);
      for (const def of defs) {
        const c = await db.connect();
        try {
          await c.query(`set maintenance_work_mem = '1GB'`);
          await c.query(def);
        } finally {
          c.release();
        }
      }
      for (const table of BULK_TABLES) await db.query(`vacuum analyze ${table}`);
      progress(`  seeded in ${((performance.now() - t) / 1000).toFixed(0)} s`);
      const sizes = (await db.query(`select (select count(*) from incoming_document) d, (select count(*) from assignment) a, (select count(*) from deadline) l, pg_size_pretty(pg_database_size(current_database())) s`)).rows[0];
      console.log(`\ndata: ${Number(sizes.d).toLocaleString('en')} documents, ${Number(sizes.a).toLocaleString('en')} assignments, ${Number(sizes.l).toLocaleString('en')} deadlines, database ${sizes.s}`);
      if (process.env.BENCH_EXPLAIN) await explainBoxes(db, users);
      const large = await measure(users, `== ${LARGE.toLocaleString('en')} documents ==`);
      console.log(`\ngrowth ×${(LARGE / SMALL).toFixed(0)}: first page p95 ${small.page.p95.toFixed(1)} → ${large.page.p95.toFixed(1)} ms, counts p95 ${small.counts.p95.toFixed(1)} → ${large.counts.p95.toFixed(1)} ms`);
    }
  } catch (e) {
    failed = true;
    console.error(e);
  } finally {
    await stopAll();
  }
  process.exit(failed ? 1 : 0);
}

await main();
