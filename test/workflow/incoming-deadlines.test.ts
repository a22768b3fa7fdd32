import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { Worker } from '@temporalio/worker';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeadlineActivities } from '../../backend/src/activities/deadline.activities.ts';
import { createDocumentActivities } from '../../backend/src/activities/document.activities.ts';
import { type Orm } from '../../backend/src/db/orm.ts';
import { loadConfig } from '../../backend/src/config/config.ts';
import { findOrInstallTemporalCli } from '../../backend/src/temporal/dev-server.ts';
import { getCalendarData } from '../../backend/src/modules/calendar/get-calendar-data.ts';
import { getYearCalendar } from '../../backend/src/modules/calendar/get-year-calendar.ts';
import { updateYearCalendar } from '../../backend/src/modules/calendar/update-year-calendar.ts';
import { countUnreadNotifications, listMyNotifications } from '../../backend/src/modules/notification/list-notifications.ts';
import { markNotificationsRead } from '../../backend/src/modules/notification/mark-notifications-read.ts';
import { IncomingDocumentClient } from '../../backend/src/temporal/incoming-document.client.ts';
import { workflowBundle } from '../../backend/src/temporal/worker.ts';
import { calendarChangeWorkflowId } from '../../workflows/src/calendar-change/messages.ts';
import { createWorkingCalendar, formatVi, type WorkingCalendar } from '../../workflows/src/calendar/index.ts';
import { incomingDocumentWorkflowId, type CompleteHandlingArgs, type DirectArgs, type RegisterArgs } from '../../workflows/src/incoming-document/messages.ts';
import { poll, serverClock, type TimeSkippingEnv } from '../support/time-skipping.ts';
import { startTimeSkippingStack, type TimeSkippingStack } from '../support/time-skipping-stack.ts';

/*
 * The incoming-document workflow's deadlines on Temporal's time-skipping test server: the real
 * workflow bundle and the real activities on an embedded PostgreSQL. Days pass in milliseconds; each
 * test asserts it. Expected instants come from the same pure calendar on the same stored data.
 */

const DAY = 86_400_000;
const MINUTE = 60_000;
/** An alert is stamped when its activity is scheduled: seconds after its timer, even on a busy machine. */
const SLACK = 30_000;
const TASK_QUEUE = 'deadline-timers';

let orm: Orm;
let sql: pg.Pool;
let env: TimeSkippingEnv;
let incoming: IncomingDocumentClient;
let users: TimeSkippingStack['users'];
let stack: TimeSkippingStack | undefined;
const units = new Map<string, string>();

const vnDateOf = (t: number) => new Date(t + 7 * 3600_000).toISOString().slice(0, 10);
const vnYearOf = (t: number) => Number(vnDateOf(t).slice(0, 4));
const user = (username: string) => users.get(username)!;
const usernameOf = (id: string) => [...users.values()].find((u) => u.id === id)?.username ?? id;


async function calendar(at: number): Promise<WorkingCalendar> {
  return createWorkingCalendar(await getCalendarData({ em: orm.em.fork(), fromYear: vnYearOf(at) - 1, toYear: vnYearOf(at) + 1 }));
}


/** Skips to hh:mm (UTC+7) of the next working day. */
async function skipToNextWorkingDay(hour: number, minute = 0): Promise<number> {
  const now = await env.now();
  const c = await calendar(now);
  const opening = c.nextWorkingDayStart(now);
  const midnight = opening - ((opening + 7 * 3600_000) % DAY);
  const target = midnight + (hour * 60 + minute) * MINUTE;
  await env.skipTo(target);
  return target;
}

async function register(urgency: 'normal' | 'urgent' | 'very_urgent' | 'flash') {
  const year = vnYearOf(await env.now());
  const book = (await sql.query(`select id from register_book where direction = 'incoming' and year = $1 and code = 'VBD'`, [year])).rows[0];
  const input: RegisterArgs['input'] = {
    bookId: book.id,
    documentTypeCode: 'CV',
    numberNotation: '215/SKHĐT-TH',
    issuer: 'Sở Kế hoạch và Đầu tư',
    issuedDate: vnDateOf(await env.now()),
    subject: 'V/v báo cáo tình hình giải ngân vốn đầu tư công',
    urgency,
    confidentiality: 'normal',
    signer: 'Trần Văn B',
    pageCount: 2,
    dueDate: null,
    receiptForm: 'paper',
  };
  const r = await incoming.register({ actor: user('vanthu'), input, file: null });
  return { documentId: r.documentId, arrivalAt: Date.parse(r.arrivalAt) };
}

