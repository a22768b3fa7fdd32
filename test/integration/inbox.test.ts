import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GqlClient, pdfFile } from '../support/graphql-client.ts';
import { ASSIGN, DIRECT, incomingBookId, REGISTER, registrationInput, unitIdByCode, vnDate } from '../support/incoming.ts';

const stack = inject('stack');
const db = new pg.Pool({ connectionString: stack.databaseUrl, max: 2 });
afterAll(() => db.end());

const client = () => new GqlClient(stack.url);
// A word no other test uses, so that searches and counts see only this file's documents.
const token = `zq${randomUUID().slice(0, 6).replace(/[0-9]/g, 'x')}`;

const INBOX = `query($box: InboxBox!, $filter: InboxFilter) {
  inbox(box: $box, first: 50, filter: $filter) { totalCount totalCountCapped edges { node { id subject urgency confidentiality } } } }`;
const COUNTS = `query($filter: InboxFilter) { inboxCounts(filter: $filter) { box count capped } }`;
const DOC = `query($id: ID!) { incomingDocument(id: $id) { id subject } }`;
const DUPLICATES = `query($i: String!, $n: String!, $d: Date!) { findPossibleDuplicates(issuer: $i, numberNotation: $n, issuedDate: $d) { id } }`;
const SLIP = `query($id: ID!) { processingSlip(documentId: $id) { __typename ... on Error { code message } ... on QueryProcessingSlipSuccess { data { subject } } } }`;
const REGISTER_ROWS = `query($bookId: ID!, $from: Date!, $to: Date!) { incomingRegister(bookId: $bookId, from: $from, to: $to) {
  __typename ... on QueryIncomingRegisterSuccess { data { rows { documentId } } } ... on Error { code } } }`;

const ids = async (c: GqlClient, box: string, filter: Record<string, unknown> = {}) =>
  ((await c.ok(INBOX, { box, filter })).inbox.edges as Array<{ node: { id: string } }>).map((e) => e.node.id);
const countsOf = async (c: GqlClient, filter: Record<string, unknown> = {}) =>
  Object.fromEntries(((await c.ok(COUNTS, { filter })).inboxCounts as Array<{ box: string; count: number }>).map((x) => [x.box, x.count]));
const refusals = async (documentId: string) =>
  Number((await db.query(`select count(*) as n from audit_event where kind = 'document.access_refused' and subject_id = $1`, [documentId])).rows[0].n);

