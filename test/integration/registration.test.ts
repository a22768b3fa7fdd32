import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { docx, jpeg, minimalPdf, png, xlsx, zip } from '../fixtures/files.ts';
import { GqlClient } from '../support/graphql-client.ts';
import { ATTACH, incomingBookId, registrationInput, uniqueNotation, vnDate } from '../support/incoming.ts';
import { runSlice } from '../support/slice.ts';

const stack = inject('stack');
const db = new pg.Pool({ connectionString: stack.databaseUrl, max: 2 });
afterAll(() => db.end());

const year = Number(vnDate().slice(0, 4));
const client = () => new GqlClient(stack.url);
const clerk = client();
const admin = client();
const leader = client();
const specialist = client();
let vbd: string;
let mat: string;

beforeAll(async () => {
  await Promise.all([clerk.login('vanthu'), admin.login('quantri'), leader.login('chutich'), specialist.login('chuyenvien.tckh')]);
  [vbd, mat] = await Promise.all([incomingBookId(clerk, 'VBD'), incomingBookId(clerk, 'MAT')]);
});

const lastNumber = async (bookId: string) => Number((await db.query(`select last_number n from register_book where id = $1`, [bookId])).rows[0].n);
const documentCount = async () => Number((await db.query(`select count(*) n from incoming_document`)).rows[0].n);
const fieldCodes = (r: { fieldErrors: Array<{ field: string; code: string }> }) => Object.fromEntries(r.fieldErrors.map((e) => [e.field, e.code]));
const file = (bytes: Uint8Array, name: string, type = '') => new File([new Uint8Array(bytes)], name, { type });

const BOOK_FIELDS = 'id code name year confidential advisoryBody active lastNumber';
const bookResult = (name: string) => `__typename ... on Error { code message } ... on InputError { fieldErrors { field code } } ... on ${name} { data { ${BOOK_FIELDS} } }`;
const CREATE_BOOK = `mutation($input: CreateRegisterBookInput!) { createRegisterBook(input: $input) { ${bookResult('MutationCreateRegisterBookSuccess')} } }`;
const UPDATE_BOOK = `mutation($id: ID!, $input: UpdateRegisterBookInput!) { updateRegisterBook(id: $id, input: $input) { ${bookResult('MutationUpdateRegisterBookSuccess')} } }`;
const DEACTIVATE_BOOK = `mutation($id: ID!) { deactivateRegisterBook(id: $id) { ${bookResult('MutationDeactivateRegisterBookSuccess')} } }`;
const REGISTER_FIELDS = `id arrivalNumber book { id code } issuer issuerAgencyCode issuerAgency { code } receiptForm signerPosition internalRecipients notes arrivalAt registeredAt
  files { id fileName mimeType size url } myActions timeline { kind summary actor { username } }`;
const REGISTER_FULL = `mutation($input: RegisterIncomingDocumentInput!, $files: [File!]) {
  registerIncomingDocument(input: $input, files: $files) {
    __typename ... on Error { code message } ... on InputError { fieldErrors { field code message } } ... on DomainError { field }
    ... on DuplicateWarning { duplicates { id arrivalNumber arrivalAt subject book { year } } }
    ... on MutationRegisterIncomingDocumentSuccess { data { ${REGISTER_FIELDS} } } } }`;

const register = async (c: GqlClient, overrides: Record<string, unknown>, files: File[] = []) =>
  (await c.ok(REGISTER_FULL, { input: registrationInput(vbd, overrides) }, files.length ? { files } : {})).registerIncomingDocument;