const direct = (documentId: string, args: Omit<DirectArgs, 'actor' | 'direction' | 'readers'> & { readers?: DirectArgs['readers'] }) =>
  incoming.direct(documentId, { actor: user('chutich'), direction: 'Giao xử lý theo quy định.', readers: [], ...args });

const complete = (documentId: string, username: string, assignmentId: string) =>
  incoming.completeHandling(documentId, { actor: user(username), assignmentId, resultNote: 'Đã xử lý xong.' } satisfies CompleteHandlingArgs);

const assignee = (a: { unit?: string; user?: string; deadline: string | null }) => ({
  unitId: a.unit ? units.get(a.unit)! : null,
  userId: a.user ? user(a.user).id : null,
  deadline: a.deadline,
});

interface NoticeRow {
  user: string;
  kind: string;
  title: string;
  body: string;
  at: number;
}
/** The deadline alerts of a document (not the notices of new work, see the notifications tests). */
async function notices(documentId: string): Promise<NoticeRow[]> {
  const rows = (await sql.query(`select user_id, kind, title, body, created_at from notification where subject_id = $1 and kind like 'deadline.%' order by created_at, title, user_id`, [documentId])).rows;
  return rows.map((r) => ({ user: usernameOf(r.user_id), kind: r.kind, title: r.title, body: r.body, at: (r.created_at as Date).getTime() }));
}
const brief = (rows: NoticeRow[]) => rows.map((n) => `${n.user}: ${n.title}`).sort();

async function deadline(subjectId: string, kind: string) {
  return (await sql.query(`select status, due_at, met_at from deadline where subject_id = $1 and kind = $2`, [subjectId, kind])).rows[0] as
    | { status: string; due_at: Date; met_at: Date | null }
    | undefined;
}

async function timeline(documentId: string): Promise<Array<{ kind: string; data: Record<string, unknown>; at: number }>> {
  const rows = (await sql.query(`select kind, data, at from audit_event where subject_id = $1 order by at, id`, [documentId])).rows;
  return rows.map((r) => ({ kind: r.kind, data: r.data, at: (r.at as Date).getTime() }));
}

beforeAll(async () => {
  stack = await startTimeSkippingStack({ name: 'timers', taskQueue: TASK_QUEUE, activities: (orm) => ({ ...createDocumentActivities({ orm, now: serverClock }), ...createDeadlineActivities({ orm, now: serverClock }) }) });
  ({ env, orm, sql, users } = stack);
  console.log(`time-skipping test server answered after ${env.startupMs} ms`);
  // The clock runs ahead by weeks: the register book of the next year exists too.
  await sql.query(`insert into register_book (id, year, direction, code, name, last_number)
    select gen_random_uuid(), year + 1, direction, code, name, 0 from register_book where direction = 'incoming' and code = 'VBD' on conflict do nothing`);
  for (const r of (await sql.query(`select id, code from unit`)).rows) units.set(r.code, r.id);

  incoming = new IncomingDocumentClient(env.client, TASK_QUEUE);
});

afterAll(async () => {
  await stack?.stop();
});

