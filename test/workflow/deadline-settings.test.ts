import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeadlineActivities } from '../../backend/src/activities/deadline.activities.ts';
import { createDocumentActivities } from '../../backend/src/activities/document.activities.ts';
import { type Orm } from '../../backend/src/db/orm.ts';
import { getCalendarData } from '../../backend/src/modules/calendar/get-calendar-data.ts';
import { updateDeadlineSettings } from '../../backend/src/modules/deadline/update-deadline-settings.ts';
import { IncomingDocumentClient } from '../../backend/src/temporal/incoming-document.client.ts';
import { createWorkingCalendar, type WorkingCalendar } from '../../workflows/src/calendar/index.ts';
import type { RegisterArgs } from '../../workflows/src/incoming-document/messages.ts';
import { poll, serverClock, type TimeSkippingEnv } from '../support/time-skipping.ts';
import { startTimeSkippingStack, type TimeSkippingStack } from '../support/time-skipping-stack.ts';

/*
 * The administrator's reminder settings reach the deadlines computed after a change, and only those:
 * the real workflow and activities on Temporal's time-skipping test server, the settings in PostgreSQL.
 */

const DAY = 86_400_000;
const MINUTE = 60_000;
/** An alert is stamped when its activity is scheduled: seconds after its timer, even on a busy machine. */
const SLACK = 30_000;
const TASK_QUEUE = 'deadline-settings';

let orm: Orm;
let sql: pg.Pool;
let env: TimeSkippingEnv;
let incoming: IncomingDocumentClient;
let users: TimeSkippingStack['users'];
let stack: TimeSkippingStack | undefined;

const vnDateOf = (t: number) => new Date(t + 7 * 3600_000).toISOString().slice(0, 10);
const vnYearOf = (t: number) => Number(vnDateOf(t).slice(0, 4));
const user = (username: string) => users.get(username)!;

async function calendar(at: number): Promise<WorkingCalendar> {
  return createWorkingCalendar(await getCalendarData({ em: orm.em.fork(), fromYear: vnYearOf(at) - 1, toYear: vnYearOf(at) + 1 }));
}


/** The deadline reminders (not the other notifications) of a document, oldest first. */
async function reminders(documentId: string): Promise<Array<{ title: string; at: number }>> {
  const rows = (
    await sql.query(`select title, created_at from notification where subject_id = $1 and kind = 'deadline.reminder' order by created_at, user_id`, [documentId])
  ).rows;
  return rows.map((r) => ({ title: r.title as string, at: (r.created_at as Date).getTime() }));
}

async function register(): Promise<{ documentId: string; arrivalAt: number }> {
  const year = vnYearOf(await env.now());
  const book = (await sql.query(`select id from register_book where direction = 'incoming' and year = $1 and code = 'VBD'`, [year])).rows[0];
  const input: RegisterArgs['input'] = {
    bookId: book.id,
    documentTypeCode: 'CV',
    numberNotation: `${Math.floor(Math.random() * 1e6)}/STC-NS`,
    issuer: 'Sở Tài chính',
    issuedDate: vnDateOf(await env.now()),
    subject: 'V/v lập dự toán ngân sách năm 2027',
    urgency: 'normal',
    confidentiality: 'normal',
    signer: 'Trần Văn B',
    pageCount: 2,
    dueDate: null,
    receiptForm: 'paper',
  };
  const r = await incoming.register({ actor: user('vanthu'), input, file: null });
  return { documentId: r.documentId, arrivalAt: Date.parse(r.arrivalAt) };
}

beforeAll(async () => {
  stack = await startTimeSkippingStack({ name: 'settings', taskQueue: TASK_QUEUE, activities: (orm) => ({ ...createDocumentActivities({ orm, now: serverClock }), ...createDeadlineActivities({ orm, now: serverClock }) }) });
  ({ env, orm, sql, users } = stack);
  await sql.query(`insert into register_book (id, year, direction, code, name, last_number)
    select gen_random_uuid(), year + 1, direction, code, name, 0 from register_book where direction = 'incoming' and code = 'VBD' on conflict do nothing`);

  incoming = new IncomingDocumentClient(env.client, TASK_QUEUE);
});

afterAll(async () => {
  await stack?.stop();
});

describe('reminder settings edited by the administrator', () => {
  it('apply to the deadlines computed after the change; a document followed before keeps its reminders', async () => {
    // 09:00 of the next working day.
    const now = await env.now();
    const opening = (await calendar(now)).nextWorkingDayStart(now);
    await env.skipTo(opening - ((opening + 7 * 3600_000) % DAY) + 9 * 60 * MINUTE);

    const before = await register();
    await updateDeadlineSettings({
      em: orm.em.fork(),
      actor: user('quantri'),
      input: { directionReminderWorkingHours: 4, assignmentReminderWorkingDays: 3 },
      expectedVersion: 0,
      now: new Date(await env.now()),
    });
    const after = await register();

    const c = await calendar(after.arrivalAt);
    const dueBefore = c.nextWorkingDayEnd(before.arrivalAt);
    const dueAfter = c.nextWorkingDayEnd(after.arrivalAt);
    const remindAfter = c.subtractWorkingHours(dueAfter, 4);
    const remindBefore = c.subtractWorkingHours(dueBefore, 2);
    expect(remindAfter).toBeLessThan(remindBefore);

    await env.skipTo(remindAfter - MINUTE);
    expect(await reminders(after.documentId)).toEqual([]);
    await env.skipTo(remindAfter + MINUTE);
    const early = await poll(() => reminders(after.documentId), (n) => n.length === 2, 'the reminders 4 working hours ahead');
    for (const n of early) {
      expect(n.title).toBe('Sắp đến hạn cho ý kiến chỉ đạo');
      expect(Math.abs(n.at - remindAfter)).toBeLessThan(SLACK);
    }
    // Registered before the change: still 2 working hours ahead.
    expect(await reminders(before.documentId)).toEqual([]);
    await env.skipTo(remindBefore + MINUTE);
    const kept = await poll(() => reminders(before.documentId), (n) => n.length === 2, 'the reminders 2 working hours ahead');
    for (const n of kept) expect(Math.abs(n.at - remindBefore)).toBeLessThan(SLACK);

    // The parts of the document followed after the change: 3 working days ahead of the hạn xử lý.
    const personDate = vnDateOf(c.addWorkingDays(dueAfter, 6));
    const directed = await incoming.direct(after.documentId, {
      actor: user('chutich'),
      direction: 'Giao chuyên viên Phòng Tài chính – Kế hoạch xử lý.',
      lead: { unitId: null, userId: user('chuyenvien.tckh').id, deadline: personDate },
      coordinators: [],
      readers: [],
    });
    expect(directed.assignments).toHaveLength(1);
    const personDue = c.untilDate(Date.parse(`${personDate}T12:00:00+07:00`));
    const remindPart = c.subtractWorkingDays(personDue, 3);
    const partReminders = async () => (await reminders(after.documentId)).filter((n) => n.title === 'Sắp đến hạn xử lý');
    await env.skipTo(remindPart - MINUTE);
    expect(await partReminders()).toEqual([]);
    await env.skipTo(remindPart + MINUTE);
    const [part] = await poll(partReminders, (n) => n.length === 1, 'the part’s reminder 3 working days ahead');
    expect(Math.abs(part!.at - remindPart)).toBeLessThan(SLACK);
  });
});
