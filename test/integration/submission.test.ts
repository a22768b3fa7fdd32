import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { InputError } from '../../backend/src/shared/errors.ts';
import { receiveElectronicDocument, type ReceiveElectronicInput } from '../../backend/src/temporal/incoming-document.client.ts';
import { incomingDocumentWorkflowId } from '../../workflows/src/incoming-document/messages.ts';
import { GqlClient, pdfFile } from '../support/graphql-client.ts';
import {
  DIRECT,
  incomingBookId,
  receiptInput,
  REGISTER,
  REGISTER_RECEIVED,
  registrationInput,
  RESUBMIT,
  RETURN_DOC,
  SEND_BACK,
  SUBMIT,
  unitIdByCode,
  vnDate,
} from '../support/incoming.ts';

/*
 * The văn thư's side of Decree 30 art. 20–23 through GraphQL on the real stack: electronic receipt
 * (chờ vào sổ), vào sổ without trình (chờ trình) and trình, the submission limit's record, and
 * kết thúc – trả lại nơi gửi for a document the leader returned.
 */

const stack = inject('stack');
const db = new pg.Pool({ connectionString: stack.databaseUrl, max: 2 });
let temporal: Client;
beforeAll(async () => {
  temporal = new Client({ connection: await Connection.connect({ address: stack.temporalAddress }) });
});
afterAll(async () => {
  await temporal?.connection.close();
  await db.end();
});

const client = () => new GqlClient(stack.url);
const INBOX = `query($box: InboxBox!) { inbox(box: $box, first: 100) { edges { node { id } } } }`;
const DOC = `query($id: ID!) { incomingDocument(id: $id) {
  id status arrivalNumber arrivalAt registeredAt submittedAt subject numberNotation myActions sentBackReason
  book { code } sentBy { username } files { fileName sha256 }
  deadlines { kind status dueAt metAt } timeline { kind summary } } }`;

const inBox = async (c: GqlClient, box: string, id: string) =>
  ((await c.ok(INBOX, { box })).inbox.edges as Array<{ node: { id: string } }>).some((e) => e.node.id === id);
const doc = async (c: GqlClient, id: string) => (await c.ok(DOC, { id })).incomingDocument;
/** Every row and event of a document, to show a refused step changed nothing. */
const snapshot = async (id: string) => ({
  doc: (await db.query(`select status, arrival_number, book_id, submitted_at, sent_back_reason from incoming_document where id = $1`, [id])).rows,
  events: Number((await db.query(`select count(*) n from audit_event where subject_id = $1 and kind not like 'deadline.%' and kind not like 'file.%'`, [id])).rows[0].n),
  deadlines: (await db.query(`select kind, status from deadline where document_id = $1 order by kind`, [id])).rows,
});
async function poll<T>(read: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const v = await read();
    if (done(v)) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out');
}

