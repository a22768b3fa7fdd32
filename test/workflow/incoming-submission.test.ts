import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeadlineActivities } from '../../backend/src/activities/deadline.activities.ts';
import { createDocumentActivities } from '../../backend/src/activities/document.activities.ts';
import { type Orm } from '../../backend/src/db/orm.ts';
import { getCalendarData } from '../../backend/src/modules/calendar/get-calendar-data.ts';
import { IncomingDocumentClient, receiveElectronicDocument } from '../../backend/src/temporal/incoming-document.client.ts';
import { createWorkingCalendar, type WorkingCalendar } from '../../workflows/src/calendar/index.ts';
import type { RegisterArgs } from '../../workflows/src/incoming-document/messages.ts';
import { poll, serverClock, type TimeSkippingEnv } from '../support/time-skipping.ts';
import { startTimeSkippingStack, type TimeSkippingStack } from '../support/time-skipping-stack.ts';

/*
 * The văn thư's submission limit (vào sổ và trình, Decree 30 art. 23.1) and the direction limit's daily
 * escalation, on Temporal's time-skipping test server with the real workflow and activities.
 */

const DAY = 86_400_000;
const MINUTE = 60_000;
const SLACK = 30_000;
const TASK_QUEUE = 'submission-timers';

let orm: Orm;
let sql: pg.Pool;
let env: TimeSkippingEnv;
let incoming: IncomingDocumentClient;
let users: TimeSkippingStack['users'];
let stack: TimeSkippingStack | undefined;

const vnDateOf = (t: number) => new Date(t + 7 * 3600_000).toISOString().slice(0, 10);
const vnYearOf = (t: number) => Number(vnDateOf(t).slice(0, 4));
const user = (username: string) => users.get(username)!;
const usernameOf = (id: string) => [...users.values()].find((u) => u.id === id)?.username ?? id;

async function calendar(at: number): Promise<WorkingCalendar> {
  return createWorkingCalendar(await getCalendarData({ em: orm.em.fork(), fromYear: vnYearOf(at) - 1, toYear: vnYearOf(at) + 1 }));
}


async function skipToNextWorkingDay(hour: number): Promise<number> {
  const now = await env.now();
  const opening = (await calendar(now)).nextWorkingDayStart(now);
  const target = opening - ((opening + 7 * 3600_000) % DAY) + hour * 60 * MINUTE;
  await env.skipTo(target);
  return target;
}

async function registrationInput(urgency: RegisterArgs['input']['urgency']): Promise<RegisterArgs['input']> {
  const now = await env.now();
  const book = (await sql.query(`select id from register_book where direction = 'incoming' and year = $1 and code = 'VBD'`, [vnYearOf(now)])).rows[0];
  return {
    bookId: book.id,
    documentTypeCode: 'CV',
    numberNotation: `${Math.floor(Math.random() * 1e6)}/STC-NS`,
    issuer: 'Sở Tài chính',
    issuedDate: vnDateOf(now),
    subject: 'V/v rà soát dự toán ngân sách',
    urgency,
    confidentiality: 'normal',
    signer: 'Lê Văn C',
    pageCount: 1,
    dueDate: null,
    receiptForm: 'paper',
  };
}

const notices = async (documentId: string) =>
  (await sql.query(`select user_id, title, created_at from notification where subject_id = $1 order by created_at, title, user_id`, [documentId])).rows.map((r) => ({
    user: usernameOf(r.user_id),
    title: r.title as string,
    at: (r.created_at as Date).getTime(),
  }));
const brief = (rows: Array<{ user: string; title: string }>) => rows.map((n) => `${n.user}: ${n.title}`).sort();
const deadline = async (documentId: string, kind: string) =>
  (await sql.query(`select status, due_at, started_at, met_at from deadline where subject_id = $1 and kind = $2`, [documentId, kind])).rows[0] as
    | { status: string; due_at: Date; started_at: Date; met_at: Date | null }
    | undefined;
const timeline = async (documentId: string) =>
  (await sql.query(`select kind, data from audit_event where subject_id = $1 order by at, id`, [documentId])).rows as Array<{ kind: string; data: Record<string, unknown> }>;

beforeAll(async () => {
  stack = await startTimeSkippingStack({ name: 'submission', taskQueue: TASK_QUEUE, activities: (orm) => ({ ...createDocumentActivities({ orm, now: serverClock }), ...createDeadlineActivities({ orm, now: serverClock }) }) });
  ({ env, orm, sql, users } = stack);
  await sql.query(`insert into register_book (id, year, direction, code, name, last_number)
    select gen_random_uuid(), year + 1, direction, code, name, 0 from register_book where direction = 'incoming' and code = 'VBD' on conflict do nothing`);
  incoming = new IncomingDocumentClient(env.client, TASK_QUEUE);
});

afterAll(async () => {
  await stack?.stop();
});

