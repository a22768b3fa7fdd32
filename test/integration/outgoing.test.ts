import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { initOrm, type Orm } from '../../backend/src/db/orm.ts';
import { issueOutgoingDocument } from '../../backend/src/modules/outgoing/issue-outgoing-document.ts';
import { User } from '../../backend/src/modules/org/org.entity.ts';
import { Client, Connection } from '@temporalio/client';
import { GqlClient, pdfFile } from '../support/graphql-client.ts';
import { incomingBookId, REGISTER_RECEIVED, registrationInput, RETURN_DOC, unitIdByCode, vnDate } from '../support/incoming.ts';

/*
 * Outgoing documents through GraphQL on the real stack (server and worker processes, PostgreSQL, Temporal):
 * draft → review → return → revise → approve → sign → issue → recipients receive → recall; the rules that
 * refuse the wrong person or moment with nothing changed; numbering under concurrency and retries.
 */

const stack = inject('stack');
let sql: pg.Pool;
let orm: Orm;
let temporal: Client;

const DOC = `id status subject numberNotation number myActions returnReason urgency
  currentVersion { number } versions { number changes { field label before after } files { id role fileName url } }
  files { id role fileName url }
  reviewSteps { position kind status comment reviewer { username } }
  currentStep { position kind reviewer { username } dueAt }
  signature { authority position signedBy { username } versionNumber }
  dispatchDeadline { targetAt hardLimitAt outcome }
  recipients { kind channel name status incomingDocumentId sentAt }
  relatesTo { id } relationKind
  timeline { kind summary }`;
const RESULT = (success: string) => `__typename
  ... on Error { code message }
  ... on InputError { fieldErrors { field code message } }
  ... on DomainError { field }
  ... on ${success} { data { ${DOC} } }`;

const CREATE = `mutation($input: CreateOutgoingDraftInput!, $files: [File!]!, $attachments: [File!]) {
  createOutgoingDraft(input: $input, files: $files, attachments: $attachments) { ${RESULT('MutationCreateOutgoingDraftSuccess')} } }`;
const UPDATE = `mutation($input: UpdateOutgoingDraftInput!, $files: [File!]) {
  updateOutgoingDraft(input: $input, files: $files) { ${RESULT('MutationUpdateOutgoingDraftSuccess')} } }`;
const SUBMIT = `mutation($input: SubmitOutgoingDraftInput!) { submitOutgoingDraft(input: $input) { ${RESULT('MutationSubmitOutgoingDraftSuccess')} } }`;
const APPROVE = `mutation($input: ReviewDecisionInput!) { approveOutgoingStep(input: $input) { ${RESULT('MutationApproveOutgoingStepSuccess')} } }`;
const RETURN = `mutation($input: ReviewDecisionInput!) { returnOutgoingDraft(input: $input) { ${RESULT('MutationReturnOutgoingDraftSuccess')} } }`;
const SIGN = `mutation($input: SignOutgoingDocumentInput!) { signOutgoingDocument(input: $input) { ${RESULT('MutationSignOutgoingDocumentSuccess')} } }`;
const ISSUE = `mutation($input: IssueOutgoingDocumentInput!) { issueOutgoingDocument(input: $input) { ${RESULT('MutationIssueOutgoingDocumentSuccess')} } }`;
const RECALL = `mutation($input: RecallOutgoingDocumentInput!) { recallOutgoingDocument(input: $input) { ${RESULT('MutationRecallOutgoingDocumentSuccess')} } }`;
const GET = `query($id: ID!) { outgoingDocument(id: $id) { ${DOC} } }`;
const BOX = `query($box: OutgoingBox!, $first: Int, $after: String) { outgoingBox(box: $box, first: $first, after: $after) {
  totalCount edges { cursor node { id urgency } } pageInfo { hasNextPage endCursor } } }`;
const COUNTS = `{ outgoingBoxCounts { box count } }`;

const clients = new Map<string, GqlClient>();
const users = new Map<string, string>();
const as = (username: string) => clients.get(username)!;