describe('vào sổ, chờ trình and trình', () => {
  const clerk = client();
  const leader = client();
  const specialist = client();
  let bookId: string;
  let tckh: string;

  beforeAll(async () => {
    await Promise.all([clerk.login('vanthu'), leader.login('chutich'), specialist.login('chuyenvien.tckh')]);
    bookId = await incomingBookId(clerk);
    tckh = await unitIdByCode(leader, 'TCKH');
  });

  it('"Vào sổ và trình" stays one step: the submission limit is recorded already met', async () => {
    const r = (await clerk.ok(REGISTER, { input: registrationInput(bookId) })).registerIncomingDocument;
    expect(r.data.status).toBe('AWAITING_DIRECTION');
    const d = await doc(clerk, r.data.id);
    expect(d.submittedAt).toBe(d.registeredAt);
    expect(d.deadlines.find((x: { kind: string }) => x.kind === 'SUBMISSION')).toMatchObject({ status: 'MET', metAt: d.registeredAt });
    expect(d.timeline.find((e: { kind: string }) => e.kind === 'document.registered').summary).toContain('Đã trình lãnh đạo (đúng hạn vào sổ và trình).');
  });

  it('"Chỉ vào sổ" waits in chờ trình with its limit pending; trình submits it and closes the limit in time', async () => {
    const r = (await clerk.ok(REGISTER, { input: { ...registrationInput(bookId), submit: false } })).registerIncomingDocument;
    expect(r.__typename).toBe('MutationRegisterIncomingDocumentSuccess');
    const id = r.data.id;
    expect(r.data.status).toBe('REGISTERED');
    expect(r.data.arrivalNumber).toBeGreaterThan(0);
    expect(r.data.myActions).toContain('SUBMIT');
    expect(await inBox(clerk, 'AWAITING_SUBMISSION', id)).toBe(true);
    expect(await inBox(clerk, 'CLERK_REGISTERED', id)).toBe(true);
    expect(await inBox(leader, 'AWAITING_DIRECTION', id)).toBe(false);
    let d = await doc(clerk, id);
    expect(d.submittedAt).toBeNull();
    expect(d.deadlines).toEqual([expect.objectContaining({ kind: 'SUBMISSION', status: 'PENDING', metAt: null })]);
    expect(d.timeline.find((e: { kind: string }) => e.kind === 'document.registered').summary).toContain('Chưa trình lãnh đạo (chờ trình).');

    // Not yet submitted: the leader cannot direct it; a leader or a specialist cannot submit it. Nothing changes.
    const before = await snapshot(id);
    const directed = (
      await leader.ok(DIRECT, { input: { documentId: id, direction: 'Giao xử lý.', lead: { unitId: tckh, deadline: vnDate(5) } } })
    ).directIncomingDocument;
    expect(directed).toMatchObject({ __typename: 'DomainError', code: 'DOCUMENT_WRONG_STATE' });
    for (const who of [leader, specialist]) {
      expect((await who.ok(SUBMIT, { input: { documentId: id } })).submitIncomingDocument).toMatchObject({ __typename: 'DomainError', code: 'FORBIDDEN' });
    }
    expect((await clerk.ok(SUBMIT, { input: { documentId: 'not-an-id' } })).submitIncomingDocument.__typename).toBe('InputError');
    expect(await snapshot(id)).toEqual(before);

    const submitted = (await clerk.ok(SUBMIT, { input: { documentId: id, note: 'Kính trình lãnh đạo.' } })).submitIncomingDocument;
    expect(submitted.__typename).toBe('MutationSubmitIncomingDocumentSuccess');
    expect(submitted.data.status).toBe('AWAITING_DIRECTION');
    d = await poll(
      () => doc(clerk, id),
      (x) => x.deadlines.some((k: { kind: string }) => k.kind === 'DIRECTION'),
    );
    expect(d.submittedAt).not.toBeNull();
    expect(d.deadlines.find((x: { kind: string }) => x.kind === 'SUBMISSION')).toMatchObject({ status: 'MET', metAt: d.submittedAt });
    expect(d.timeline.map((e: { kind: string }) => e.kind)).toContain('document.submitted');
    expect(d.timeline.find((e: { kind: string }) => e.kind === 'document.submitted').summary).toBe('Trình lãnh đạo (đúng hạn vào sổ và trình): “Kính trình lãnh đạo.”.');
    expect(await inBox(clerk, 'AWAITING_SUBMISSION', id)).toBe(false);
    expect(await inBox(leader, 'AWAITING_DIRECTION', id)).toBe(true);

    // Submitted once: a second trình is refused, and the leader directs as usual.
    expect((await clerk.ok(SUBMIT, { input: { documentId: id } })).submitIncomingDocument).toMatchObject({ __typename: 'DomainError', code: 'DOCUMENT_WRONG_STATE' });
    const ok = (await leader.ok(DIRECT, { input: { documentId: id, direction: 'Giao xử lý.', lead: { unitId: tckh, deadline: vnDate(5) } } })).directIncomingDocument;
    expect(ok.__typename).toBe('MutationDirectIncomingDocumentSuccess');
  });
});