describe('the direction deadline', () => {
  it('reminds the leaders 2 working hours ahead, tells the chánh văn phòng at the limit, and records the late direction', async () => {
    const realStart = Date.now();
    const serverStart = await skipToNextWorkingDay(9);
    const { documentId, arrivalAt } = await register('normal');
    const c = await calendar(arrivalAt);
    const due = c.nextWorkingDayEnd(arrivalAt);
    const remindAt = c.subtractWorkingHours(due, 2);
    await poll(() => deadline(documentId, 'direction'), (d) => d !== undefined, 'the direction deadline');

    await env.skipTo(remindAt - MINUTE);
    expect(await notices(documentId)).toEqual([]);

    await env.skipTo(remindAt + MINUTE);
    const reminded = await poll(() => notices(documentId), (n) => n.length === 2, 'the reminders');
    expect(brief(reminded)).toEqual(['chutich: Sắp đến hạn cho ý kiến chỉ đạo', 'phochutich: Sắp đến hạn cho ý kiến chỉ đạo']);
    expect(reminded[0]!.body).toContain(`Hạn cho ý kiến chỉ đạo: ${formatVi(due)}.`);
    for (const n of reminded) expect(Math.abs(n.at - remindAt)).toBeLessThan(SLACK);
    expect((await deadline(documentId, 'direction'))!.status).toBe('pending');

    await env.skipTo(due + MINUTE);
    const all = await poll(() => notices(documentId), (n) => n.length === 3, 'the escalation');
    const escalation = all.find((n) => n.kind === 'deadline.escalation')!;
    expect(escalation).toMatchObject({ user: 'chanhvanphong', title: 'Quá hạn cho ý kiến chỉ đạo' });
    expect(Math.abs(escalation.at - due)).toBeLessThan(SLACK);
    expect((await deadline(documentId, 'direction'))!.status).toBe('overdue');

    await direct(documentId, { lead: assignee({ unit: 'TCKH', deadline: vnDateOf(c.addWorkingDays(due, 5)) }), coordinators: [] });
    const closed = (await deadline(documentId, 'direction'))!;
    expect(closed.status).toBe('late');
    expect(closed.met_at!.getTime()).toBeGreaterThan(due);
    expect((await timeline(documentId)).map((e) => e.kind)).toEqual([
      'document.registered',
      'deadline.set',
      'deadline.reminded',
      'deadline.overdue',
      'deadline.escalated',
      'document.directed',
    ]);

    // More than a day of the workflow's time, in a few seconds of ours.
    expect((await env.now()) - serverStart).toBeGreaterThan(DAY);
    expect(Date.now() - realStart).toBeLessThan(30_000);
  });

  it('"ngay" for hỏa tốc: the leaders are reminded and the chánh văn phòng told when it falls due', async () => {
    await skipToNextWorkingDay(8);
    const { documentId, arrivalAt } = await register('flash');
    const due = (await calendar(arrivalAt)).immediately(arrivalAt);
    await poll(() => deadline(documentId, 'direction'), (d) => d !== undefined, 'the direction deadline');
    expect((await deadline(documentId, 'direction'))!.due_at.getTime()).toBe(due);

    await env.skipTo(due - MINUTE);
    expect(await notices(documentId)).toEqual([]);
    await env.skipTo(due + MINUTE);
    const n = await poll(() => notices(documentId), (x) => x.length === 3, 'the alerts at the limit');
    expect(brief(n)).toEqual(['chanhvanphong: Quá hạn cho ý kiến chỉ đạo', 'chutich: Đến hạn cho ý kiến chỉ đạo', 'phochutich: Đến hạn cho ý kiến chỉ đạo']);
    expect((await timeline(documentId)).map((e) => e.kind)).toEqual([
      'document.registered',
      'deadline.set',
      'deadline.overdue',
      'deadline.reminded',
      'deadline.escalated',
    ]);
  });
});