async function draftInput(overrides: Record<string, unknown> = {}) {
  const [tnmt, nv] = await Promise.all([unitIdByCode(as('vanthu'), 'TNMT'), unitIdByCode(as('vanthu'), 'NV')]);
  const agency = (await as('vanthu').ok(`{ searchAgencies(query: "Sở Tài chính") { id } }`)).searchAgencies[0].id;
  return {
    draft: {
      documentTypeCode: 'CV',
      subject: 'V/v báo cáo tình hình thực hiện kế hoạch chuyển đổi số',
      urgency: 'NORMAL',
      confidentiality: 'NORMAL',
      pageCount: 2,
      copies: 5,
      recipients: [
        { kind: 'UNIT', unitId: tnmt },
        { kind: 'UNIT', unitId: nv },
        { kind: 'AGENCY', agencyId: agency, channel: 'PAPER' },
        { kind: 'INDIVIDUAL', name: 'Ông Nguyễn Văn Dân', address: 'Phường 1', channel: 'PAPER' },
      ],
      ...overrides,
    },
  };
}

async function ok<T = any>(client: GqlClient, query: string, variables: Record<string, unknown>, files: Record<string, File | File[]> = {}): Promise<T> {
  const d = await client.ok(query, variables, files);
  const r = Object.values(d)[0] as { __typename: string; data?: T };
  if (!r.__typename.endsWith('Success')) throw new Error(JSON.stringify(r));
  return r.data as T;
}
const refused = async (client: GqlClient, query: string, variables: Record<string, unknown>) => {
  const d = await client.ok(query, variables);
  return Object.values(d)[0] as { __typename: string; code: string; message: string };
};
const get = async (client: GqlClient, id: string) => (await client.ok(GET, { id })).outgoingDocument;
async function poll<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string, tries = 300): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = await read();
    if (done(v)) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}
const INCOMING = `query($id: ID!) { incomingDocument(id: $id) { status recalledAt recallReason myActions timeline { kind summary } } }`;
/** Each copy is recalled with the reason, says so on its timeline once, and its workflow has completed. */
async function expectFrozen(copyIds: string[], reason: string) {
  const rows = await poll(
    async () => (await sql.query(`select id, status, recall_reason, recalled_at from incoming_document where id = any($1::uuid[])`, [copyIds])).rows,
    (rs) => rs.length === copyIds.length && rs.every((r) => r.status === 'recalled'),
    'the frozen copies',
  );
  expect(rows.every((r) => r.recall_reason === reason && r.recalled_at !== null)).toBe(true);
  const events = (await sql.query(`select subject_id from audit_event where kind = 'document.recalled' and subject_id = any($1::uuid[])`, [copyIds])).rows;
  expect(events.map((e) => e.subject_id).sort()).toEqual([...copyIds].sort());
  for (const id of copyIds) {
    const handle = temporal.workflow.getHandle(`incoming-document/${id}`);
    expect(await poll(async () => (await handle.describe()).status.name, (s) => s === 'COMPLETED', 'the copy’s workflow to end')).toBe('COMPLETED');
  }
}
const stateOf = async (id: string) => {
  const d = await get(as('vanthu'), id);
  return { status: d.status, steps: d.reviewSteps, timeline: d.timeline.length, version: d.currentVersion.number };
};

/** A document drafted by chuyenvien.tckh and sent straight to a signer (the shortest chain). */
async function signedDocument(signer = 'phochutich', overrides: Record<string, unknown> = {}) {
  const doc = await ok(as('chuyenvien.tckh'), CREATE, { input: await draftInput(overrides) }, { files: [pdfFile('du-thao.pdf')] });
  await ok(as('chuyenvien.tckh'), SUBMIT, { input: { documentId: doc.id, steps: [{ kind: 'SIGN', reviewerId: users.get(signer) }] } });
  return ok(as(signer), SIGN, { input: { documentId: doc.id, authority: 'KT', position: 'Phó Chủ tịch' } });
}

beforeAll(async () => {
  sql = new pg.Pool({ connectionString: stack.databaseUrl, max: 3 });
  orm = await initOrm(stack.databaseUrl, { logger: () => {} });
  temporal = new Client({ connection: await Connection.connect({ address: stack.temporalAddress }) });
  for (const u of ['vanthu', 'chutich', 'phochutich', 'chanhvanphong', 'truongphong.tckh', 'chuyenvien.tckh', 'chuyenvien2.tckh', 'truongphong.tnmt']) {
    const c = new GqlClient(stack.url);
    users.set(u, (await c.login(u)).id);
    clients.set(u, c);
  }
}, 120_000);
afterAll(async () => {
  await sql?.end();
  await orm?.close();
  await temporal?.connection.close();
});