describe('electronic receipt (chờ vào sổ)', () => {
  const clerk = client();
  const leader = client();
  let bookId: string;
  let leaderId: string;
  let files: ReceiveElectronicInput['files'];

  beforeAll(async () => {
    await clerk.login('vanthu');
    leaderId = (await leader.login('chutich')).id;
    bookId = await incomingBookId(clerk);
    // The sender's file is already in the content-addressed store: one registered here puts it there.
    const r = (await clerk.ok(REGISTER, { input: registrationInput(bookId) }, { files: [pdfFile('quyet-dinh.pdf')] })).registerIncomingDocument;
    const f = (await db.query(`select sha256, file_name, mime_type, size from document_file where document_id = $1`, [r.data.id])).rows[0];
    files = [{ sha256: f.sha256, fileName: f.file_name, mimeType: f.mime_type, size: f.size }];
  });

  const receive = (input: ReceiveElectronicInput) => receiveElectronicDocument(temporal, stack.taskQueue, input);

  it('arrives once however often it is delivered, waits in chờ vào sổ with its limit running from the receipt', async () => {
    const input = receiptInput({ sentById: leaderId, files });
    const results = await Promise.all([receive(input), receive(input)]);
    expect(results).toEqual([{ documentId: input.documentId }, { documentId: input.documentId }]);
    expect(await receive(input)).toEqual({ documentId: input.documentId });
    const rows = (await db.query(`select status, arrival_number, source_outgoing_id, recipient_unit_id, sent_by_id from incoming_document where id = $1`, [input.documentId])).rows;
    expect(rows).toEqual([
      { status: 'received', arrival_number: null, source_outgoing_id: input.source.outgoingDocumentId, recipient_unit_id: input.source.recipientUnitId, sent_by_id: leaderId },
    ]);
    expect(Number((await db.query(`select count(*) n from audit_event where subject_id = $1 and kind = 'document.received'`, [input.documentId])).rows[0].n)).toBe(1);
    expect(Number((await db.query(`select count(*) n from document_file where document_id = $1`, [input.documentId])).rows[0].n)).toBe(1);

    const d = await poll(
      () => doc(clerk, input.documentId),
      (x) => x.deadlines.length > 0,
    );
    expect(d).toMatchObject({ status: 'RECEIVED', arrivalNumber: null, book: null, registeredAt: null, sentBy: { username: 'chutich' }, myActions: ['REGISTER'] });
    expect(d.arrivalAt).toBe(input.receivedAt);
    expect(d.deadlines).toEqual([expect.objectContaining({ kind: 'SUBMISSION', status: 'PENDING' })]);
    expect(await inBox(clerk, 'AWAITING_REGISTRATION', input.documentId)).toBe(true);
    expect(await inBox(clerk, 'CLERK_REGISTERED', input.documentId)).toBe(false);
    expect(await inBox(leader, 'AWAITING_DIRECTION', input.documentId)).toBe(false);
  });

  it('refuses a bad delivery before anything starts', async () => {
    const input = receiptInput({ sentById: leaderId, files }, { pageCount: 0, documentType: 'XX', subject: '  ' });
    const error = await receive(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).fieldErrors.map((f) => f.field).sort()).toEqual(['documentType', 'pageCount', 'subject']);
    expect((await db.query(`select 1 from incoming_document where id = $1`, [input.documentId])).rowCount).toBe(0);
    const started = await temporal.workflow.getHandle(incomingDocumentWorkflowId(input.documentId)).describe().then(() => true, () => false);
    expect(started).toBe(false);
  });

  it('is registered in place, with the văn thư’s corrections: số đến allocated then, files and ngày đến kept', async () => {
    const input = receiptInput({ sentById: leaderId, files }, { urgency: 'urgent' });
    await receive(input);
    const d0 = await poll(
      () => doc(clerk, input.documentId),
      (x) => x.deadlines.length > 0,
    );
    const registerInput = registrationInput(bookId, {
      documentTypeCode: 'QĐ',
      numberNotation: input.numberNotation,
      issuer: input.issuerName,
      issuedDate: input.documentDate,
      subject: 'Quyết định giao chỉ tiêu kế hoạch năm 2027 (đã sửa)',
      urgency: 'URGENT',
      signer: input.signerName,
      pageCount: 2,
      receiptForm: 'ELECTRONIC',
      dueDate: null,
    });

    // Wrong role, wrong id: refused, nothing changed.
    const before = await snapshot(input.documentId);
    expect((await leader.ok(REGISTER_RECEIVED, { input: registerInput, documentId: input.documentId })).registerIncomingDocument).toMatchObject({
      __typename: 'DomainError',
      code: 'FORBIDDEN',
    });
    expect((await clerk.ok(REGISTER_RECEIVED, { input: { ...registerInput, pageCount: 0 }, documentId: input.documentId })).registerIncomingDocument.__typename).toBe(
      'InputError',
    );
    expect(await snapshot(input.documentId)).toEqual(before);

    const r = (await clerk.ok(REGISTER_RECEIVED, { input: registerInput, documentId: input.documentId })).registerIncomingDocument;
    expect(r.__typename).toBe('MutationRegisterIncomingDocumentSuccess');
    expect(r.data).toMatchObject({ id: input.documentId, status: 'AWAITING_DIRECTION', subject: 'Quyết định giao chỉ tiêu kế hoạch năm 2027 (đã sửa)' });
    expect(r.data.arrivalNumber).toBeGreaterThan(0);
    expect(r.data.files.map((f: { fileName: string }) => f.fileName)).toEqual([files[0]!.fileName]);
    const d = await doc(clerk, input.documentId);
    expect(d.arrivalAt).toBe(d0.arrivalAt);
    expect(d.book.code).toBe('VBD');
    // Khẩn: "immediately" from the receipt; registered and submitted within seconds, after that instant.
    expect(d.deadlines.find((x: { kind: string }) => x.kind === 'SUBMISSION').status).toMatch(/^(MET|LATE)$/);
    expect(await inBox(clerk, 'AWAITING_REGISTRATION', input.documentId)).toBe(false);
    expect(await inBox(leader, 'AWAITING_DIRECTION', input.documentId)).toBe(true);

    // Once registered, the same document cannot be registered again, and a late delivery changes nothing.
    expect((await clerk.ok(REGISTER_RECEIVED, { input: registerInput, documentId: input.documentId })).registerIncomingDocument).toMatchObject({
      __typename: 'DomainError',
      code: 'DOCUMENT_WRONG_STATE',
    });
    await receive(input);
    expect((await db.query(`select arrival_number, status from incoming_document where id = $1`, [input.documentId])).rows).toEqual([
      { arrival_number: r.data.arrivalNumber, status: 'awaiting_direction' },
    ]);
  });

  it('may be registered only, to be submitted later', async () => {
    const input = receiptInput({ sentById: leaderId, files });
    await receive(input);
    const registerInput = registrationInput(bookId, {
      documentTypeCode: 'QĐ',
      numberNotation: input.numberNotation,
      issuer: input.issuerName,
      issuedDate: input.documentDate,
      receiptForm: 'ELECTRONIC',
      submit: false,
    });
    const r = (await clerk.ok(REGISTER_RECEIVED, { input: registerInput, documentId: input.documentId })).registerIncomingDocument;
    expect(r.data.status).toBe('REGISTERED');
    expect(await inBox(clerk, 'AWAITING_SUBMISSION', input.documentId)).toBe(true);
    const s = (await clerk.ok(SUBMIT, { input: { documentId: input.documentId } })).submitIncomingDocument;
    expect(s.data.status).toBe('AWAITING_DIRECTION');
    const d = await doc(clerk, input.documentId);
    expect(d.deadlines.find((x: { kind: string }) => x.kind === 'SUBMISSION').status).toBe('MET');
  });
});