describe('assignment deadlines', () => {
  it('remind the assignee a working day ahead and at the limit, escalate to the assigner every working day overdue, and record on time or late', async () => {
    const realStart = Date.now();
    const serverStart = await skipToNextWorkingDay(9);
    const { documentId, arrivalAt } = await register('normal');
    const c = await calendar(arrivalAt);
    const personDate = vnDateOf(c.addWorkingDays(arrivalAt, 2));
    const unitDate = vnDateOf(c.addWorkingDays(arrivalAt, 3));

    const directed = await direct(documentId, {
      lead: assignee({ unit: 'TCKH', deadline: unitDate }),
      coordinators: [assignee({ user: 'chuyenvien.tnmt', deadline: personDate }), assignee({ unit: 'NV', deadline: unitDate })],
      readers: [assignee({ user: 'vanthu', deadline: null })],
    });
    const [lead, tnmtPerson, nvUnit, reader] = directed.assignments;
    expect([lead!.role, tnmtPerson!.role, nvUnit!.role, reader!.role]).toEqual(['lead', 'coordinate', 'coordinate', 'inform']);
    const assigned = await incoming.assignHandler(documentId, {
      actor: user('truongphong.tckh'),
      assignmentId: lead!.id,
      userId: user('chuyenvien.tckh').id,
      deadline: personDate,
    });
    const child = assigned.assignments.find((a) => a.parentId === lead!.id)!;
    expect((await deadline(documentId, 'direction'))!.status).toBe('met');

    // Deadlines of the chủ trì unit, the phối hợp person and unit, and the specialist; none for the reader.
    const rows = await poll(
      () => sql.query(`select subject_id, status, due_at from deadline where document_id = $1 and kind = 'assignment'`, [documentId]),
      (r) => r.rowCount === 4,
      'the assignment deadlines',
    );
    const personDue = c.untilDate(Date.parse(`${personDate}T12:00:00+07:00`));
    const unitDue = c.untilDate(Date.parse(`${unitDate}T12:00:00+07:00`));
    const dueOf = new Map(rows.rows.map((r) => [r.subject_id as string, (r.due_at as Date).getTime()]));
    expect(dueOf.get(child.id)).toBe(personDue);
    expect(dueOf.get(tnmtPerson!.id)).toBe(personDue);
    expect(dueOf.get(lead!.id)).toBe(unitDue);
    expect(dueOf.get(nvUnit!.id)).toBe(unitDue);
    // The direction's event already shows them: no deadline.set of their own.
    expect((await timeline(documentId)).filter((e) => e.kind === 'deadline.set')).toHaveLength(1);

    // A working day ahead of the persons' limit: both persons are reminded.
    const personBefore = c.subtractWorkingDays(personDue, 1);
    await env.skipTo(personBefore + MINUTE);
    expect(brief(await poll(() => notices(documentId), (n) => n.length === 2, 'the early reminders'))).toEqual([
      'chuyenvien.tckh: Sắp đến hạn xử lý',
      'chuyenvien.tnmt: Sắp đến hạn xử lý',
    ]);
    await complete(documentId, 'chuyenvien.tnmt', tnmtPerson!.id);
    expect((await deadline(tnmtPerson!.id, 'assignment'))!.status).toBe('met');

    // The specialist lets the limit pass; two working days later the unit head has been told twice.
    const escalation1 = c.nextWorkingDayStart(personDue);
    const escalation2 = c.nextWorkingDayStart(escalation1);
    await env.skipTo(escalation2 + 2 * 60 * MINUTE);
    const expected = [
      // before the persons' limit
      'chuyenvien.tckh: Sắp đến hạn xử lý',
      'chuyenvien.tnmt: Sắp đến hạn xử lý',
      // the persons' limit = a working day ahead of the units' limit
      'chuyenvien.tckh: Đến hạn xử lý',
      'truongphong.tckh: Sắp đến hạn xử lý',
      'truongphong.nv: Sắp đến hạn xử lý',
      // the next morning: the specialist's first overdue day, told to the unit head who assigned her
      'truongphong.tckh: Quá hạn xử lý 1 ngày làm việc',
      // the units' limit
      'truongphong.tckh: Đến hạn xử lý',
      'truongphong.nv: Đến hạn xử lý',
      // the morning after: the specialist's second day, the units' first, told to the leader who directed
      'truongphong.tckh: Quá hạn xử lý 2 ngày làm việc',
      'chutich: Quá hạn xử lý 1 ngày làm việc',
      'chutich: Quá hạn xử lý 1 ngày làm việc',
    ].sort();
    const overdue = await poll(() => notices(documentId), (n) => n.length === expected.length, 'the escalations');
    expect(brief(overdue)).toEqual(expected);
    const dayTwo = overdue.find((n) => n.title === 'Quá hạn xử lý 2 ngày làm việc')!;
    expect(Math.abs(dayTwo.at - escalation2)).toBeLessThan(SLACK);
    expect(dayTwo.body).toContain('Phần việc chủ trì của Vũ Thị Mai chưa hoàn thành');
    expect(dayTwo.body).toContain('ngày làm việc thứ 2 quá hạn');
    expect((await deadline(child.id, 'assignment'))!.status).toBe('overdue');

    // Done, late: the specialist's part and the unit's it completes; the open phối hợp part is no longer followed.
    await complete(documentId, 'chuyenvien.tckh', child.id);
    expect((await deadline(child.id, 'assignment'))!.status).toBe('late');
    expect((await deadline(lead!.id, 'assignment'))!.status).toBe('late');
    // The chủ trì's head closes the document: the open phối hợp part is no longer followed.
    await incoming.close(documentId, { actor: user('truongphong.tckh'), closingNote: 'Đã báo cáo.', replyReference: null });
    expect((await deadline(nvUnit!.id, 'assignment'))!.status).toBe('cancelled');
    const handle = env.client.workflow.getHandle(incomingDocumentWorkflowId(documentId));
    await poll(async () => (await handle.describe()).status.name, (s) => s === 'COMPLETED', 'the workflow to complete');

    // Nothing more once completed.
    await env.skip(5 * DAY);
    expect(await notices(documentId)).toHaveLength(expected.length);

    // Its history, with reminders and escalations fired, replays on today's code.
    await Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, await handle.fetchHistory());
    // RECORD_HISTORIES=<name> keeps it as test/fixtures/histories/incoming-document-<name>-escalated.json (replayed by the unit tests).
    if (process.env.RECORD_HISTORIES) {
      const { temporal } = loadConfig();
      const cli = await findOrInstallTemporalCli({ cliPath: temporal.cliPath, cacheDir: temporal.cacheDir, log: console.log });
      const json = execFileSync(cli, ['workflow', 'show', '--workflow-id', handle.workflowId, '--address', env.address, '--output', 'json']);
      await writeFile(new URL(`../fixtures/histories/incoming-document-${process.env.RECORD_HISTORIES}-escalated.json`, import.meta.url), json);
    }

    const kinds = (await timeline(documentId)).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'deadline.reminded')).toHaveLength(7);
    expect(kinds.filter((k) => k === 'deadline.escalated')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'deadline.overdue')).toHaveLength(3);
    expect(kinds.at(-1)).toBe('document.completed');
    expect(kinds.at(-2)).toBe('assignment.completed');

    expect((await env.now()) - serverStart).toBeGreaterThan(7 * DAY);
    expect(Date.now() - realStart).toBeLessThan(60_000);

    // The notifications read side (the specialist has only these three: the part given, its reminders): newest first, page by page, unread count, marking read.
    const specialist = user('chuyenvien.tckh').id;
    const mine = await listMyNotifications({ em: orm.em.fork(), userId: specialist, first: 1 });
    expect(mine.items.map((n) => n.title)).toEqual(['Đến hạn xử lý']);
    expect(mine.hasNextPage).toBe(true);
    const rest = await listMyNotifications({ em: orm.em.fork(), userId: specialist, first: 10, after: mine.endCursor });
    expect(rest.items.map((n) => n.title)).toEqual(['Sắp đến hạn xử lý', 'Được phân công xử lý (chủ trì)']);
    expect(rest.hasNextPage).toBe(false);
    expect(await countUnreadNotifications({ em: orm.em.fork(), userId: specialist })).toBe(3);
    expect(await markNotificationsRead({ em: orm.em.fork(), userId: specialist, ids: [mine.items[0]!.id], now: new Date() })).toHaveLength(1);
    // Someone else's ids are ignored.
    expect(await markNotificationsRead({ em: orm.em.fork(), userId: user('chutich').id, ids: [rest.items[0]!.id], now: new Date() })).toEqual([]);
    expect(await countUnreadNotifications({ em: orm.em.fork(), userId: specialist })).toBe(2);
  });

  it('move with the calendar: a day off declared on the limit moves it and its reminder (calendar-change fan-out)', async () => {
    await skipToNextWorkingDay(9);
    const { documentId, arrivalAt } = await register('normal');
    const c = await calendar(arrivalAt);
    const date = vnDateOf(c.addWorkingDays(arrivalAt, 2));
    const directed = await direct(documentId, { lead: assignee({ unit: 'TCKH', deadline: date }), coordinators: [] });
    const lead = directed.assignments[0]!;
    const before = await poll(() => deadline(lead.id, 'assignment'), (d) => d !== undefined, 'the assignment deadline');
    expect(before!.due_at.getTime()).toBe(c.untilDate(Date.parse(`${date}T12:00:00+07:00`)));

    const year = Number(date.slice(0, 4));
    const admin = user('quantri');
    const current = await getYearCalendar({ em: orm.em.fork(), year });
    const saved = await updateYearCalendar({
      em: orm.em.fork(),
      actor: admin,
      expectedVersion: current.version,
      now: new Date(await env.now()),
      input: { year, ...current.data, extraDaysOff: [...current.data.extraDaysOff, { date, name: 'Nghỉ đột xuất (thử nghiệm)' }] },
    });
    await env.client.workflow.start('calendarChangeWorkflow', {
      workflowId: calendarChangeWorkflowId(saved),
      taskQueue: TASK_QUEUE,
      args: [{ year: saved.year, version: saved.version }],
    });

    const moved = await calendar(arrivalAt);
    const newDue = moved.untilDate(Date.parse(`${date}T12:00:00+07:00`));
    expect(newDue).toBeGreaterThan(before!.due_at.getTime());
    await poll(() => deadline(lead.id, 'assignment'), (d) => d?.due_at.getTime() === newDue, 'the moved deadline');
    const movedEvent = (await timeline(documentId)).find((e) => e.kind === 'deadline.moved')!;
    expect(movedEvent.data).toMatchObject({ kind: 'assignment', assignmentId: lead.id, dueAt: new Date(newDue).toISOString() });

    const remindAt = moved.subtractWorkingDays(newDue, 1);
    await env.skipTo(remindAt + MINUTE);
    const [n] = await poll(() => notices(documentId), (x) => x.length === 1, 'the moved reminder');
    expect(n).toMatchObject({ user: 'truongphong.tckh', title: 'Sắp đến hạn xử lý' });
    expect(n!.body).toContain(formatVi(newDue));
    expect(Math.abs(n!.at - remindAt)).toBeLessThan(SLACK);
  });

  it('stop on thu hồi, trả lại and chuyển tiếp, and start again for the new part', async () => {
    await skipToNextWorkingDay(9);
    const { documentId, arrivalAt } = await register('normal');
    const c = await calendar(arrivalAt);
    const date = vnDateOf(c.addWorkingDays(arrivalAt, 3));
    const laterDate = vnDateOf(c.addWorkingDays(arrivalAt, 6));
    const directed = await direct(documentId, {
      lead: assignee({ unit: 'TCKH', deadline: date }),
      coordinators: [assignee({ unit: 'NV', deadline: date }), assignee({ user: 'chuyenvien.tnmt', deadline: date })],
    });
    const [lead, nvUnit, person] = directed.assignments;
    await poll(
      () => sql.query(`select 1 from deadline where document_id = $1 and kind = 'assignment' and status = 'pending'`, [documentId]),
      (r) => r.rowCount === 3,
      'the assignment deadlines',
    );
    const leader = user('chutich');
    await incoming.withdrawAssignment(documentId, { actor: leader, assignmentId: nvUnit!.id, reason: 'Không cần phối hợp.' });
    await incoming.returnAssignment(documentId, { actor: user('chuyenvien.tnmt'), assignmentId: person!.id, reason: 'Không thuộc lĩnh vực.' });
    const moved = await incoming.reassign(documentId, {
      actor: leader,
      assignmentId: lead!.id,
      to: { unitId: units.get('NV')!, userId: null, deadline: laterDate },
      reason: 'Chuyển Phòng Nội vụ chủ trì.',
    });
    const newLead = moved.assignments.find((a) => a.role === 'lead' && a.status === 'pending')!;
    for (const a of [nvUnit!, person!, lead!]) expect((await deadline(a.id, 'assignment'))!.status).toBe('cancelled');
    const newDue = c.untilDate(Date.parse(`${laterDate}T12:00:00+07:00`));
    expect((await poll(() => deadline(newLead.id, 'assignment'), (d) => d !== undefined, 'the new part’s deadline'))!.due_at.getTime()).toBe(newDue);

    // Past the old limit: nobody is reminded of the parts that ended; the new part is reminded a working day ahead of its own.
    const oldDue = c.untilDate(Date.parse(`${date}T12:00:00+07:00`));
    await env.skipTo(c.nextWorkingDayStart(oldDue) + 60 * MINUTE);
    expect(await notices(documentId)).toEqual([]);
    await env.skipTo(c.subtractWorkingDays(newDue, 1) + MINUTE);
    const n = await poll(() => notices(documentId), (x) => x.length === 1, 'the new part’s reminder');
    expect(brief(n)).toEqual(['truongphong.nv: Sắp đến hạn xử lý']);
    const kinds = (await timeline(documentId)).map((e) => e.kind);
    expect(kinds.filter((k) => k.startsWith('assignment.'))).toEqual(['assignment.withdrawn', 'assignment.returned', 'assignment.reassigned']);
  });
});
