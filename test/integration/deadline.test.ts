import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GqlClient } from '../support/graphql-client.ts';
import { ASSIGN, CLOSE, COMPLETE, DIRECT, incomingBookId, REGISTER, registrationInput, unitIdByCode, vnDate } from '../support/incoming.ts';

const stack = inject('stack');
const db = new pg.Pool({ connectionString: stack.databaseUrl, max: 2 });
afterAll(() => db.end());

const admin = new GqlClient(stack.url);
const clerk = new GqlClient(stack.url);
const leader = new GqlClient(stack.url);

const DEADLINES = `query($id: ID!) { incomingDocument(id: $id) {
  deadlines { kind title dueAt rule ruleLabel steps status metAt } timeline { kind summary } } }`;
const EXPLAIN = `query($rule: DeadlineRule!, $at: DateTime!) { explainDeadline(rule: $rule, at: $at) { at label } }`;
const YEAR = `query($year: Int!) { calendarYear(year: $year) { year version prefilled days { date kind name } swaps { dayOff workedDay name } } }`;
const UPDATE_YEAR = `mutation($input: UpdateCalendarYearInput!) { updateCalendarYear(input: $input) {
  __typename ... on Error { code message } ... on MutationUpdateCalendarYearSuccess { data { version } } } }`;
const RESET_YEAR = `mutation($year: Int!, $v: Int!) { resetCalendarYear(year: $year, expectedVersion: $v) { __typename } }`;

const vnYearOf = (iso: string) => Number(new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 4));
const vnDateOf = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10);
const dueAtInDb = async (documentId: string) => (await db.query(`select due_at from deadline where subject_id = $1 and kind = 'direction'`, [documentId])).rows[0]?.due_at as Date | undefined;

async function poll<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const v = await read();
    if (done(v)) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Adds an extra day off to a year, keeping what the year already has. */
async function addDayOff(date: string, name: string): Promise<void> {
  const y = (await admin.ok(YEAR, { year: Number(date.slice(0, 4)) })).calendarYear;
  const of = (...kinds: string[]) => y.days.filter((d: { kind: string }) => kinds.includes(d.kind));
  const r = (
    await admin.ok(UPDATE_YEAR, {
      input: {
        year: y.year,
        expectedVersion: y.version,
        holidays: of('HOLIDAY', 'IN_LIEU').map((d: { date: string; kind: string; name: string }) => ({ date: d.date, kind: d.kind, name: d.name })),
        swaps: y.swaps,
        extraDaysOff: [...of('EXTRA_OFF').map((d: { date: string; name: string }) => ({ date: d.date, name: d.name })), { date, name }],
        workingSaturdays: of('WORKING_SATURDAY').map((d: { date: string; name: string }) => ({ date: d.date, name: d.name })),
      },
    })
  ).updateCalendarYear;
  if (r.__typename !== 'MutationUpdateCalendarYearSuccess') throw new Error(JSON.stringify(r));
}