describe('register books', () => {
  it('the administrator opens, renames, deactivates and reactivates books; no one else may', async () => {
    const code = `HD${Date.now() % 100000}`;
    const input = { year, code, name: 'Sổ văn bản đến của Hội đồng Thi đua – Khen thưởng', advisoryBody: 'Hội đồng Thi đua – Khen thưởng' };
    expect((await clerk.ok(CREATE_BOOK, { input })).createRegisterBook).toMatchObject({ __typename: 'DomainError', code: 'FORBIDDEN' });

    const created = (await admin.ok(CREATE_BOOK, { input: { ...input, code: code.toLowerCase() } })).createRegisterBook;
    expect(created).toMatchObject({ __typename: 'MutationCreateRegisterBookSuccess', data: { code, year, confidential: false, active: true, lastNumber: 0 } });
    const again = (await admin.ok(CREATE_BOOK, { input })).createRegisterBook;
    expect(fieldCodes(again)).toEqual({ code: 'CODE_TAKEN' });
    expect(fieldCodes((await admin.ok(CREATE_BOOK, { input: { ...input, code: 'SỔ 1', name: ' ' } })).createRegisterBook)).toEqual({
      code: 'INVALID_CODE',
      name: 'REQUIRED',
    });

    const id = created.data.id;
    const renamed = (await admin.ok(UPDATE_BOOK, { id, input: { name: 'Sổ Hội đồng TĐKT' } })).updateRegisterBook;
    expect(renamed.data).toMatchObject({ name: 'Sổ Hội đồng TĐKT', advisoryBody: 'Hội đồng Thi đua – Khen thưởng' });

    // The văn thư may pick the advisory body's book by hand; the rule never picks it.
    const intoCouncil = await register(clerk, { bookId: id });
    expect(intoCouncil.data.book.code).toBe(code);
    expect((await admin.ok(UPDATE_BOOK, { id, input: { code: `${code}X` } })).updateRegisterBook).toMatchObject({
      __typename: 'InputError',
      fieldErrors: [{ field: 'code', code: 'CODE_IN_USE' }],
    });

    expect((await admin.ok(DEACTIVATE_BOOK, { id })).deactivateRegisterBook.data.active).toBe(false);
    const listed = async (includeInactive: boolean) =>
      (await clerk.ok(`query($y: Int!, $all: Boolean) { registerBooks(year: $y, direction: INCOMING, includeInactive: $all) { id } }`, { y: year, all: includeInactive }))
        .registerBooks.map((b: { id: string }) => b.id);
    expect(await listed(false)).not.toContain(id);
    expect(await listed(true)).toContain(id);
    expect(await register(clerk, { bookId: id })).toMatchObject({ __typename: 'DomainError', code: 'BOOK_INACTIVE', field: 'bookId' });
    expect((await admin.ok(UPDATE_BOOK, { id, input: { active: true } })).updateRegisterBook.data.active).toBe(true);
    expect((await register(clerk, { bookId: id })).data.arrivalNumber).toBe(2);
    await admin.ok(DEACTIVATE_BOOK, { id });
  });

  it('numbers each book on its own, gapless, under parallel registrations into both', async () => {
    const [vbdBefore, matBefore] = await Promise.all([lastNumber(vbd), lastNumber(mat)]);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2
          ? register(clerk, { bookId: mat, confidentiality: 'SECRET', numberNotation: uniqueNotation('STC-M') })
          : register(clerk, { bookId: vbd, numberNotation: uniqueNotation('STC-T') }),
      ),
    );
    const numbersOf = (code: string) =>
      results
        .filter((r) => r.data.book.code === code)
        .map((r) => r.data.arrivalNumber as number)
        .sort((a, b) => a - b);
    expect(numbersOf('VBD')).toEqual(Array.from({ length: 20 }, (_, i) => vbdBefore + i + 1));
    expect(numbersOf('MAT')).toEqual(Array.from({ length: 20 }, (_, i) => matBefore + i + 1));
  });

  it('routes by độ mật: refuses a mismatched choice on the bookId field, and picks by rule when the book is left out', async () => {
    const [vbdBefore, matBefore, docs] = await Promise.all([lastNumber(vbd), lastNumber(mat), documentCount()]);
    const secretInOrdinary = await register(clerk, { bookId: vbd, confidentiality: 'TOP_SECRET' });
    expect(secretInOrdinary.__typename).toBe('InputError');
    expect(secretInOrdinary.fieldErrors).toEqual([{ field: 'bookId', code: 'BOOK_NOT_CONFIDENTIAL', message: expect.stringContaining('sổ văn bản mật') }]);
    const ordinaryInSecret = await register(clerk, { bookId: mat });
    expect(ordinaryInSecret.fieldErrors).toEqual([{ field: 'bookId', code: 'BOOK_ONLY_CONFIDENTIAL', message: expect.stringContaining('chỉ dành cho văn bản mật') }]);
    expect([await lastNumber(vbd), await lastNumber(mat), await documentCount()]).toEqual([vbdBefore, matBefore, docs]);

    expect((await register(clerk, { bookId: null, confidentiality: 'ABSOLUTE_SECRET' })).data.book.id).toBe(mat);
    expect((await register(clerk, { bookId: null, confidentiality: 'NORMAL' })).data.book.id).toBe(vbd);
  });
});