describe('drafting, review, signing, issuing', () => {
  it('draft → review → format check returns → new version → resubmit → approve → sign → issue → the recipient units receive it → recall', async () => {
    const drafter = as('chuyenvien.tckh');
    // Bad input is refused field by field, nothing written.
    const bad = (await drafter.ok(CREATE, { input: { draft: { ...(await draftInput()).draft, subject: ' ', recipients: [] } } }, { files: [pdfFile()] })).createOutgoingDraft;
    expect(bad.__typename).toBe('InputError');
    expect(bad.fieldErrors.map((f: { field: string }) => f.field).sort()).toEqual(['recipients', 'subject']);

    const doc = await ok(drafter, CREATE, { input: await draftInput() }, { files: [pdfFile('du-thao-v1.pdf')] });
    expect(doc).toMatchObject({ status: 'DRAFT', numberNotation: null, currentVersion: { number: 1 } });
    expect(doc.myActions).toEqual(expect.arrayContaining(['EDIT', 'SUBMIT', 'CANCEL']));
    expect(doc.files).toEqual([expect.objectContaining({ role: 'MAIN', fileName: 'du-thao-v1.pdf' })]);
    // The file is served to those who may see the draft.
    const file = await fetch(`${stack.url}${doc.files[0].url}`, { headers: { cookie: drafter.cookie } });
    expect(file.status).toBe(200);
    expect((await fetch(`${stack.url}${doc.files[0].url}`)).status).toBe(401);

    // The chain must end with exactly one signer who may sign.
    const badChain = await refused(drafter, SUBMIT, { input: { documentId: doc.id, steps: [{ kind: 'SIGN', reviewerId: users.get('chuyenvien2.tckh') }] } });
    expect(badChain).toMatchObject({ __typename: 'DomainError', code: 'INVALID_REVIEWER' });
    const chain = [
      { kind: 'REVIEW', reviewerId: users.get('truongphong.tckh') },
      { kind: 'FORMAT_CHECK', reviewerId: users.get('chanhvanphong'), workingDays: 2 },
      { kind: 'SIGN', reviewerId: users.get('phochutich') },
    ];
    const submitted = await ok(drafter, SUBMIT, { input: { documentId: doc.id, steps: chain } });
    expect(submitted.status).toBe('IN_REVIEW');
    expect(submitted.currentStep).toMatchObject({ position: 0, kind: 'REVIEW', reviewer: { username: 'truongphong.tckh' } });
    expect(submitted.currentStep.dueAt).not.toBeNull();
    expect((await as('truongphong.tckh').ok(COUNTS)).outgoingBoxCounts).toEqual(expect.arrayContaining([{ box: 'TO_REVIEW', count: 1 }]));

    // The wrong person and the wrong moment are refused, and nothing changes.
    const before = await stateOf(doc.id);
    expect(await refused(as('chuyenvien2.tckh'), APPROVE, { input: { documentId: doc.id } })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(as('phochutich'), SIGN, { input: { documentId: doc.id, authority: 'KT' } })).toMatchObject({ code: 'DOCUMENT_WRONG_STATE' });
    expect(await refused(as('vanthu'), ISSUE, { input: { documentId: doc.id } })).toMatchObject({ code: 'DOCUMENT_WRONG_STATE' });
    expect(await refused(drafter, UPDATE, { input: { documentId: doc.id, draft: (await draftInput()).draft } })).toMatchObject({ code: 'DOCUMENT_WRONG_STATE' });
    expect(await stateOf(doc.id)).toEqual(before);

    await ok(as('truongphong.tckh'), APPROVE, { input: { documentId: doc.id, comment: 'Đồng ý nội dung.' } });
    expect((await refused(as('chanhvanphong'), RETURN, { input: { documentId: doc.id, comment: '' } })).__typename).toBe('InputError');
    const returned = await ok(as('chanhvanphong'), RETURN, { input: { documentId: doc.id, comment: 'Sai thể thức nơi nhận.' } });
    expect(returned).toMatchObject({ status: 'RETURNED', returnReason: 'Sai thể thức nơi nhận.' });
    expect((await drafter.ok(BOX, { box: 'RETURNED' })).outgoingBox.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(doc.id);

    // The drafter revises: version 2 keeps the draft file and adds an attachment, with its differences.
    const revised = await ok(
      drafter,
      UPDATE,
      { input: { documentId: doc.id, draft: (await draftInput({ subject: 'V/v báo cáo kết quả chuyển đổi số quý IV' })).draft, keepFileIds: [doc.files[0].id], note: 'Sửa theo ý kiến' } },
      { files: [pdfFile('du-thao-v2.pdf')] },
    );
    expect(revised.currentVersion.number).toBe(2);
    expect(revised.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect(revised.versions[0].changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'subject', label: 'Trích yếu', after: 'V/v báo cáo kết quả chuyển đổi số quý IV' })]));
    expect(revised.files.map((f: { fileName: string }) => f.fileName).sort()).toEqual(['du-thao-v1.pdf', 'du-thao-v2.pdf']);
    const diff = (await drafter.ok(`query($id: ID!) { outgoingVersionDiff(documentId: $id, fromVersion: 1, toVersion: 2) { field } }`, { id: doc.id })).outgoingVersionDiff;
    expect(diff.map((c: { field: string }) => c.field)).toEqual(['subject', 'files']);

    // Resubmitted, it goes back to the step that returned it.
    const resubmitted = await ok(drafter, SUBMIT, { input: { documentId: doc.id } });
    expect(resubmitted.currentStep).toMatchObject({ position: 1, kind: 'FORMAT_CHECK' });
    const toSign = await ok(as('chanhvanphong'), APPROVE, { input: { documentId: doc.id } });
    expect(toSign.status).toBe('AWAITING_SIGNATURE');
    expect((await as('phochutich').ok(BOX, { box: 'TO_SIGN' })).outgoingBox.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(doc.id);

    const signed = await ok(as('phochutich'), SIGN, { input: { documentId: doc.id, authority: 'KT', position: 'Phó Chủ tịch', urgency: 'URGENT' } });
    expect(signed).toMatchObject({ status: 'SIGNED', urgency: 'URGENT', signature: { authority: 'KT', position: 'Phó Chủ tịch', signedBy: { username: 'phochutich' }, versionNumber: 2 } });
    expect(signed.dispatchDeadline.outcome).toBeNull();
    expect(Date.parse(signed.dispatchDeadline.hardLimitAt)).toBeGreaterThanOrEqual(Date.parse(signed.dispatchDeadline.targetAt));
    const queue = (await as('vanthu').ok(BOX, { box: 'TO_ISSUE', first: 100 })).outgoingBox.edges;
    expect(queue.map((e: { node: { id: string } }) => e.node.id)).toContain(doc.id);
    expect(await refused(as('chuyenvien.tckh'), ISSUE, { input: { documentId: doc.id } })).toMatchObject({ code: 'FORBIDDEN' });

    const issued = await ok(as('vanthu'), ISSUE, { input: { documentId: doc.id } });
    expect(issued.status).toBe('ISSUED');
    expect(issued.numberNotation).toMatch(/^\d{2,}\/UBND-TCKH$/);
    expect(issued.dispatchDeadline.outcome).toBe('SAME_DAY');
    expect(issued.recipients.filter((r: { kind: string }) => r.kind !== 'UNIT').map((r: { status: string }) => r.status)).toEqual(['SENT', 'SENT']);
    // The answer does not wait for the internal units: their copies arrive in the background.
    const delivered = await poll(
      async () => (await get(as('vanthu'), doc.id)).recipients.filter((r: { kind: string }) => r.kind === 'UNIT'),
      (rs) => rs.every((r: { status: string }) => r.status === 'ARRIVED'),
      'the internal recipients’ copies',
    );
    const units = delivered;
    // Each internal unit received it exactly once, as an incoming document with the same file.
    const incoming = (await sql.query(`select id, recipient_unit_id, status, number_notation from incoming_document where source_outgoing_id = $1`, [doc.id])).rows;
    expect(incoming).toHaveLength(2);
    expect(incoming.every((r) => r.number_notation === issued.numberNotation && r.status === 'received')).toBe(true);
    expect(new Set(incoming.map((r) => r.id))).toEqual(new Set(units.map((r: { incomingDocumentId: string }) => r.incomingDocumentId)));
    const files = (await sql.query(`select count(*)::int as n from document_file where document_id = any($1::uuid[])`, [incoming.map((r) => r.id)])).rows[0].n;
    expect(files).toBe(4);

    // Issued once: a second issue is refused and the number stays.
    expect(await refused(as('vanthu'), ISSUE, { input: { documentId: doc.id } })).toMatchObject({ code: 'DOCUMENT_WRONG_STATE' });
    expect((await get(as('vanthu'), doc.id)).number).toBe(issued.number);

    // The register and the compliance figure.
    const year = Number(vnDate().slice(0, 4));
    const book = (await as('vanthu').ok(`query($y: Int!) { registerBooks(year: $y, direction: OUTGOING) { id code } }`, { y: year })).registerBooks.find((b: { code: string }) => b.code === 'VBDI');
    const register = (await as('vanthu').ok(`query($b: ID!, $f: Date!, $t: Date!) { outgoingRegister(bookId: $b, from: $f, to: $t) {
      __typename ... on QueryOutgoingRegisterSuccess { data { headers downloadUrl rows { documentId numberNotation signer recipients keeper copies } } } } }`, { b: book.id, f: vnDate(-1), t: vnDate(1) })).outgoingRegister.data;
    expect(register.headers).toHaveLength(10);
    expect(register.rows.find((r: { documentId: string }) => r.documentId === doc.id)).toMatchObject({ numberNotation: issued.numberNotation, copies: '5', keeper: 'Lưu: VT, Phòng Tài chính – Kế hoạch' });
    const xlsx = await fetch(`${stack.url}${register.downloadUrl}`, { headers: { cookie: as('vanthu').cookie } });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const compliance = (await as('chutich').ok(`query($f: Date!, $t: Date!) { dispatchCompliance(from: $f, to: $t) {
      __typename ... on QueryDispatchComplianceSuccess { data { total { signed sameDay } rows { unit { code } sameDay } } } } }`, { f: vnDate(-1), t: vnDate(1) })).dispatchCompliance.data;
    expect(compliance.total.sameDay).toBeGreaterThanOrEqual(1);
    expect(compliance.rows.find((r: { unit: { code: string } }) => r.unit.code === 'TCKH').sameDay).toBeGreaterThanOrEqual(1);

    // One recipient's văn thư registers its copy and submits it to the leaders; the other copy waits to be registered.
    const [registeredCopy, receivedCopy] = units.map((r: { incomingDocumentId: string }) => r.incomingDocumentId) as [string, string];
    const bookId = await incomingBookId(as('vanthu'));
    const fields = { documentTypeCode: 'CV', numberNotation: issued.numberNotation, issuer: 'UBND', issuedDate: vnDate(), receiptForm: 'PAPER' };
    const copy = (await as('vanthu').ok(REGISTER_RECEIVED, { input: registrationInput(bookId, fields), documentId: registeredCopy })).registerIncomingDocument;
    expect(copy.data.status).toBe('AWAITING_DIRECTION');

    // Thu hồi: the signer's leader recalls it; the recipients are recalled and the văn thư told.
    expect(await refused(drafter, RECALL, { input: { documentId: doc.id, reason: 'Sai' } })).toMatchObject({ code: 'FORBIDDEN' });
    const recalled = await ok(as('chutich'), RECALL, { input: { documentId: doc.id, reason: 'Ban hành chưa đúng thẩm quyền.' } });
    expect(recalled.status).toBe('RECALLED');
    expect(new Set(recalled.recipients.map((r: { status: string }) => r.status))).toEqual(new Set(['RECALLED']));
    const told = (await sql.query(`select count(*)::int as n from notification where subject_id = $1 and kind = 'outgoing.recalled'`, [doc.id])).rows[0].n;
    expect(told).toBeGreaterThanOrEqual(2);
    expect(recalled.timeline.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['outgoing.drafted', 'outgoing.revised', 'outgoing.returned', 'outgoing.signed', 'outgoing.issued', 'outgoing.delivered', 'outgoing.recalled']));

    // Each recipient's copy is frozen with the reason, and its process ends.
    await expectFrozen([registeredCopy, receivedCopy], 'Ban hành chưa đúng thẩm quyền.');
    // Those holding each copy are told: the leaders hold the one submitted to them, the văn thư the one still to register.
    const toldAbout = async (copyId: string) =>
      (await sql.query(`select u.username from notification n join app_user u on u.id = n.user_id where n.subject_id = $1 and n.kind = 'document.recalled'`, [copyId])).rows.map((r) => r.username as string);
    expect(await toldAbout(registeredCopy)).toEqual(expect.arrayContaining(['chutich', 'phochutich', 'chanhvanphong']));
    expect(await toldAbout(receivedCopy)).toContain('vanthu');
    // The direction limit of the submitted copy is no longer followed.
    const open = (await sql.query(`select count(*)::int as n from deadline where document_id = $1 and status in ('pending', 'overdue')`, [registeredCopy])).rows[0].n;
    expect(open).toBe(0);
    // Every further step is refused with the reason, and the page offers none.
    const leaderView = (await as('chutich').ok(INCOMING, { id: registeredCopy })).incomingDocument;
    expect(leaderView).toMatchObject({ status: 'RECALLED', recallReason: 'Ban hành chưa đúng thẩm quyền.', myActions: [] });
    expect(leaderView.timeline.map((e: { kind: string; summary: string }) => e.summary)).toContain('Nơi gửi đã thu hồi văn bản, văn bản dừng xử lý. Lý do: “Ban hành chưa đúng thẩm quyền.”.');
    const frozen = 'Văn bản đã bị thu hồi: Ban hành chưa đúng thẩm quyền. Không thực hiện được thao tác nào trên văn bản này.';
    expect((await as('chutich').ok(RETURN_DOC, { input: { documentId: registeredCopy, reason: 'Không đúng thẩm quyền.' } })).returnIncomingDocument).toMatchObject({
      __typename: 'DomainError',
      code: 'DOCUMENT_WRONG_STATE',
      message: frozen,
    });
    expect((await as('vanthu').ok(REGISTER_RECEIVED, { input: registrationInput(bookId, fields), documentId: receivedCopy })).registerIncomingDocument).toMatchObject({
      __typename: 'DomainError',
      message: frozen,
    });
    expect((await as('vanthu').ok(INCOMING, { id: receivedCopy })).incomingDocument.myActions).toEqual([]);
  }, 240_000);

  it('a change after the signer approved goes back to the signer', async () => {
    const drafter = as('chuyenvien.tckh');
    const doc = await ok(drafter, CREATE, { input: await draftInput() }, { files: [pdfFile()] });
    const chain = [
      { kind: 'REVIEW', reviewerId: users.get('phochutich') },
      { kind: 'FORMAT_CHECK', reviewerId: users.get('chanhvanphong') },
      { kind: 'SIGN', reviewerId: users.get('phochutich') },
    ];
    await ok(drafter, SUBMIT, { input: { documentId: doc.id, steps: chain } });
    await ok(as('phochutich'), APPROVE, { input: { documentId: doc.id } });
    await ok(as('chanhvanphong'), RETURN, { input: { documentId: doc.id, comment: 'Bổ sung nơi nhận.' } });
    await ok(drafter, UPDATE, { input: { documentId: doc.id, draft: (await draftInput({ copies: 6 })).draft, keepFileIds: [] } }, { files: [pdfFile()] });
    const again = await ok(drafter, SUBMIT, { input: { documentId: doc.id } });
    expect(again.currentStep).toMatchObject({ position: 0, reviewer: { username: 'phochutich' } });
    expect(again.reviewSteps.map((s: { status: string }) => s.status)).toEqual(['PENDING', 'WAITING', 'WAITING']);
  }, 120_000);

  it('thay thế: issuing the replacement replaces the old document', async () => {
    const old = await ok(as('vanthu'), ISSUE, { input: { documentId: (await signedDocument()).id } });
    const replacement = await ok(as('chuyenvien.tckh'), CREATE, { input: { ...(await draftInput()), relatesToId: old.id, relationKind: 'REPLACEMENT' } }, { files: [pdfFile()] });
    expect(replacement).toMatchObject({ relatesTo: { id: old.id }, relationKind: 'REPLACEMENT' });
    await ok(as('chuyenvien.tckh'), SUBMIT, { input: { documentId: replacement.id, steps: [{ kind: 'SIGN', reviewerId: users.get('chutich') }] } });
    await ok(as('chutich'), SIGN, { input: { documentId: replacement.id, authority: 'NONE' } });
    await ok(as('vanthu'), ISSUE, { input: { documentId: replacement.id } });
    const after = await get(as('vanthu'), old.id);
    expect(after.status).toBe('REPLACED');
    expect(after.recipients.every((r: { status: string }) => r.status === 'RECALLED')).toBe(true);
    // The copies the units received of the old one are frozen, naming the replacement.
    const copies = after.recipients.filter((r: { kind: string }) => r.kind === 'UNIT').map((r: { incomingDocumentId: string }) => r.incomingDocumentId);
    expect(copies).toHaveLength(2);
    const replacedBy = (await get(as('vanthu'), replacement.id)).numberNotation;
    await expectFrozen(copies, `Văn bản được thay thế bởi văn bản số ${replacedBy}.`);
  }, 120_000);

  it('a draft correction of an issued document is listed only to those who may see the draft', async () => {
    const issued = await ok(as('vanthu'), ISSUE, { input: { documentId: (await signedDocument()).id } });
    const correction = await ok(as('chuyenvien.tckh'), CREATE, { input: { ...(await draftInput()), relatesToId: issued.id, relationKind: 'CORRECTION' } }, { files: [pdfFile()] });
    const relatedBy = async (u: string) =>
      (await as(u).ok(`query($id: ID!) { outgoingDocument(id: $id) { relatedBy { id } } }`, { id: issued.id })).outgoingDocument.relatedBy.map((d: { id: string }) => d.id);
    expect(await relatedBy('chuyenvien.tckh')).toContain(correction.id);
    expect(await relatedBy('vanthu')).toContain(correction.id);
    // Another unit's head sees the issued document (everyone does) but not the other unit's draft.
    expect(await relatedBy('truongphong.tnmt')).not.toContain(correction.id);
  }, 120_000);
});