describe('bị trả lại: kết thúc – trả lại nơi gửi', () => {
  const clerk = client();
  const leader = client();
  const specialist = client();
  let bookId: string;

  beforeAll(async () => {
    await Promise.all([clerk.login('vanthu'), leader.login('chutich'), specialist.login('chuyenvien.tckh')]);
    bookId = await incomingBookId(clerk);
  });

  it('lists the returned document for the văn thư, who closes it as sent back with a reason; the process ends', async () => {
    const id = (await clerk.ok(REGISTER, { input: registrationInput(bookId) })).registerIncomingDocument.data.id;
    const returned = (await leader.ok(RETURN_DOC, { input: { documentId: id, reason: 'Không đúng thẩm quyền.' } })).returnIncomingDocument;
    expect(returned.data.status).toBe('RETURNED');
    expect(await inBox(clerk, 'RETURNED', id)).toBe(true);
    expect((await doc(clerk, id)).myActions).toEqual(expect.arrayContaining(['RESUBMIT', 'SEND_BACK']));

    const before = await snapshot(id);
    for (const who of [leader, specialist]) {
      expect((await who.ok(SEND_BACK, { input: { documentId: id, reason: 'Trả lại.' } })).sendBackIncomingDocument).toMatchObject({
        __typename: 'DomainError',
        code: 'FORBIDDEN',
      });
    }
    const empty = (await clerk.ok(SEND_BACK, { input: { documentId: id, reason: '   ' } })).sendBackIncomingDocument;
    expect(empty.__typename).toBe('InputError');
    expect(empty.fieldErrors).toEqual([expect.objectContaining({ field: 'reason', code: 'REQUIRED' })]);
    expect(await snapshot(id)).toEqual(before);

    const sent = (await clerk.ok(SEND_BACK, { input: { documentId: id, reason: 'Gửi nhầm nơi nhận, trả lại Sở Tài chính.' } })).sendBackIncomingDocument;
    expect(sent.__typename).toBe('MutationSendBackIncomingDocumentSuccess');
    expect(sent.data.status).toBe('SENT_BACK');
    expect(sent.data.myActions).toEqual([]);
    const d = await doc(clerk, id);
    expect(d.sentBackReason).toBe('Gửi nhầm nơi nhận, trả lại Sở Tài chính.');
    expect(d.timeline.at(-1)).toMatchObject({ kind: 'document.sent_back', summary: 'Kết thúc, trả lại nơi gửi. Lý do: “Gửi nhầm nơi nhận, trả lại Sở Tài chính.”.' });
    expect(await inBox(clerk, 'RETURNED', id)).toBe(false);
    const handle = temporal.workflow.getHandle(incomingDocumentWorkflowId(id));
    await poll(
      async () => (await handle.describe()).status.name,
      (s) => s === 'COMPLETED',
    );
    // Ended: it cannot be submitted again.
    expect((await clerk.ok(RESUBMIT, { input: { documentId: id } })).resubmitIncomingDocument.__typename).toBe('DomainError');
  });
});
