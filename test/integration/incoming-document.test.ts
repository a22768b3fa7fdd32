import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GqlClient, pdfFile } from '../support/graphql-client.ts';
import { ASSIGN, CLOSE, COMPLETE, DIRECT, incomingBookId, REGISTER, registrationInput, unitIdByCode, vnDate } from '../support/incoming.ts';

const stack = inject('stack');
const db = new pg.Pool({ connectionString: stack.databaseUrl, max: 2 });
afterAll(() => db.end());

const client = () => new GqlClient(stack.url);
const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].n);
const counts = async (c: GqlClient) =>
  Object.fromEntries(((await c.ok(`{ inboxCounts { box count } }`)).inboxCounts as Array<{ box: string; count: number }>).map((x) => [x.box, x.count]));

describe('incoming document, from the clerk to the specialist', () => {
  const clerk = client();
  const leader = client();
  const head = client();
  const specialist = client();
  let bookId: string;

  beforeAll(async () => {
    await Promise.all([clerk.login('vanthu'), leader.login('chutich'), head.login('truongphong.tckh'), specialist.login('chuyenvien.tckh')]);
    bookId = await incomingBookId(clerk);
  });

  it('registers, directs, assigns and completes, with every step on the timeline', async () => {
    const leaderBefore = await counts(leader);
    const reg = (await clerk.ok(REGISTER, { input: registrationInput(bookId, { receiptForm: 'ELECTRONIC' }) }, { files: [pdfFile()] })).registerIncomingDocument;
    expect(reg.__typename).toBe('MutationRegisterIncomingDocumentSuccess');
    const doc = reg.data;
    expect(doc.arrivalNumber).toBeGreaterThan(0);
    expect(doc.status).toBe('AWAITING_DIRECTION');
    expect(doc.files).toHaveLength(1);
    expect((await counts(leader)).AWAITING_DIRECTION).toBe(leaderBefore.AWAITING_DIRECTION! + 1);

    // The PDF is served to a signed-in user only.
    const fileUrl = `${stack.url}${doc.files[0].url}`;
    expect((await fetch(fileUrl)).status).toBe(401);
    const served = await fetch(fileUrl, { headers: { cookie: leader.cookie } });
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect((await served.text()).startsWith('%PDF-')).toBe(true);

    const opened = (await leader.ok(`query($id: ID!) { incomingDocument(id: $id) { myActions } }`, { id: doc.id })).incomingDocument;
    expect(opened.myActions).toEqual(['DIRECT', 'RETURN_DOCUMENT']);

    const [tckh, tnmt, nv] = await Promise.all(['TCKH', 'TNMT', 'NV'].map((c) => unitIdByCode(leader, c)));
    const headBefore = await counts(head);
    const directed = (
      await leader.ok(DIRECT, {
        input: {
          documentId: doc.id,
          direction: 'Giao Phòng Tài chính – Kế hoạch chủ trì, tham mưu báo cáo trước ngày 30.',
          lead: { unitId: tckh, deadline: vnDate(7) },
          coordinators: [{ unitId: tnmt, deadline: vnDate(5) }],
          readers: [{ unitId: nv }],
        },
      })
    ).directIncomingDocument;
    expect(directed.__typename).toBe('MutationDirectIncomingDocumentSuccess');
    expect(directed.data.status).toBe('IN_PROGRESS');
    expect(directed.data.assignments.map((a: { role: string; status: string }) => [a.role, a.status])).toEqual([
      ['LEAD', 'PENDING'],
      ['COORDINATE', 'PENDING'],
      ['INFORM', 'UNSEEN'],
    ]);
    expect((await counts(head)).AWAITING_ASSIGNMENT).toBe(headBefore.AWAITING_ASSIGNMENT! + 1);

    const lead = directed.data.assignments[0];
    const specialistUser = (await specialist.ok(`{ me { id } }`)).me;
    const assigned = (await head.ok(ASSIGN, { input: { assignmentId: lead.id, userId: specialistUser.id, deadline: vnDate(6) } })).assignHandler;
    expect(assigned.__typename).toBe('MutationAssignHandlerSuccess');
    const child = assigned.data.assignments[0].children[0];
    expect(child.assignee.username).toBe('chuyenvien.tckh');

    const inbox = (await specialist.ok(`{ inbox(box: HANDLING) { totalCount edges { node { id } } } }`)).inbox;
    expect(inbox.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(doc.id);

    const done = (await specialist.ok(COMPLETE, { input: { assignmentId: child.id, resultNote: 'Đã tham mưu dự thảo báo cáo.' } })).completeHandling;
    expect(done.__typename).toBe('MutationCompleteHandlingSuccess');
    // The part is done; the document waits for the chủ trì (the head of the lead unit) to close it.
    expect(done.data.status).toBe('IN_PROGRESS');
    expect((await head.ok(`query($id: ID!) { incomingDocument(id: $id) { myActions } }`, { id: doc.id })).incomingDocument.myActions).toContain('CLOSE');
    const notLead = (await specialist.ok(CLOSE, { input: { documentId: doc.id, closingNote: 'x' } })).closeIncomingDocument;
    expect(notLead).toMatchObject({ __typename: 'DomainError', code: 'FORBIDDEN' });
    const closed = (await head.ok(CLOSE, { input: { documentId: doc.id, closingNote: 'Đã trình báo cáo.', replyReference: '45/BC-TCKH' } }))
      .closeIncomingDocument;
    expect(closed.__typename).toBe('MutationCloseIncomingDocumentSuccess');
    expect(closed.data.status).toBe('COMPLETED');
    // The phối hợp unit never answered: its part is cancelled with the closing.
    expect(closed.data.assignments.map((a: { status: string }) => a.status)).toEqual(['DONE', 'CANCELLED', 'UNSEEN']);
    expect(closed.data.timeline.at(-1).summary).toBe('Kết thúc xử lý văn bản: “Đã trình báo cáo.”. Văn bản trả lời: 45/BC-TCKH.');
    // Views of the file are logged too (file.viewed); the steps of the handling come in this order.
    const steps = closed.data.timeline.filter((e: { kind: string }) => !e.kind.startsWith('file.'));
    expect(closed.data.timeline.filter((e: { kind: string }) => e.kind === 'file.viewed').map((e: { actor: { username: string } }) => e.actor.username)).toEqual([
      'chutich',
    ]);
    expect(steps.map((e: { kind: string }) => e.kind)).toEqual([
      'document.registered',
      'deadline.set',
      'document.directed',
      'assignment.handler_assigned',
      'assignment.completed',
      'document.completed',
    ]);
    expect(steps.map((e: { actor: { username: string } | null }) => e.actor?.username ?? null)).toEqual([
      'vanthu',
      null,
      'chutich',
      'truongphong.tckh',
      'chuyenvien.tckh',
      'truongphong.tckh',
    ]);
    expect(steps[0].summary).toContain(`số đến ${doc.arrivalNumber}/`);
    expect(steps[1].summary).toMatch(/^Hạn cho ý kiến chỉ đạo: \d\d:\d\d \d\d\/\d\d\/\d{4} — /);
    expect(steps[2].summary).toContain('Phòng Tài chính – Kế hoạch');
  });

  it('refuses the wrong person or the wrong moment with a typed error and changes nothing', async () => {
    const doc = (await clerk.ok(REGISTER, { input: registrationInput(bookId, { numberNotation: '12/SXD-QLN' }) })).registerIncomingDocument.data;
    // Human steps only: the deadline the workflow records after registration arrives on its own time.
    const events = () => count(`select count(*) n from audit_event where subject_id = $1 and kind not like 'deadline.%'`, [doc.id]);
    const before = await events();
    const tckh = await unitIdByCode(leader, 'TCKH');
    const direct = { documentId: doc.id, direction: 'Đề nghị xử lý.', lead: { unitId: tckh, deadline: vnDate(3) } };

    const bySpecialist = (await specialist.ok(DIRECT, { input: direct })).directIncomingDocument;
    expect(bySpecialist).toMatchObject({ __typename: 'DomainError', code: 'FORBIDDEN' });
    expect(bySpecialist.message).toMatch(/lãnh đạo/);

    expect((await leader.ok(DIRECT, { input: direct })).directIncomingDocument.__typename).toBe('MutationDirectIncomingDocumentSuccess');
    const again = (await leader.ok(DIRECT, { input: direct })).directIncomingDocument;
    expect(again).toMatchObject({ __typename: 'DomainError', code: 'DOCUMENT_WRONG_STATE' });

    const lead = (await leader.ok(`query($id: ID!) { incomingDocument(id: $id) { assignments { id } } }`, { id: doc.id })).incomingDocument.assignments[0];
    const other = client();
    await other.login('truongphong.tnmt');
    const me = (await specialist.ok(`{ me { id } }`)).me;
    const wrongHead = (await other.ok(ASSIGN, { input: { assignmentId: lead.id, userId: me.id, deadline: vnDate(2) } })).assignHandler;
    expect(wrongHead).toMatchObject({ __typename: 'DomainError', code: 'FORBIDDEN' });
    const late = (await head.ok(ASSIGN, { input: { assignmentId: lead.id, userId: me.id, deadline: vnDate(30) } })).assignHandler;
    expect(late).toMatchObject({ __typename: 'InputError', fieldErrors: [{ field: 'deadline', code: 'AFTER_PARENT' }] });
    const notComplete = (await specialist.ok(COMPLETE, { input: { assignmentId: lead.id, resultNote: 'x' } })).completeHandling;
    expect(notComplete).toMatchObject({ __typename: 'DomainError', code: 'FORBIDDEN' });

    expect(await events()).toBe(before + 1);
  });

  it('reports each bad field in Vietnamese and writes nothing', async () => {
    const last = () => count(`select last_number n from register_book where id = $1`, [bookId]);
    const before = await last();
    const bad = registrationInput(bookId, { numberNotation: '  ', issuer: '', pageCount: 0, issuedDate: vnDate(2), subject: 'x'.repeat(501) });
    const r = (await clerk.ok(REGISTER, { input: bad })).registerIncomingDocument;
    expect(r.__typename).toBe('InputError');
    expect(Object.fromEntries(r.fieldErrors.map((e: { field: string; code: string }) => [e.field, e.code]))).toEqual({
      numberNotation: 'REQUIRED',
      issuer: 'REQUIRED',
      issuedDate: 'IN_FUTURE',
      subject: 'TOO_LONG',
      pageCount: 'OUT_OF_RANGE',
    });
    expect(r.fieldErrors.find((e: { field: string }) => e.field === 'issuer').message).toBe('Vui lòng nhập cơ quan ban hành.');

    // The single `file` argument of the first release still works, with the same checks.
    const notPdf = (await clerk.ok(REGISTER, { input: registrationInput(bookId) }, { file: new File(['PK\u0003\u0004zip'], 'x.pdf') })).registerIncomingDocument;
    expect(notPdf).toMatchObject({ __typename: 'InputError', fieldErrors: [{ field: 'file', code: 'UNSUPPORTED_FILE_TYPE' }] });
    const big = new File([new Uint8Array(21 * 1024 * 1024).fill(37)], 'big.pdf');
    const tooBig = (await clerk.ok(REGISTER, { input: registrationInput(bookId) }, { file: big })).registerIncomingDocument;
    expect(tooBig).toMatchObject({ __typename: 'InputError', fieldErrors: [{ field: 'file', code: 'FILE_TOO_LARGE' }] });

    const wrongBook = (await clerk.ok(REGISTER, { input: registrationInput('00000000-0000-4000-8000-000000000000') })).registerIncomingDocument;
    expect(wrongBook).toMatchObject({ __typename: 'DomainError', code: 'BOOK_NOT_FOUND', field: 'bookId' });

    const anonymous = (await client().ok(REGISTER, { input: registrationInput(bookId) })).registerIncomingDocument;
    expect(anonymous).toMatchObject({ __typename: 'DomainError', code: 'UNAUTHENTICATED' });
    const notClerk = (await leader.ok(REGISTER, { input: registrationInput(bookId) })).registerIncomingDocument;
    expect(notClerk).toMatchObject({ __typename: 'DomainError', code: 'FORBIDDEN' });

    expect(await last()).toBe(before);
  });

  it('gives 50 parallel registrations the numbers that follow, each once, without gaps', async () => {
    const before = await count(`select last_number n from register_book where id = $1`, [bookId]);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        clerk.ok(REGISTER, { input: registrationInput(bookId, { numberNotation: `${i + 1}/BC-SYT` }) }).then((d) => d.registerIncomingDocument),
      ),
    );
    const numbers = results.map((r) => r.data.arrivalNumber).sort((a: number, b: number) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => before + i + 1));
    expect(await count(`select count(*) n from incoming_document where book_id = $1`, [bookId])).toBe(before + 50);
  });
});

