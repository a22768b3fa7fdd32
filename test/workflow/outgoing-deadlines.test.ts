import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeadlineActivities } from '../../backend/src/activities/deadline.activities.ts';
import { createOutgoingActivities } from '../../backend/src/activities/outgoing.activities.ts';
import { type Orm } from '../../backend/src/db/orm.ts';
import { getCalendarData } from '../../backend/src/modules/calendar/get-calendar-data.ts';
import { OutgoingDocumentClient } from '../../backend/src/temporal/outgoing-document.client.ts';
import { createWorkingCalendar, type WorkingCalendar } from '../../workflows/src/calendar/index.ts';
import { dispatchAlertRoundWorkflowId } from '../../workflows/src/dispatch-alert-round/messages.ts';
import { DISPATCH_ALERT_SAFETY_NET_MS } from '../../workflows/src/outgoing-document/outgoing-deadlines.ts';
import type { CleanDraft } from '../../backend/src/modules/outgoing/validate-outgoing.ts';
import type { ReceiveElectronicInput } from '../../backend/src/modules/document/receive-electronic-document.ts';
import { poll, serverClock, type TimeSkippingEnv } from '../support/time-skipping.ts';
import { startTimeSkippingStack, type TimeSkippingStack } from '../support/time-skipping-stack.ts';

/*
 * The same-day dispatch deadline of outgoing documents (Decree 30 art. 18.1, Decision 28/2018) on Temporal's
 * time-skipping test server, with the real workflow bundle and activities on an embedded PostgreSQL: signed at
 * 10:00, at 16:55, at 18:00, on a Friday evening, before Tết, and khẩn. Expected instants come from the same
 * pure calendar on the same stored data.
 */

const DAY = 86_400_000;
const MINUTE = 60_000;
const SLACK = 30_000;
const TASK_QUEUE = 'outgoing-timers';

let orm: Orm;
let sql: pg.Pool;
let env: TimeSkippingEnv;
let outgoing: OutgoingDocumentClient;
let users: TimeSkippingStack['users'];
let stack: TimeSkippingStack | undefined;
const user = (u: string) => users.get(u)!;
const usernameOf = (id: string) => [...users.values()].find((u) => u.id === id)?.username ?? id;