describe('numbering', () => {
  it('30 documents issued at once get 30 consecutive numbers, each once', async () => {
    const docs = [];
    for (let i = 0; i < 30; i++) docs.push(await signedDocument(i % 2 ? 'phochutich' : 'chutich', { recipients: [{ kind: 'INDIVIDUAL', name: `Người nhận ${i}`, channel: 'PAPER' }] }));
    // The văn thư's queue: urgent first, then the earliest hard limit; keyset pages do not repeat or skip.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await as('vanthu').ok(BOX, { box: 'TO_ISSUE', first: 7, after })).outgoingBox;
      seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(docs.map((d) => d.id)));

    const issued = await Promise.all(docs.map((d) => ok(as('vanthu'), ISSUE, { input: { documentId: d.id } })));
    const numbers = issued.map((d) => d.number as number).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(30);
    expect(numbers.at(-1)! - numbers[0]!).toBe(29);
    expect(issued.every((d) => d.numberNotation === `${String(d.number).padStart(2, '0')}/UBND-TCKH`)).toBe(true);
  }, 600_000);

  it('a retried issue step answers with the number it already allocated', async () => {
    const doc = await signedDocument();
    const em = orm.em.fork();
    const clerk = await em.findOneOrFail(User, { username: 'vanthu' });
    const actor = { id: clerk.id, unitId: clerk.unitId, roles: clerk.roles };
    const book = async () => (await sql.query(`select last_number from register_book where direction = 'outgoing' and code = 'VBDI' and year = $1`, [Number(vnDate().slice(0, 4))])).rows[0].last_number as number;
    const stepKey = `test:${randomUUID()}`;
    const first = await issueOutgoingDocument({ em: orm.em.fork(), documentId: doc.id, stepKey, actor, bookId: null, now: new Date() });
    const lastAfterFirst = await book();
    const again = await issueOutgoingDocument({ em: orm.em.fork(), documentId: doc.id, stepKey, actor, bookId: null, now: new Date() });
    expect(again.number).toBe(first.number);
    expect(again.numberNotation).toBe(first.numberNotation);
    expect(await book()).toBe(lastAfterFirst);
  }, 120_000);
});