describe('the submission limit (vào sổ và trình)', () => {
  it('registered only: the clerk is reminded ahead, the chánh văn phòng told when it passes, and a late trình is recorded late', async () => {
    const realStart = Date.now();
    await skipToNextWorkingDay(9);
    const r = await incoming.register({ actor: user('vanthu'), input: await registrationInput('normal'), file: null, submit: false });
    const arrivalAt = Date.parse(r.arrivedAt!);
    expect(r.submittedAt).toBeNull();
    const c = await calendar(arrivalAt);
    const due = c.nextWorkingDayEnd(arrivalAt);
    const remindAt = c.subtractWorkingHours(due, 2);
    expect((await deadline(r.documentId, 'submission'))!).toMatchObject({ status: 'pending', due_at: new Date(due), started_at: new Date(arrivalAt) });

    await env.skipTo(remindAt - MINUTE);
    expect(await notices(r.documentId)).toEqual([]);
    await env.skipTo(remindAt + MINUTE);
    const reminded = await poll(() => notices(r.documentId), (n) => n.length === 1, 'the reminder');
    expect(brief(reminded)).toEqual(['vanthu: Sắp đến hạn trình văn bản đến']);
    expect(Math.abs(reminded[0]!.at - remindAt)).toBeLessThan(SLACK);

    await env.skipTo(due + MINUTE);
    const all = await poll(() => notices(r.documentId), (n) => n.length === 2, 'the escalation');
    expect(brief(all)).toEqual(['chanhvanphong: Quá hạn trình văn bản đến', 'vanthu: Sắp đến hạn trình văn bản đến']);
    expect((await deadline(r.documentId, 'submission'))!.status).toBe('overdue');
    // Told once: no daily escalation of the văn thư's limit.
    await env.skipTo(c.nextWorkingDayStart(c.nextWorkingDayStart(due)) + 60 * MINUTE);
    expect(await notices(r.documentId)).toHaveLength(2);

    const submittedAt = await env.now();
    const s = await incoming.submit(r.documentId, { actor: user('vanthu'), note: null });
    expect(s.status).toBe('awaiting_direction');
    expect((await deadline(r.documentId, 'submission'))!.status).toBe('late');
    // The leader's limit counts from the submission.
    const direction = await poll(() => deadline(r.documentId, 'direction'), (d) => d !== undefined, 'the direction deadline');
    expect(Math.abs(direction!.started_at.getTime() - submittedAt)).toBeLessThan(SLACK);
    expect((await timeline(r.documentId)).map((e) => e.kind)).toEqual([
      'deadline.set',
      'document.registered',
      'deadline.reminded',
      'deadline.overdue',
      'deadline.escalated',
      'document.submitted',
      'deadline.set',
    ]);
    expect((await timeline(r.documentId)).find((e) => e.kind === 'document.submitted')!.data.onTime).toBe(false);
    expect(Date.now() - realStart).toBeLessThan(60_000);
  });

  it('received electronically, khẩn: "ngay" from the receipt; the clerk and the chánh văn phòng are alerted, registration records it late', async () => {
    await skipToNextWorkingDay(10);
    const receivedAt = await env.now();
    const documentId = randomUUID();
    const input = {
      documentId,
      source: { outgoingDocumentId: randomUUID(), recipientUnitId: randomUUID() },
      receivedAt: new Date(receivedAt).toISOString(),
      issuerName: 'Ủy ban nhân dân tỉnh',
      numberNotation: '77/QĐ-UBND',
      documentDate: vnDateOf(receivedAt),
      documentType: 'QĐ',
      subject: 'Quyết định về việc phòng, chống thiên tai',
      signerName: 'Trần Văn B',
      signerPosition: 'Phó Chủ tịch',
      pageCount: 1,
      urgency: 'urgent' as const,
      confidentiality: 'normal' as const,
      files: [],
      sentById: user('chutich').id,
    };
    await receiveElectronicDocument(env.client, TASK_QUEUE, input);
    await receiveElectronicDocument(env.client, TASK_QUEUE, input);
    expect((await sql.query(`select status from incoming_document where id = $1`, [documentId])).rows).toEqual([{ status: 'received' }]);
    const due = (await calendar(receivedAt)).immediately(receivedAt);
    const row = await poll(() => deadline(documentId, 'submission'), (d) => d !== undefined, 'the submission deadline');
    expect(row!.due_at.getTime()).toBe(due);

    await env.skipTo(due + MINUTE);
    const n = await poll(() => notices(documentId), (x) => x.length === 2, 'the alerts at the limit');
    expect(brief(n)).toEqual(['chanhvanphong: Quá hạn vào sổ và trình văn bản đến', 'vanthu: Đến hạn vào sổ và trình văn bản đến']);

    const result = await incoming.registerReceived(documentId, { actor: user('vanthu'), input: { ...(await registrationInput('urgent')), receiptForm: 'electronic' }, file: null });
    expect(result.arrivalNumber).toBeGreaterThan(0);
    expect(result.arrivedAt).toBe(input.receivedAt);
    expect((await deadline(documentId, 'submission'))!.status).toBe('late');
    expect((await sql.query(`select status from incoming_document where id = $1`, [documentId])).rows).toEqual([{ status: 'awaiting_direction' }]);
  });
});

describe('the direction limit', () => {
  it('tells the chánh văn phòng every working day it stays overdue', async () => {
    await skipToNextWorkingDay(9);
    const r = await incoming.register({ actor: user('vanthu'), input: await registrationInput('normal'), file: null });
    const arrivalAt = Date.parse(r.arrivalAt);
    const c = await calendar(arrivalAt);
    const due = c.nextWorkingDayEnd(arrivalAt);
    const day1 = c.nextWorkingDayStart(due);
    const day2 = c.nextWorkingDayStart(day1);
    await poll(() => deadline(r.documentId, 'direction'), (d) => d !== undefined, 'the direction deadline');

    await env.skipTo(day2 + MINUTE);
    const escalations = await poll(
      async () => (await notices(r.documentId)).filter((x) => x.user === 'chanhvanphong'),
      (x) => x.length === 3,
      'three escalations',
    );
    expect(escalations.map((e) => e.title)).toEqual([
      'Quá hạn cho ý kiến chỉ đạo',
      'Quá hạn cho ý kiến chỉ đạo 1 ngày làm việc',
      'Quá hạn cho ý kiến chỉ đạo 2 ngày làm việc',
    ]);
    expect(escalations.map((e) => Math.abs(e.at - [due, day1, day2][escalations.indexOf(e)]!) < SLACK)).toEqual([true, true, true]);
  });
});