describe('the direction deadline is a durable timer computed from the agency calendar', () => {
  const touchedYears = new Set<number>();
  let bookId: string;

  beforeAll(async () => {
    await Promise.all([admin.login('quantri'), clerk.login('vanthu'), leader.login('chutich')]);
    bookId = await incomingBookId(clerk);
  });

  afterAll(async () => {
    // Leave the shared stack's calendar as the other tests expect it: pre-filled.
    for (const year of touchedYears) {
      const y = (await admin.ok(YEAR, { year })).calendarYear;
      if (!y.prefilled) await admin.ok(RESET_YEAR, { year, v: y.version });
    }
  });

  it('sets it by the rule, moves the pending timer when the calendar changes, and closes it when the leader directs', async () => {
    const doc = (await clerk.ok(REGISTER, { input: registrationInput(bookId) })).registerIncomingDocument.data;
    const arrivalAt = (await db.query(`select arrival_at from incoming_document where id = $1`, [doc.id])).rows[0].arrival_at.toISOString();

    const expected = (await admin.ok(EXPLAIN, { rule: 'NEXT_WORKING_DAY_END', at: arrivalAt })).explainDeadline;
    const first = await poll(() => dueAtInDb(doc.id), (v) => v !== undefined, 'the deadline row');
    expect(first!.toISOString()).toBe(expected.at);
    const all = (await clerk.ok(DEADLINES, { id: doc.id })).incomingDocument.deadlines as Array<Record<string, any>>;
    // Vào sổ và trình in one step: the văn thư's limit is recorded already met.
    expect(all.find((d) => d.kind === 'SUBMISSION')).toMatchObject({ title: 'Hạn vào sổ và trình', rule: 'nextWorkingDayEnd', status: 'MET' });
    const shown = all.filter((d) => d.kind === 'DIRECTION');
    expect(shown).toMatchObject([{ kind: 'DIRECTION', title: 'Hạn cho ý kiến chỉ đạo', rule: 'nextWorkingDayEnd', ruleLabel: expected.label, status: 'PENDING', metAt: null }]);
    expect(shown[0].steps.length).toBeGreaterThan(0);

    // The agency declares the due day a day off after the document arrived: the pending timer moves.
    const dueDay = vnDateOf(expected.at);
    touchedYears.add(vnYearOf(expected.at));
    await addDayOff(dueDay, 'Nghỉ đột xuất (thử nghiệm)');
    const moved = (await admin.ok(EXPLAIN, { rule: 'NEXT_WORKING_DAY_END', at: arrivalAt })).explainDeadline;
    expect(moved.at > expected.at).toBe(true);
    const second = await poll(() => dueAtInDb(doc.id), (v) => v?.toISOString() === moved.at, 'the moved deadline');
    expect(second!.toISOString()).toBe(moved.at);
    const timeline = (await clerk.ok(DEADLINES, { id: doc.id })).incomingDocument.timeline;
    expect(timeline.map((e: { kind: string }) => e.kind)).toEqual(['document.registered', 'deadline.set', 'deadline.moved']);

    const tckh = await unitIdByCode(leader, 'TCKH');
    const directed = (
      await leader.ok(DIRECT, { input: { documentId: doc.id, direction: 'Xử lý.', lead: { unitId: tckh, deadline: vnDate(10) } } })
    ).directIncomingDocument;
    expect(directed.__typename).toBe('MutationDirectIncomingDocumentSuccess');
    const closed = (await clerk.ok(DEADLINES, { id: doc.id })).incomingDocument.deadlines.find((d: { kind: string }) => d.kind === 'DIRECTION');
    expect(closed.status).toBe('MET');
    expect(closed.metAt).not.toBeNull();
  });

  it('follows each assignment’s hạn xử lý (unit and person) on the document, closing it when the part is done', async () => {
    const head = new GqlClient(stack.url);
    const specialist = new GqlClient(stack.url);
    await Promise.all([head.login('truongphong.tckh'), specialist.login('chuyenvien.tckh')]);
    const doc = (await clerk.ok(REGISTER, { input: registrationInput(bookId) })).registerIncomingDocument.data;
    await poll(() => dueAtInDb(doc.id), (v) => v !== undefined, 'the direction deadline');
    const [tckh, tnmtPerson] = await Promise.all([
      unitIdByCode(leader, 'TCKH'),
      leader.ok(`{ users { id username } }`).then((d) => d.users.find((u: { username: string }) => u.username === 'chuyenvien.tnmt').id as string),
    ]);
    const directed = (
      await leader.ok(DIRECT, {
        input: { documentId: doc.id, direction: 'Xử lý.', lead: { unitId: tckh, deadline: vnDate(9) }, coordinators: [{ userId: tnmtPerson, deadline: vnDate(8) }] },
      })
    ).directIncomingDocument;
    expect(directed.__typename).toBe('MutationDirectIncomingDocumentSuccess');
    const query = `query($id: ID!) { incomingDocument(id: $id) { deadlines { kind status dueAt rule ruleLabel metAt
      assignment { id role unit { code } assignee { username } } } } }`;
    const shown = await poll(
      async () => (await clerk.ok(query, { id: doc.id })).incomingDocument.deadlines as Array<Record<string, any>>,
      (d) => d.length === 4,
      'the assignment deadlines',
    );
    const direction = shown.find((d) => d.kind === 'DIRECTION');
    const person = shown.find((d) => d.assignment?.role === 'COORDINATE');
    const unit = shown.find((d) => d.assignment?.role === 'LEAD');
    expect(direction).toMatchObject({ kind: 'DIRECTION', status: 'MET', assignment: null });
    const untilDate = async (date: string) => (await admin.ok(EXPLAIN, { rule: 'UNTIL_DATE', at: `${date}T05:00:00.000Z` })).explainDeadline;
    expect(person).toMatchObject({ kind: 'ASSIGNMENT', status: 'PENDING', rule: 'untilDate', assignment: { role: 'COORDINATE', assignee: { username: 'chuyenvien.tnmt' } } });
    expect(person!.dueAt).toBe((await untilDate(vnDate(8))).at);
    expect(person!.ruleLabel).toBe((await untilDate(vnDate(8))).label);
    expect(unit).toMatchObject({ kind: 'ASSIGNMENT', status: 'PENDING', assignment: { role: 'LEAD', unit: { code: 'TCKH' }, assignee: null } });
    expect(unit!.dueAt).toBe((await untilDate(vnDate(9))).at);

    const specialistId = (await specialist.ok(`{ me { id } }`)).me.id;
    const assigned = (await head.ok(ASSIGN, { input: { assignmentId: unit!.assignment.id, userId: specialistId, deadline: vnDate(7) } })).assignHandler;
    const childId = assigned.data.assignments[0].children[0].id;
    await poll(
      async () => (await clerk.ok(query, { id: doc.id })).incomingDocument.deadlines.length as number,
      (n) => n === 5,
      'the specialist’s deadline',
    );
    const done = (await specialist.ok(COMPLETE, { input: { assignmentId: childId, resultNote: 'Xong.' } })).completeHandling;
    expect(done.__typename).toBe('MutationCompleteHandlingSuccess');
    // The chủ trì's head closes the document.
    const closed = (await head.ok(CLOSE, { input: { documentId: doc.id, closingNote: 'Đã xong.' } })).closeIncomingDocument;
    expect(closed.__typename).toBe('MutationCloseIncomingDocumentSuccess');
    const after = (await clerk.ok(query, { id: doc.id })).incomingDocument.deadlines as Array<Record<string, any>>;
    const statusOf = (id: string) => after.find((d) => d.assignment?.id === id)?.status;
    expect(statusOf(childId)).toBe('MET');
    expect(statusOf(unit!.assignment.id)).toBe('MET');
    // The document is closed with the phối hợp part still open: its limit is no longer followed.
    expect(statusOf(person!.assignment.id)).toBe('CANCELLED');
  });

  it('gives urgent documents the "immediately" rule', async () => {
    const doc = (await clerk.ok(REGISTER, { input: registrationInput(bookId, { urgency: 'FLASH' }) })).registerIncomingDocument.data;
    await poll(() => dueAtInDb(doc.id), (v) => v !== undefined, 'the deadline row');
    const d = (await clerk.ok(DEADLINES, { id: doc.id })).incomingDocument.deadlines.find((x: { kind: string }) => x.kind === 'DIRECTION');
    const arrivalAt = (await db.query(`select arrival_at from incoming_document where id = $1`, [doc.id])).rows[0].arrival_at.toISOString();
    const expected = (await admin.ok(EXPLAIN, { rule: 'IMMEDIATELY', at: arrivalAt })).explainDeadline;
    expect(d).toMatchObject({ rule: 'immediately', dueAt: expected.at, status: 'PENDING' });
    // The văn thư's limit is "ngay" too, from the ngày đến; registered and submitted in the same step.
    const submission = (await clerk.ok(DEADLINES, { id: doc.id })).incomingDocument.deadlines.find((x: { kind: string }) => x.kind === 'SUBMISSION');
    expect(submission.rule).toBe('immediately');
    expect(['MET', 'LATE']).toContain(submission.status);
  });
});