describe('inbox filters, due-soon and overdue boxes, confidential documents', () => {
  const clerk = client();
  const leader = client();
  const head = client();
  const specialist = client();
  const colleague = client();
  const otherHead = client();
  const admin = client();
  let bookId: string;
  let secretBookId: string;
  let tckh: string;
  const docs: Record<string, { id: string; numberNotation: string; files: Array<{ url: string }> }> = {};

  beforeAll(async () => {
    await Promise.all([
      clerk.login('vanthu'),
      leader.login('chutich'),
      head.login('truongphong.tckh'),
      specialist.login('chuyenvien.tckh'),
      colleague.login('chuyenvien2.tckh'),
      otherHead.login('truongphong.tnmt'),
      admin.login('quantri'),
    ]);
    bookId = await incomingBookId(clerk);
    secretBookId = await incomingBookId(clerk, 'MAT');
    tckh = await unitIdByCode(leader, 'TCKH');
    const register = async (name: string, overrides: Record<string, unknown>, withFile = false) => {
      const r = (await clerk.ok(REGISTER, { input: registrationInput(bookId, overrides) }, withFile ? { files: [pdfFile()] } : {})).registerIncomingDocument;
      expect(r.__typename).toBe('MutationRegisterIncomingDocumentSuccess');
      docs[name] = r.data;
    };
    await register('plan', { subject: `Kế hoạch phòng, chống thiên tai ${token}`, documentTypeCode: 'KH', urgency: 'FLASH' });
    await register('report', { subject: `Báo cáo tình hình ${token}`, documentTypeCode: 'BC' });
    await register('secret', { bookId: secretBookId, subject: `Tờ trình mật ${token}`, confidentiality: 'SECRET', issuer: 'Bộ Công an' }, true);
  });

  it('filters by text without diacritics, type, urgency, book and arrival dates; counts follow the filter', async () => {
    expect(await ids(leader, 'AWAITING_DIRECTION', { q: `ke hoach phong, chong THIEN TAI ${token}` })).toEqual([docs.plan!.id]);
    expect((await ids(leader, 'AWAITING_DIRECTION', { q: token })).sort()).toEqual([docs.plan!.id, docs.report!.id, docs.secret!.id].sort());
    expect(await ids(leader, 'AWAITING_DIRECTION', { q: token, documentTypeCode: 'BC' })).toEqual([docs.report!.id]);
    expect(await ids(leader, 'AWAITING_DIRECTION', { q: token, urgency: ['FLASH', 'VERY_URGENT'] })).toEqual([docs.plan!.id]);
    expect(await ids(leader, 'AWAITING_DIRECTION', { q: token, bookId: secretBookId })).toEqual([docs.secret!.id]);
    expect(await ids(leader, 'AWAITING_DIRECTION', { q: token, arrivalFrom: vnDate(-3), arrivalTo: vnDate(-1) })).toEqual([]);
    expect((await ids(leader, 'AWAITING_DIRECTION', { q: token, arrivalFrom: vnDate(0), arrivalTo: vnDate(0), year: Number(vnDate().slice(0, 4)) })).length).toBe(3);
    expect(await ids(leader, 'AWAITING_DIRECTION', { q: docs.plan!.numberNotation.toLowerCase() })).toEqual([docs.plan!.id]);
    const counts = await countsOf(leader, { q: token, status: 'AWAITING_DIRECTION' });
    expect(counts.AWAITING_DIRECTION).toBe(3);
    expect(counts.COMPLETED).toBe(0);
  });

  it('refuses a bad filter with Vietnamese field errors', async () => {
    const r = await leader.request(COUNTS, { filter: { arrivalFrom: '2026-02-30', bookId: 'abc', arrivalTo: '2026-01-01' } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toContain('Từ ngày không phải là một ngày hợp lệ.');
    expect((r.errors?.[0]?.extensions?.fieldErrors as Array<{ field: string }>).map((f) => f.field)).toEqual(['bookId', 'arrivalFrom']);
    const r2 = await leader.request(INBOX, { box: 'HANDLING', filter: { arrivalFrom: '2026-02-01', arrivalTo: '2026-01-01' } });
    expect(r2.errors?.[0]).toMatchObject({ message: 'Đến ngày phải sau hoặc bằng từ ngày.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('shows a confidential document only to clerks, leaders and the people assigned, and logs refused reads', async () => {
    const secret = docs.secret!;
    // Before the direction: clerks and leaders only.
    expect(await ids(clerk, 'CLERK_REGISTERED', { q: token })).toContain(secret.id);
    expect((await clerk.ok(DOC, { id: secret.id })).incomingDocument?.id).toBe(secret.id);
    for (const c of [specialist, head, admin]) expect((await c.ok(DOC, { id: secret.id })).incomingDocument).toBeNull();
    expect(await refusals(secret.id)).toBe(3);

    const dup = { i: 'Bộ Công an', n: secret.numberNotation, d: vnDate(-1) };
    expect((await clerk.ok(DUPLICATES, dup)).findPossibleDuplicates.map((d: { id: string }) => d.id)).toEqual([secret.id]);
    expect((await specialist.ok(DUPLICATES, dup)).findPossibleDuplicates).toEqual([]);

    const fileUrl = `${stack.url}${secret.files[0]!.url}`;
    expect((await fetch(fileUrl, { headers: { cookie: specialist.cookie } })).status).toBe(404);
    expect((await fetch(fileUrl, { headers: { cookie: leader.cookie } })).status).toBe(200);
    expect(await refusals(secret.id)).toBe(4);

    expect((await specialist.ok(SLIP, { id: secret.id })).processingSlip).toMatchObject({ __typename: 'DomainError', code: 'DOCUMENT_NOT_FOUND' });
    expect(await refusals(secret.id)).toBe(5);
    expect((await leader.ok(SLIP, { id: secret.id })).processingSlip.data.subject).toContain(token);

    // The register: the leader gets the row, the administrator (a register reader who may not see mật) does not.
    const period = { bookId: secretBookId, from: vnDate(-1), to: vnDate(0) };
    const rowsOf = async (c: GqlClient) => (await c.ok(REGISTER_ROWS, period)).incomingRegister.data.rows.map((r: { documentId: string }) => r.documentId);
    expect(await rowsOf(leader)).toContain(secret.id);
    expect(await rowsOf(admin)).not.toContain(secret.id);

    // Directed to TCKH: its head sees it; its people do not until one is given the part.
    const directed = (await leader.ok(DIRECT, { input: { documentId: secret.id, direction: 'Giao TCKH chủ trì.', lead: { unitId: tckh, deadline: vnDate(7) } } }))
      .directIncomingDocument;
    expect(directed.__typename).toBe('MutationDirectIncomingDocumentSuccess');
    expect(await ids(head, 'AWAITING_ASSIGNMENT', { q: token })).toEqual([secret.id]);
    expect((await head.ok(DOC, { id: secret.id })).incomingDocument?.id).toBe(secret.id);
    expect(await ids(otherHead, 'COMPLETED', { q: token })).toEqual([]);
    expect((await otherHead.ok(DOC, { id: secret.id })).incomingDocument).toBeNull();
    expect((await specialist.ok(DOC, { id: secret.id })).incomingDocument).toBeNull();

    const me = (await specialist.ok(`{ me { id } }`)).me;
    const assigned = (await head.ok(ASSIGN, { input: { assignmentId: directed.data.assignments[0].id, userId: me.id, deadline: vnDate(6) } })).assignHandler;
    expect(assigned.__typename).toBe('MutationAssignHandlerSuccess');
    expect(await ids(specialist, 'HANDLING', { q: token })).toEqual([secret.id]);
    expect((await specialist.ok(DOC, { id: secret.id })).incomingDocument?.id).toBe(secret.id);
    expect((await fetch(fileUrl, { headers: { cookie: specialist.cookie } })).status).toBe(200);
    // A colleague of the same unit still does not: not in lists, counts, search or by id.
    expect((await colleague.ok(DOC, { id: secret.id })).incomingDocument).toBeNull();
    const colleagueCounts = await countsOf(colleague, { q: token });
    expect(Object.values(colleagueCounts).every((n) => n === 0)).toBe(true);
  });

  it('lists the parts due within 24 hours and the overdue ones, and the directions due for the leaders', async () => {
    const plan = docs.plan!;
    const directed = (await leader.ok(DIRECT, { input: { documentId: plan.id, direction: 'Giao TCKH chủ trì.', lead: { unitId: tckh, deadline: vnDate(5) } } }))
      .directIncomingDocument;
    const partId = directed.data.assignments[0].id as string;
    // The workflow records the part's deadline itself; wait for it, so that it does not overwrite the test's.
    for (let i = 0; i < 100 && !(await db.query(`select 1 from deadline where subject_id = $1`, [partId])).rowCount; i++) await new Promise((r) => setTimeout(r, 100));
    const setDeadline = (subjectId: string, documentId: string, kind: string, dueAt: Date, status: string) =>
      db.query(
        `insert into deadline (id, subject_type, subject_id, document_id, kind, due_at, rule, rule_label, basis, steps, status, started_at, computed_at)
         values ($1, $2, $3, $4, $5, $6, 'untilDate', 'test', 'test', '[]', $7, now(), now())
         on conflict (subject_id, kind) do update set due_at = excluded.due_at, status = excluded.status`,
        [randomUUID(), kind === 'direction' ? 'incoming_document' : 'assignment', subjectId, documentId, kind, dueAt, status],
      );
    await setDeadline(partId, plan.id, 'assignment', new Date(Date.now() + 3 * 3600_000), 'pending');
    expect(await ids(head, 'DUE_SOON', { q: token })).toEqual([plan.id]);
    expect(await ids(head, 'OVERDUE', { q: token })).toEqual([]);
    expect((await countsOf(head, { q: token })).DUE_SOON).toBe(1);
    // Not the unit's other people: the part is the unit's until the head gives it to one of them.
    expect(await ids(colleague, 'DUE_SOON', { q: token })).toEqual([]);

    await setDeadline(partId, plan.id, 'assignment', new Date(Date.now() - 3600_000), 'overdue');
    expect(await ids(head, 'DUE_SOON', { q: token })).toEqual([]);
    expect(await ids(head, 'OVERDUE', { q: token })).toEqual([plan.id]);

    // Further away than 24 hours: not due soon.
    await setDeadline(partId, plan.id, 'assignment', new Date(Date.now() + 48 * 3600_000), 'pending');
    expect(await ids(head, 'DUE_SOON', { q: token })).toEqual([]);

    const report = docs.report!;
    await setDeadline(report.id, report.id, 'direction', new Date(Date.now() + 3600_000), 'pending');
    expect(await ids(leader, 'DUE_SOON', { q: token })).toEqual([report.id]);
    await setDeadline(report.id, report.id, 'direction', new Date(Date.now() - 3600_000), 'overdue');
    expect(await ids(leader, 'OVERDUE', { q: token })).toEqual([report.id]);
    expect((await countsOf(leader, { q: token })).OVERDUE).toBe(1);
  });
});