describe('sessions', () => {
  it('sets an HttpOnly SameSite cookie, refuses a wrong password, and logs out for good', async () => {
    const c = client();
    const wrong = (await c.ok(`mutation { login(username: "vanthu", password: "sai") { __typename ... on DomainError { code field message } } }`)).login;
    expect(wrong).toMatchObject({ __typename: 'DomainError', code: 'INVALID_CREDENTIALS', field: 'password' });
    const r = await c.request(`mutation { login(username: "vanthu", password: "Demo@2026") { __typename } }`);
    const cookie = r.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect((await c.ok(`{ me { username } }`)).me.username).toBe('vanthu');
    const token = c.cookie;
    await c.ok(`mutation { logout }`);
    const reused = new GqlClient(stack.url);
    reused.cookie = token;
    expect((await reused.ok(`{ me { username } }`)).me).toBeNull();
  });

  it('refuses an expired session and the session of a deactivated user', async () => {
    const c = client();
    await c.login('chuyenvien2.tckh');
    expect((await c.ok(`{ me { username } }`)).me.username).toBe('chuyenvien2.tckh');
    const userId = (await db.query(`select id from app_user where username = 'chuyenvien2.tckh'`)).rows[0].id;
    try {
      await db.query(`update app_user set active = false where id = $1`, [userId]);
      expect((await c.ok(`{ me { username } }`)).me).toBeNull();
    } finally {
      await db.query(`update app_user set active = true where id = $1`, [userId]);
    }
    expect((await c.ok(`{ me { username } }`)).me.username).toBe('chuyenvien2.tckh');
    await db.query(`update session set expires_at = now() - interval '1 second' where user_id = $1`, [userId]);
    expect((await c.ok(`{ me { username } }`)).me).toBeNull();
  });

  it('refuses what a cross-site form could send: a multipart post without the CSRF header', async () => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: 'mutation { logout }' }));
    form.set('map', '{}');
    const res = await fetch(`${stack.url}/graphql`, { method: 'POST', body: form });
    expect(res.status).toBe(403);
  });
});