describe('the directory of agencies', () => {
  const search = async (q: string) =>
    (await clerk.ok(`query($q: String!) { searchAgencies(query: $q) { id code name } }`, { q })).searchAgencies as Array<{ id: string; code: string; name: string }>;

  it('finds agencies by every word typed, without diacritics or case, and by code', async () => {
    const names = async (q: string) => (await search(q)).map((a) => a.name);
    expect(await names('hau giang')).toContain('Ủy ban nhân dân tỉnh Hậu Giang');
    expect(await names('hau giang')).not.toContain('Ủy ban nhân dân tỉnh Hà Giang');
    // "ha" is in "Hậu" too: both provinces, the one whose name holds the phrase first.
    const ha = await names('ha giang');
    expect(ha[0]).toBe('Ủy ban nhân dân tỉnh Hà Giang');
    expect(ha).toContain('Ủy ban nhân dân tỉnh Hậu Giang');
    // Typed with diacritics, the exact matches come first.
    expect((await names('HẬU GIANG'))[0]).toMatch(/Hậu Giang$/);
    expect(await names('tai chinh hau giang')).toEqual(['Sở Tài chính tỉnh Hậu Giang']);
    expect(await names('000.00.04')).toEqual(['Văn phòng Chính phủ']);
    expect(await names('vpcp')).toEqual(['Văn phòng Chính phủ']);
    expect(await search('100%')).toEqual([]);
  });

  it('is kept by the administrator: codes in the QĐ 20/2020 shape, once each; a deactivated agency is no longer offered', async () => {
    const CREATE = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) {
      __typename ... on Error { code } ... on InputError { fieldErrors { field code } } ... on MutationCreateAgencySuccess { data { id code name shortName active } } } }`;
    const UPDATE = `mutation($id: ID!, $input: UpdateAgencyInput!) { updateAgency(id: $id, input: $input) {
      __typename ... on Error { code } ... on InputError { fieldErrors { field code } } ... on MutationUpdateAgencySuccess { data { id code active } } } }`;
    const code = `000.${String(Date.now() % 100).padStart(2, '0')}.77.h30`;
    const input = { code, name: 'Sở Xây dựng tỉnh Hậu Giang', shortName: 'SXD' };
    expect((await clerk.ok(CREATE, { input })).createAgency).toMatchObject({ __typename: 'DomainError', code: 'FORBIDDEN' });
    const created = (await admin.ok(CREATE, { input })).createAgency;
    expect(created.data).toMatchObject({ code: code.toUpperCase(), name: 'Sở Xây dựng tỉnh Hậu Giang', active: true });
    expect(fieldCodes((await admin.ok(CREATE, { input })).createAgency)).toEqual({ code: 'CODE_TAKEN' });
    expect(fieldCodes((await admin.ok(CREATE, { input: { ...input, code: '000-00-00-H30' } })).createAgency)).toEqual({ code: 'INVALID_CODE' });
    expect((await search('so xay dung')).map((a) => a.id)).toContain(created.data.id);

    const off = (await admin.ok(UPDATE, { id: created.data.id, input: { ...input, code: code.toUpperCase(), active: false } })).updateAgency;
    expect(off.data.active).toBe(false);
    expect((await search('so xay dung')).map((a) => a.id)).not.toContain(created.data.id);
    const all = (await admin.ok(`{ agencies(includeInactive: true) { id active } }`)).agencies;
    expect(all.find((a: { id: string }) => a.id === created.data.id)).toEqual({ id: created.data.id, active: false });
  });

  it('names the issuer of a document from the directory, with the code it has on arrival', async () => {
    const [vpcp] = await search('van phong chinh phu');
    const doc = (await register(clerk, { issuer: 'VPCP', issuerAgencyId: vpcp!.id })).data;
    expect(doc).toMatchObject({ issuer: 'Văn phòng Chính phủ', issuerAgencyCode: '000.00.04.G14', issuerAgency: { code: '000.00.04.G14' } });
    const free = (await register(clerk, { issuer: 'Công ty TNHH Minh Phát' })).data;
    expect(free).toMatchObject({ issuer: 'Công ty TNHH Minh Phát', issuerAgencyCode: null, issuerAgency: null });
  });
});

describe('the duplicate warning', () => {
  it('shows the earlier registration, writes nothing, and registers once the văn thư confirms', async () => {
    const notation = uniqueNotation('QĐ-STC');
    const first = (
      await register(clerk, {
        issuer: 'Sở Tài chính tỉnh Hậu Giang',
        numberNotation: notation,
        documentTypeCode: 'QĐ',
        signerPosition: 'Phó Giám đốc',
        internalRecipients: 'Phòng Tài chính – Kế hoạch',
        notes: 'Bản giấy lưu tại Văn phòng',
      })
    ).data;
    expect(first).toMatchObject({ receiptForm: 'PAPER', signerPosition: 'Phó Giám đốc', internalRecipients: 'Phòng Tài chính – Kế hoạch', notes: 'Bản giấy lưu tại Văn phòng' });

    const typed = { issuer: 'so tai chinh tinh hau giang', numberNotation: notation.replace('Đ', 'D').toLowerCase(), issuedDate: vnDate(-1) };
    const early = (
      await clerk.ok(`query($i: String!, $n: String!, $d: Date!) { findPossibleDuplicates(issuer: $i, numberNotation: $n, issuedDate: $d) { id arrivalNumber } }`, {
        i: typed.issuer,
        n: typed.numberNotation,
        d: typed.issuedDate,
      })
    ).findPossibleDuplicates;
    expect(early).toEqual([{ id: first.id, arrivalNumber: first.arrivalNumber }]);

    const [before, docs] = await Promise.all([lastNumber(vbd), documentCount()]);
    const warned = await register(clerk, typed);
    expect(warned).toMatchObject({ __typename: 'DuplicateWarning', code: 'POSSIBLE_DUPLICATE' });
    expect(warned.message).toMatch(/có thể đã được vào sổ/);
    expect(warned.duplicates).toEqual([{ id: first.id, arrivalNumber: first.arrivalNumber, arrivalAt: first.arrivalAt, subject: expect.any(String), book: { year } }]);
    expect([await lastNumber(vbd), await documentCount()]).toEqual([before, docs]);

    const confirmed = await register(clerk, { ...typed, confirmDuplicate: true });
    expect(confirmed.__typename).toBe('MutationRegisterIncomingDocumentSuccess');
    expect(confirmed.data.arrivalNumber).toBe(before + 1);
    expect(confirmed.data.timeline[0].summary).toMatch(/xác nhận vào sổ dù trùng .* với 1 văn bản/);
    // Another issuer is another document.
    expect((await register(clerk, { ...typed, issuer: 'Sở Tài chính tỉnh Hà Giang' })).__typename).toBe('MutationRegisterIncomingDocumentSuccess');
  });
});

describe('attachments', () => {
  it('registers an electronic document with several files of the accepted types, judged by content', async () => {
    const files = [
      file(minimalPdf(), 'cong-van.pdf', 'application/pdf'),
      file(docx(), 'du-thao.docx'),
      file(xlsx(), 'so-lieu.xlsx'),
      file(png(), 'so-do.png', 'image/png'),
      file(jpeg(), 'anh-chup', 'image/jpeg'),
    ];
    const r = await register(clerk, { receiptForm: 'ELECTRONIC' }, files);
    expect(r.__typename).toBe('MutationRegisterIncomingDocumentSuccess');
    expect(r.data.files.map((f: { fileName: string; mimeType: string }) => [f.fileName, f.mimeType])).toEqual([
      ['cong-van.pdf', 'application/pdf'],
      ['du-thao.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['so-lieu.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['so-do.png', 'image/png'],
      ['anh-chup.jpg', 'image/jpeg'],
    ]);
    const served = await fetch(`${stack.url}${r.data.files[1].url}?download`, { headers: { cookie: clerk.cookie } });
    expect(Buffer.from(await served.arrayBuffer()).equals(docx())).toBe(true);
  });

  it('refuses a fake .docx, an electronic document without its file and too many files, and writes nothing', async () => {
    const [before, docs] = await Promise.all([lastNumber(vbd), documentCount()]);
    const fakeDocx = file(zip([{ name: 'word/document.xml', data: '<w:document/>' }]), 'bao-cao.docx');
    const fake = await register(clerk, { receiptForm: 'ELECTRONIC' }, [file(minimalPdf(), 'a.pdf'), fakeDocx, file(new TextEncoder().encode('<html>'), 'b.docx')]);
    expect(fieldCodes(fake)).toEqual({ 'files.1': 'UNSUPPORTED_FILE_TYPE', 'files.2': 'UNSUPPORTED_FILE_TYPE' });
    expect(fake.fieldErrors[0].message).toContain('bao-cao.docx');
    const withBadInput = await register(clerk, { receiptForm: 'ELECTRONIC', subject: ' ' }, [fakeDocx]);
    expect(fieldCodes(withBadInput)).toEqual({ subject: 'REQUIRED', 'files.0': 'UNSUPPORTED_FILE_TYPE' });
    expect(fieldCodes(await register(clerk, { receiptForm: 'ELECTRONIC' }))).toEqual({ files: 'REQUIRED' });
    const many = Array.from({ length: 21 }, (_, i) => file(png(8, 8), `trang-${i + 1}.png`));
    expect(fieldCodes(await register(clerk, { receiptForm: 'ELECTRONIC' }, many))).toEqual({ files: 'TOO_MANY_FILES' });
    expect([await lastNumber(vbd), await documentCount()]).toEqual([before, docs]);
  });

  it('lets the văn thư attach the scan of a paper document later, and nobody else', async () => {
    const paper = (await register(clerk, { receiptForm: 'PAPER' })).data;
    expect(paper.files).toEqual([]);
    expect(paper.myActions).toContain('ATTACH_FILES');
    const scan = file(minimalPdf('Ban scan cong van giay'), 'ban-scan.pdf');

    expect((await leader.ok(ATTACH, { id: paper.id }, { files: [scan] })).attachIncomingFiles).toMatchObject({ __typename: 'DomainError', code: 'FORBIDDEN' });
    const fake = (await clerk.ok(ATTACH, { id: paper.id }, { files: [file(new TextEncoder().encode('PK\u0003\u0004'), 'scan.pdf')] })).attachIncomingFiles;
    expect(fieldCodes(fake)).toEqual({ 'files.0': 'UNSUPPORTED_FILE_TYPE' });
    const missing = (await clerk.ok(ATTACH, { id: '00000000-0000-4000-8000-000000000000' }, { files: [scan] })).attachIncomingFiles;
    expect(missing).toMatchObject({ __typename: 'DomainError', code: 'DOCUMENT_NOT_FOUND' });

    const attached = (await clerk.ok(ATTACH, { id: paper.id }, { files: [scan, file(jpeg(), 'phu-luc.jpg')] })).attachIncomingFiles;
    expect(attached.__typename).toBe('MutationAttachIncomingFilesSuccess');
    expect(attached.data.files.map((f: { fileName: string }) => f.fileName)).toEqual(['ban-scan.pdf', 'phu-luc.jpg']);
    const event = attached.data.timeline.find((e: { kind: string }) => e.kind === 'document.files_attached');
    expect(event).toMatchObject({ actor: { username: 'vanthu' }, summary: 'Đính kèm 2 tệp: ban-scan.pdf, phu-luc.jpg.' });
    const rows = await db.query(`select count(*) n from audit_event where subject_id = $1 and kind = 'document.files_attached'`, [paper.id]);
    expect(Number(rows.rows[0].n)).toBe(1);

    // Once handled, the document's workflow is over: nothing more is attached.
    const { documentId } = await runSlice(stack.url, { until: 'completed' });
    const late = (await clerk.ok(ATTACH, { id: documentId }, { files: [scan] })).attachIncomingFiles;
    expect(late).toMatchObject({ __typename: 'DomainError', code: 'DOCUMENT_WRONG_STATE' });
  });
});

describe('the access log', () => {
  it('logs every view and download of a file on the document’s timeline, and serves nothing to strangers', async () => {
    const doc = (await register(clerk, { receiptForm: 'ELECTRONIC' }, [file(minimalPdf(), 'to-trinh.pdf')])).data;
    const url = `${stack.url}${doc.files[0].url}`;
    expect((await fetch(url)).status).toBe(401);

    const view = await fetch(url, { headers: { cookie: leader.cookie } });
    expect(view.headers.get('content-disposition')).toMatch(/^inline;/);
    expect(view.headers.get('cache-control')).toBe('private, no-store');
    await view.arrayBuffer();
    const download = await fetch(`${url}?download`, { headers: { cookie: specialist.cookie } });
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''to-trinh\.pdf$/);
    await download.arrayBuffer();
    await (await fetch(url, { headers: { cookie: leader.cookie } })).arrayBuffer();

    const timeline = (await clerk.ok(`query($id: ID!) { incomingDocument(id: $id) { timeline { kind summary actor { username } } } }`, { id: doc.id }))
      .incomingDocument.timeline as Array<{ kind: string; summary: string; actor: { username: string } | null }>;
    const accesses = timeline.filter((e) => e.kind.startsWith('file.')).map((e) => [e.kind, e.actor?.username, e.summary]);
    expect(accesses).toEqual([
      ['file.viewed', 'chutich', 'Xem tệp “to-trinh.pdf”.'],
      ['file.downloaded', 'chuyenvien.tckh', 'Tải về tệp “to-trinh.pdf”.'],
      ['file.viewed', 'chutich', 'Xem tệp “to-trinh.pdf”.'],
    ]);
  });
});