describe('the agency calendar', () => {
  const YEAR = `query($year: Int!) { calendarYear(year: $year) { year version prefilled days { date kind name } swaps { dayOff workedDay name } } }`;
  const UPDATE_YEAR = `mutation($input: UpdateCalendarYearInput!) { updateCalendarYear(input: $input) {
    __typename ... on Error { code message } ... on MutationUpdateCalendarYearSuccess { data { version } } } }`;
  const RESET_YEAR = `mutation($year: Int!, $v: Int!) { resetCalendarYear(year: $year, expectedVersion: $v) { __typename } }`;
  const EXPLAIN = `query($rule: DeadlineRule!, $at: DateTime!) { explainDeadline(rule: $rule, at: $at) { at } }`;
  type Year = { year: number; version: number; prefilled: boolean; days: Array<{ date: string; kind: string; name: string }>; swaps: unknown[] };
  const yearInput = (y: Year, extraDaysOff: Array<{ date: string; name: string }>) => {
    const of = (...kinds: string[]) => y.days.filter((d) => kinds.includes(d.kind));
    return {
      year: y.year,
      expectedVersion: y.version,
      holidays: of('HOLIDAY', 'IN_LIEU').map((d) => ({ date: d.date, kind: d.kind, name: d.name })),
      swaps: y.swaps,
      extraDaysOff: [...of('EXTRA_OFF').map((d) => ({ date: d.date, name: d.name })), ...extraDaysOff],
      workingSaturdays: of('WORKING_SATURDAY').map((d) => ({ date: d.date, name: d.name })),
    };
  };

  it('a day off the administrator declares on the hard limit moves a signed document’s dispatch limit: row, queue column and timeline', async () => {
    const admin = new GqlClient(stack.url);
    await admin.login('quantri');
    const doc = await signedDocument('chutich', { recipients: [{ kind: 'INDIVIDUAL', name: 'Người nhận (thử lịch)', channel: 'PAPER' }] });
    const limitRow = async () => (await sql.query(`select due_at, status from deadline where subject_id = $1 and kind = 'dispatch_limit'`, [doc.id])).rows[0] as { due_at: Date; status: string } | undefined;
    const column = async () => ((await sql.query(`select dispatch_limit_at, signed_at from outgoing_document where id = $1`, [doc.id])).rows[0]) as { dispatch_limit_at: Date; signed_at: Date };
    const first = (await poll(limitRow, (r) => r !== undefined, 'the dispatch limit row'))!;
    const { signed_at: signedAt } = await column();
    expect((await column()).dispatch_limit_at.toISOString()).toBe(first.due_at.toISOString());

    // The hard limit's day (Vietnam date) becomes a day off.
    const day = new Date(first.due_at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
    const before = (await admin.ok(YEAR, { year: Number(day.slice(0, 4)) })).calendarYear as Year;
    try {
      const saved = (await admin.ok(UPDATE_YEAR, { input: yearInput(before, [{ date: day, name: 'Nghỉ đột xuất (thử hạn phát hành)' }]) })).updateCalendarYear;
      expect(saved.__typename).toBe('MutationUpdateCalendarYearSuccess');
      const expected = (await admin.ok(EXPLAIN, { rule: 'NEXT_WORKING_MORNING', at: signedAt.toISOString() })).explainDeadline.at as string;
      expect(Date.parse(expected)).toBeGreaterThan(first.due_at.getTime());

      const moved = (await poll(limitRow, (r) => r?.due_at.toISOString() === expected, 'the moved dispatch limit row'))!;
      expect(moved.status).toBe('pending');
      await poll(async () => (await column()).dispatch_limit_at.toISOString(), (at) => at === expected, 'the queue’s column');
      const read = await get(as('vanthu'), doc.id);
      expect(read.dispatchDeadline.hardLimitAt).toBe(expected);
      expect(read.timeline.filter((e: { kind: string }) => e.kind === 'deadline.moved').length).toBeGreaterThanOrEqual(1);
    } finally {
      // Leave the shared stack's calendar as this test found it.
      const now = (await admin.ok(YEAR, { year: before.year })).calendarYear as Year;
      if (before.prefilled) await admin.ok(RESET_YEAR, { year: before.year, v: now.version });
      else await admin.ok(UPDATE_YEAR, { input: { ...yearInput(before, []), expectedVersion: now.version } });
    }
    await ok(as('vanthu'), ISSUE, { input: { documentId: doc.id } });
  }, 180_000);
});