/** The recipient units' side of a delivery: refuses while `unreachable`, and counts what it received. */
const recipients = { unreachable: false, attempts: 0, received: [] as string[] };
const receive = async (input: ReceiveElectronicInput) => {
  recipients.attempts++;
  if (recipients.unreachable) throw new Error('the recipient unit cannot receive right now');
  recipients.received.push(input.documentId);
  return { documentId: input.documentId };
};
const vnDateOf = (t: number) => new Date(t + 7 * 3600_000).toISOString().slice(0, 10);
const vnYearOf = (t: number) => Number(vnDateOf(t).slice(0, 4));
const localAt = (date: string, hour: number, minute = 0) => Date.parse(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`);

async function calendar(at: number): Promise<WorkingCalendar> {
  return createWorkingCalendar(await getCalendarData({ em: orm.em.fork(), fromYear: vnYearOf(at) - 1, toYear: vnYearOf(at) + 1 }));
}


/** The first working day on or after the date that satisfies `ok`, at hh:mm. */
async function nextWorkingDayAt(hour: number, minute = 0, ok: (date: string) => boolean = () => true): Promise<number> {
  const now = await env.now();
  const c = await calendar(now);
  for (let t = now + DAY; ; t += DAY) {
    const date = vnDateOf(t);
    if (c.isWorkingDay(date) && ok(date)) return localAt(date, hour, minute);
  }
}

const draft = (urgency: CleanDraft['urgency'] = 'normal'): CleanDraft => ({
  documentTypeCode: 'QĐ',
  subject: 'Quyết định phê duyệt kế hoạch',
  urgency,
  confidentiality: 'normal',
  pageCount: 1,
  copies: 2,
  dueDate: null,
  notes: null,
  recipients: [{ kind: 'individual', channel: 'paper', unitId: null, agencyId: null, name: 'Ông A', address: null }],
});

/** Drafted and sent to the signer at the given instant of the server's clock; signed at once. */
async function submitAt(at: number, urgency: CleanDraft['urgency'] = 'normal') {
  await env.skipTo(at);
  const documentId = randomUUID();
  await outgoing.create(documentId, {
    actor: user('chuyenvien.tckh'),
    draft: draft(urgency),
    files: [{ fileId: randomUUID(), sha256: 'a'.repeat(64), fileName: 'du-thao.pdf', mimeType: 'application/pdf', size: 10, role: 'main' }],
    relation: null,
  });
  await outgoing.submit(documentId, { actor: user('chuyenvien.tckh'), steps: [{ kind: 'sign', reviewerId: user('phochutich').id, workingDays: 1 }], note: null });
  return documentId;
}

async function signAt(at: number, urgency: CleanDraft['urgency'] = 'normal') {
  const documentId = await submitAt(at, urgency);
  await outgoing.sign(documentId, { actor: user('phochutich'), authority: 'kt', position: 'Phó Chủ tịch', urgency: null, confidentiality: null });
  const signedAt = (await sql.query(`select signed_at from outgoing_document where id = $1`, [documentId])).rows[0].signed_at.getTime() as number;
  const rows = await poll(
    () => sql.query(`select kind, due_at from deadline where document_id = $1 and kind like 'dispatch%'`, [documentId]),
    (r) => r.rowCount === 2,
    'the dispatch deadlines',
  );
  const due = Object.fromEntries(rows.rows.map((r) => [r.kind, (r.due_at as Date).getTime()]));
  return { documentId, signedAt, target: due.dispatch_target as number, limit: due.dispatch_limit as number };
}

const issue = async (documentId: string) => {
  await outgoing.issue(documentId, { actor: user('vanthu'), bookId: null });
  return (await sql.query(`select dispatch_outcome, number_notation, issued_at from outgoing_document where id = $1`, [documentId])).rows[0] as {
    dispatch_outcome: string;
    number_notation: string;
    issued_at: Date;
  };
};

async function notices(documentId: string) {
  const rows = (await sql.query(`select user_id, title, created_at from notification where subject_id = $1 and kind like 'deadline.%' order by created_at, user_id`, [documentId])).rows;
  return rows.map((r) => ({ user: usernameOf(r.user_id), title: r.title as string, at: (r.created_at as Date).getTime() }));
}
const who = (n: Array<{ user: string; title: string }>) => n.map((x) => `${x.user}: ${x.title}`).sort();

beforeAll(async () => {
  stack = await startTimeSkippingStack({ name: 'outgoing-timers', taskQueue: TASK_QUEUE, activities: (orm) => ({ ...createOutgoingActivities({ orm, now: serverClock, receive }), ...createDeadlineActivities({ orm, now: serverClock }) }) });
  ({ env, orm, sql, users } = stack);
  // The clock runs ahead to the next Tết: the outgoing books of the next year exist too.
  await sql.query(`insert into register_book (id, year, direction, code, name, confidential, last_number)
    select gen_random_uuid(), year + 1, direction, code, name, confidential, 0 from register_book where direction = 'outgoing' on conflict do nothing`);
  outgoing = new OutgoingDocumentClient(env.client, TASK_QUEUE);
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe('the review steps', () => {
  it('the reviewer is reminded 2 office hours before the step’s limit (1 working day) and at it; the drafter is told when it passes', async () => {
    const documentId = await submitAt(await nextWorkingDayAt(9));
    const row = await poll(() => sql.query(`select due_at, started_at from deadline where document_id = $1 and kind = 'outgoing_review'`, [documentId]), (r) => r.rowCount === 1, 'the review deadline');
    const startedAt = (row.rows[0].started_at as Date).getTime();
    const c = await calendar(startedAt);
    const due = c.addWorkingDays(startedAt, 1);
    expect((row.rows[0].due_at as Date).getTime()).toBe(due);
    await env.skipTo(due + MINUTE);
    const n = await poll(() => notices(documentId), (x) => x.length === 3, 'the review alerts');
    expect(who(n)).toEqual(['chuyenvien.tckh: Dự thảo quá hạn ký', 'phochutich: Sắp đến hạn ký dự thảo', 'phochutich: Đến hạn ký dự thảo']);
    expect(Math.abs(n.find((x) => x.title === 'Sắp đến hạn ký dự thảo')!.at - c.subtractWorkingHours(due, 2))).toBeLessThan(SLACK);
    // Signed late: the step's limit is recorded as late.
    await outgoing.sign(documentId, { actor: user('phochutich'), authority: 'none', position: null, urgency: null, confidentiality: null });
    expect((await sql.query(`select status from deadline where document_id = $1 and kind = 'outgoing_review'`, [documentId])).rows[0].status).toBe('late');
  });
});

describe('the dispatch deadline from the signature', () => {
  it('signed at 10:00: the văn thư is reminded an office hour before 17:00, the chánh văn phòng told at 12:00 the next working day; issued after that', async () => {
    const t = await nextWorkingDayAt(10);
    const d = await signAt(t);
    const c = await calendar(d.signedAt);
    expect(d.target).toBe(c.sameWorkingDay(d.signedAt));
    expect(d.limit).toBe(c.nextWorkingMorning(d.signedAt));
    expect(vnDateOf(d.target)).toBe(vnDateOf(t));

    const remindAt = c.subtractWorkingHours(d.target, 1);
    await env.skipTo(remindAt - MINUTE);
    expect(await notices(d.documentId)).toEqual([]);
    await env.skipTo(remindAt + MINUTE);
    const reminded = await poll(() => notices(d.documentId), (n) => n.length === 1, 'the reminder');
    expect(who(reminded)).toEqual(['vanthu: Sắp hết hạn phát hành trong ngày']);
    expect(Math.abs(reminded[0]!.at - remindAt)).toBeLessThan(SLACK);

    await env.skipTo(d.limit + MINUTE);
    const all = await poll(() => notices(d.documentId), (n) => n.length === 3, 'the escalation');
    expect(who(all)).toEqual(['chanhvanphong: Quá hạn phát hành văn bản đi', 'vanthu: Chưa phát hành trong ngày ký', 'vanthu: Sắp hết hạn phát hành trong ngày']);
    const escalation = all.find((n) => n.user === 'chanhvanphong')!;
    expect(Math.abs(escalation.at - d.limit)).toBeLessThan(SLACK);

    const issued = await issue(d.documentId);
    expect(issued.dispatch_outcome).toBe('after_escalation');
    expect(issued.number_notation).toMatch(/^\d{2,}\/QĐ-UBND$/);
    const rows = (await sql.query(`select kind, status from deadline where document_id = $1 order by kind`, [d.documentId])).rows;
    expect(rows).toEqual([
      { kind: 'dispatch_limit', status: 'late' },
      { kind: 'dispatch_target', status: 'late' },
      { kind: 'outgoing_review', status: 'met' },
    ]);
  });

  it('signed at 16:55: no reminder ahead (less than an hour left), reminded at 17:00; issued the next morning', async () => {
    const d = await signAt(await nextWorkingDayAt(16, 55));
    const c = await calendar(d.signedAt);
    expect(d.target).toBe(c.sameWorkingDay(d.signedAt));
    await env.skipTo(d.target - MINUTE);
    expect(await notices(d.documentId)).toEqual([]);
    await env.skipTo(d.target + MINUTE);
    expect(who(await poll(() => notices(d.documentId), (n) => n.length === 1, 'the reminder at 17:00'))).toEqual(['vanthu: Chưa phát hành trong ngày ký']);
    await env.skipTo(c.nextWorkingDayStart(d.signedAt) + 60 * MINUTE);
    expect((await issue(d.documentId)).dispatch_outcome).toBe('next_morning');
    // Issued before the hard limit: the chánh văn phòng is never told.
    await env.skipTo(d.limit + 10 * MINUTE);
    expect((await notices(d.documentId)).some((n) => n.user === 'chanhvanphong')).toBe(false);
  });

  it('signed at 18:00, after office hours: the target is the next working morning itself; issued at 09:00 it is "next morning"', async () => {
    const c0 = await calendar(await env.now());
    const d = await signAt(await nextWorkingDayAt(18, 0, (date) => c0.isWorkingDay(vnDateOf(Date.parse(`${date}T12:00:00+07:00`) + DAY))));
    const c = await calendar(d.signedAt);
    expect(d.limit).toBe(c.nextWorkingMorning(d.signedAt));
    expect(d.target).toBe(d.limit);
    expect(d.limit - d.signedAt).toBeLessThan(DAY);
    await env.skipTo(c.nextWorkingDayStart(d.signedAt) + 30 * MINUTE);
    expect(await notices(d.documentId)).toEqual([]);
    expect((await issue(d.documentId)).dispatch_outcome).toBe('next_morning');
  });

  it('signed on a Friday evening: the limit is the next working morning after the weekend', async () => {
    const friday = await nextWorkingDayAt(18, 30, (date) => new Date(`${date}T12:00:00Z`).getUTCDay() === 5);
    const d = await signAt(friday);
    const c = await calendar(d.signedAt);
    expect(d.limit).toBe(c.nextWorkingMorning(d.signedAt));
    expect(d.limit - d.signedAt).toBeGreaterThan(2 * DAY);
    expect(new Date(d.limit + 7 * 3600_000).getUTCDay()).not.toBe(6);
    expect(new Date(d.limit + 7 * 3600_000).getUTCDay()).not.toBe(0);
    // Nothing happens over the weekend; an office hour before the limit the văn thư is reminded.
    const remindAt = c.subtractWorkingHours(d.limit, 1);
    expect(remindAt - d.signedAt).toBeGreaterThan(2 * DAY);
    await env.skipTo(remindAt - MINUTE);
    expect(await notices(d.documentId)).toEqual([]);
    await env.skipTo(remindAt + MINUTE);
    expect(who(await poll(() => notices(d.documentId), (n) => n.length === 1, 'the reminder'))).toEqual(['vanthu: Sắp hết hạn phát hành trong ngày']);
    expect((await issue(d.documentId)).dispatch_outcome).toBe('next_morning');
  });

  it('signed at 15:00 the day before Tết: the same-day target is that day, the hard limit the first working morning after the holiday', async () => {
    const now = await env.now();
    const c0 = await calendar(now);
    // The first Tết day ahead (at least two days away), then the last working day before it.
    let tet = now + 2 * DAY;
    while (!/Tết Nguyên đán|Tết Âm lịch/i.test(c0.dayInfo(vnDateOf(tet)).name)) tet += DAY;
    let before = tet - DAY;
    while (!c0.isWorkingDay(vnDateOf(before))) before -= DAY;
    const d = await signAt(localAt(vnDateOf(before), 15));
    const c = await calendar(d.signedAt);
    expect(vnDateOf(d.target)).toBe(vnDateOf(before));
    expect(d.limit).toBe(c.nextWorkingMorning(d.signedAt));
    expect(d.limit - d.signedAt).toBeGreaterThan(4 * DAY);
    // Through the holiday only the văn thư's reminders of the signing day; the chánh văn phòng is told at the limit.
    await env.skipTo(d.limit - MINUTE);
    expect(who(await notices(d.documentId))).toEqual(['vanthu: Chưa phát hành trong ngày ký', 'vanthu: Sắp hết hạn phát hành trong ngày']);
    await env.skipTo(d.limit + MINUTE);
    await poll(() => notices(d.documentId), (n) => n.some((x) => x.user === 'chanhvanphong'), 'the escalation after Tết');
    expect((await issue(d.documentId)).dispatch_outcome).toBe('after_escalation');
  });

  it('khẩn: "ngay" — the văn thư reminded and the chánh văn phòng told when it falls due; issued in time it is on time', async () => {
    const d1 = await signAt(await nextWorkingDayAt(9), 'urgent');
    const c = await calendar(d1.signedAt);
    expect(d1.target).toBe(c.immediately(d1.signedAt));
    expect(d1.limit).toBe(d1.target);
    expect((await issue(d1.documentId)).dispatch_outcome).toBe('same_day');

    const d2 = await signAt((await env.now()) + 5 * MINUTE, 'flash');
    await env.skipTo(d2.limit + MINUTE);
    expect(who(await poll(() => notices(d2.documentId), (n) => n.length === 2, 'the alerts at "ngay"'))).toEqual([
      'chanhvanphong: Quá hạn phát hành văn bản đi',
      'vanthu: Văn bản khẩn chưa phát hành',
    ]);
  });
});

describe('dispatch alert rounds', () => {
  /** Signed one after the other at the same instant of the server's clock: they share the target, the limit and the reminder. */
  async function signTogether(n: number, at: number) {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push(await submitAt(at));
    for (const id of ids) await outgoing.sign(id, { actor: user('phochutich'), authority: 'kt', position: null, urgency: null, confidentiality: null });
    const rows = await poll(
      () => sql.query(`select document_id, due_at, remind_at from deadline where document_id = any($1::uuid[]) and kind = 'dispatch_target'`, [ids]),
      (r) => r.rowCount === n,
      'the dispatch deadlines',
    );
    const remindAt = new Set(rows.rows.map((r) => (r.remind_at as Date).getTime()));
    expect(remindAt.size).toBe(1);
    return { ids, remindAt: [...remindAt][0]! };
  }
  const reminders = async (ids: string[]) =>
    (await sql.query(`select subject_id, step_key, created_at from notification where subject_id = any($1::uuid[]) and kind = 'deadline.reminder' order by step_key`, [ids])).rows as Array<{
      subject_id: string;
      step_key: string;
      created_at: Date;
    }>;

  it('documents signed together are reminded by one round at the reminder instant, each once; their own timers then find it done', async () => {
    const { ids, remindAt } = await signTogether(3, await nextWorkingDayAt(10));
    const round = env.client.workflow.getHandle(dispatchAlertRoundWorkflowId(remindAt));
    await env.skipTo(remindAt + 10_000);
    expect(await round.result()).toEqual({ reminded: 3, overdue: 0, notified: 3 });
    const sent = await poll(() => reminders(ids), (r) => r.length === 3, 'the round’s reminders');
    expect(sent.every((r) => r.step_key.startsWith(`${dispatchAlertRoundWorkflowId(remindAt)}:`))).toBe(true);
    expect(new Set(sent.map((r) => r.subject_id))).toEqual(new Set(ids));
    expect(sent.every((r) => Math.abs(r.created_at.getTime() - remindAt) < 10_000)).toBe(true);
    // Past the safety net: the documents' timers fired and added nothing; each timeline shows the one reminder.
    await env.skipTo(remindAt + 2 * MINUTE);
    await poll(() => sql.query(`select 1 from deadline where document_id = any($1::uuid[]) and kind = 'dispatch_target' and reminded_at is not null`, [ids]), (r) => r.rowCount === 3, 'the rows');
    expect(await reminders(ids)).toHaveLength(3);
    const events = (await sql.query(`select subject_id, count(*)::int as n from audit_event where subject_id = any($1::uuid[]) and kind = 'deadline.reminded' group by subject_id`, [ids])).rows;
    expect(events.map((e) => e.n)).toEqual([1, 1, 1]);
  });

  it('when the round did not run, each document’s own timer reminds the văn thư a minute later', async () => {
    const { ids, remindAt } = await signTogether(2, await nextWorkingDayAt(10));
    await env.client.workflow.getHandle(dispatchAlertRoundWorkflowId(remindAt)).terminate('the round is lost');
    await env.skipTo(remindAt + 10_000);
    expect(await reminders(ids)).toEqual([]);
    await env.skipTo(remindAt + 2 * MINUTE);
    const sent = await poll(() => reminders(ids), (r) => r.length === 2, 'the safety net’s reminders');
    expect(sent.every((r) => r.step_key.startsWith('outgoing-document/'))).toBe(true);
    expect(sent.every((r) => Math.abs(r.created_at.getTime() - (remindAt + DISPATCH_ALERT_SAFETY_NET_MS)) < 10_000)).toBe(true);
  });
});

describe('issuing and the internal recipients', () => {
  it('the văn thư gets the number while a recipient unit cannot receive; the unit receives it once when it can', async () => {
    const tnmt = (await sql.query(`select id from unit where code = 'TNMT'`)).rows[0].id as string;
    await env.skipTo(await nextWorkingDayAt(9));
    const documentId = randomUUID();
    const actor = user('chuyenvien.tckh');
    const files = [{ fileId: randomUUID(), sha256: 'a'.repeat(64), fileName: 'du-thao.pdf', mimeType: 'application/pdf', size: 10, role: 'main' as const }];
    await outgoing.create(documentId, { actor, draft: { ...draft(), recipients: [{ kind: 'unit', channel: 'system', unitId: tnmt, agencyId: null, name: null, address: null }] }, files, relation: null });
    await outgoing.submit(documentId, { actor, steps: [{ kind: 'sign', reviewerId: user('phochutich').id, workingDays: 1 }], note: null });
    await outgoing.sign(documentId, { actor: user('phochutich'), authority: 'kt', position: null, urgency: null, confidentiality: null });

    recipients.unreachable = true;
    const attempts = recipients.attempts;
    const issued = await issue(documentId);
    expect(issued.number_notation).toMatch(/^\d{2,}\/QĐ-UBND$/);
    const recipientRow = async () => (await sql.query(`select incoming_document_id, sent_at from outgoing_recipient where document_id = $1`, [documentId])).rows[0];
    await poll(async () => recipients.attempts, (n) => n >= attempts + 2, 'the delivery to be tried again');
    expect(await recipientRow()).toMatchObject({ incoming_document_id: null, sent_at: null });

    recipients.unreachable = false;
    const delivered = await poll(recipientRow, (r) => r.incoming_document_id !== null, 'the delivery');
    expect(recipients.received.filter((id) => id === delivered.incoming_document_id)).toHaveLength(1);
    const events = (await sql.query(`select count(*)::int as n from audit_event where subject_id = $1 and kind = 'outgoing.delivered'`, [documentId])).rows[0].n;
    expect(events).toBe(1);
  });
});
