import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GqlClient } from '../support/graphql-client.ts';
import { ASSIGN, CLOSE, COMPLETE, DIRECT, REASSIGN, REGISTER, registrationInput, unitIdByCode, vnDate, WITHDRAW } from '../support/incoming.ts';

const stack = inject('stack');
const db = new pg.Pool({ connectionString: stack.databaseUrl, max: 2 });

const year = Number(vnDate().slice(0, 4));
const today = vnDate();
const viDate = (iso: string) => iso.split('-').reverse().join('/');
/** How the sheet holds a calendar date: Excel's day number, read back by exceljs as UTC midnight. */
const cellDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

const INCOMING_HEADERS = [
  'Ngày đến',
  'Số đến',
  'Tác giả',
  'Số, ký hiệu văn bản',
  'Ngày tháng văn bản',
  'Tên loại và trích yếu nội dung văn bản',
  'Đơn vị hoặc người nhận',
  'Ngày chuyển',
  'Ký nhận',
  'Ghi chú',
];
const FOLLOW_UP_HEADERS = [
  'Số đến',
  'Tên loại, số, ký hiệu, ngày, tháng và tên cơ quan, tổ chức ban hành văn bản',
  'Đơn vị hoặc người nhận',
  'Thời hạn giải quyết',
  'Tiến độ giải quyết',
  'Số, ký hiệu văn bản trả lời',
  'Ghi chú',
];

const clerk = new GqlClient(stack.url);
const leader = new GqlClient(stack.url);
const head = new GqlClient(stack.url);
const specialist = new GqlClient(stack.url);
const admin = new GqlClient(stack.url);

// A book of this year used by this file only, so that its numbers start at 1 and every row is ours.
const bookId = randomUUID();
const bookCode = `IN-SO-${Date.now().toString(36).toUpperCase()}`;
const ids = { directed: '', inProgress: '', waiting: '', earlier: '' };
let earlierDate = '';

async function register(overrides: Record<string, unknown>): Promise<{ id: string; arrivalNumber: number }> {
  const r = (await clerk.ok(REGISTER, { input: registrationInput(bookId, overrides) })).registerIncomingDocument;
  if (r.__typename !== 'MutationRegisterIncomingDocumentSuccess') throw new Error(JSON.stringify(r));
  return r.data;
}

async function direct(documentId: string, lead: string, coordinators: string[]) {
  const r = (
    await leader.ok(DIRECT, {
      input: {
        documentId,
        direction: 'Giao Phòng Tài chính – Kế hoạch chủ trì, tham mưu báo cáo UBND.',
        lead: { unitId: lead, deadline: vnDate(7) },
        coordinators: coordinators.map((unitId) => ({ unitId, deadline: vnDate(5) })),
      },
    })
  ).directIncomingDocument;
  if (r.__typename !== 'MutationDirectIncomingDocumentSuccess') throw new Error(JSON.stringify(r));
  return r.data;
}

beforeAll(async () => {
  await Promise.all([
    clerk.login('vanthu'),
    leader.login('chutich'),
    head.login('truongphong.tckh'),
    specialist.login('chuyenvien.tckh'),
    admin.login('quantri'),
  ]);
  await db.query(`insert into register_book (id, year, direction, code, name, last_number) values ($1, $2, 'incoming', $3, $4, 0)`, [
    bookId,
    year,
    bookCode,
    `Sổ kiểm thử in sổ năm ${year}`,
  ]);
  const [tckh, tnmt] = await Promise.all([unitIdByCode(leader, 'TCKH'), unitIdByCode(leader, 'TNMT')]);

  // 1: directed, handled and completed.
  const a = await register({ numberNotation: '183/UBND-KT', issuedDate: vnDate(-3) });
  ids.directed = a.id;
  const directed = await direct(a.id, tckh, [tnmt]);
  const me = (await specialist.ok(`{ me { id } }`)).me;
  const assigned = (await head.ok(ASSIGN, { input: { assignmentId: directed.assignments[0].id, userId: me.id, deadline: vnDate(6) } })).assignHandler;
  const child = assigned.data.assignments[0].children[0];
  await specialist.ok(COMPLETE, { input: { assignmentId: child.id, resultNote: 'Đã tham mưu dự thảo báo cáo.' } });
  await head.ok(CLOSE, { input: { documentId: a.id, closingNote: 'Đã tham mưu dự thảo báo cáo.' } });

  // 2: a Kế hoạch, urgent, directed to one unit, still in progress.
  const b = await register({
    documentTypeCode: 'KH',
    numberNotation: '45/KH-SNV',
    issuer: 'Sở Nội vụ',
    subject: 'Kế hoạch triển khai cải cách hành chính năm 2027',
    urgency: 'URGENT',
    issuedDate: vnDate(-1),
  });
  ids.inProgress = b.id;
  await direct(b.id, tckh, []);

  // 3: registered only, hỏa tốc.
  ids.waiting = (await register({ numberNotation: '07/GM-UBND', documentTypeCode: 'GM', subject: 'Mời họp giao ban', urgency: 'FLASH', dueDate: null })).id;

  // 4: registered today with number 4, but it arrived 40 days ago (a document entered late): the range filters on ngày đến.
  ids.earlier = (await register({ numberNotation: '99/STC-NS', issuer: 'Sở Tài chính', subject: 'V/v quyết toán ngân sách' })).id;
  const moved = await db.query(
    `update incoming_document set arrival_at = arrival_at - interval '40 days' where id = $1
     returning to_char((arrival_at at time zone 'UTC') + interval '7 hours', 'YYYY-MM-DD') as d`,
    [ids.earlier],
  );
  earlierDate = moved.rows[0].d;
});

afterAll(async () => {
  // Out of this year's lists again: the other tests and the browser test choose "the" book of the year.
  await db.query(`update register_book set year = year - 1000 where id = $1`, [bookId]);
  await db.end();
});

const exportUrl = (kind: string, from: string, to: string, book = bookId) =>
  `${stack.url}/exports/${kind}.xlsx?${new URLSearchParams({ bookId: book, from, to }).toString()}`;

async function download(client: GqlClient | null, url: string) {
  const res = await fetch(url, { headers: client ? { cookie: client.cookie } : {} });
  return res;
}

async function workbook(res: Response): Promise<ExcelJS.Workbook> {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb;
}

const rowValues = (sheet: ExcelJS.Worksheet, r: number, n: number) =>
  Array.from({ length: n }, (_, i) => {
    const v = sheet.getRow(r).getCell(i + 1).value;
    return v === undefined ? null : v;
  });

describe('sổ đăng ký văn bản đến as .xlsx', () => {
  it('prints the cover and the 10 columns of Appendix IV, cell by cell', async () => {
    const res = await download(clerk, exportUrl('incoming-register', `${year}-01-01`, `${year}-12-31`));
    expect(res.headers.get('content-disposition')).toContain(`filename="so-den-${bookCode}-${year}-01-01_${year}-12-31.xlsx"`);
    const wb = await workbook(res);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Bìa', 'Sổ đăng ký']);

    const cover = wb.getWorksheet('Bìa')!;
    expect([1, 3, 5, 6, 7, 8].map((r) => cover.getCell(r, 1).value)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH HẬU GIANG',
      'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN',
      `Năm: ${year}`,
      `Từ ngày 01/01/${year} đến ngày 31/12/${year}`,
      'Từ số 1 đến số 4',
      `Quyển số: ${bookCode}`,
    ]);
    expect(cover.getCell('A3').font).toMatchObject({ name: 'Times New Roman', bold: true });
    expect(cover.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });

    const s = wb.getWorksheet('Sổ đăng ký')!;
    expect(rowValues(s, 1, 10)).toEqual(INCOMING_HEADERS);
    expect(rowValues(s, 2, 10)).toEqual(INCOMING_HEADERS.map((_, i) => `(${i + 1})`));
    expect(s.rowCount).toBe(6);

    expect(rowValues(s, 3, 10)).toEqual([
      cellDate(today),
      1,
      'Ủy ban nhân dân tỉnh Hậu Giang',
      '183/UBND-KT',
      cellDate(vnDate(-3)),
      'Công văn: V/v triển khai kế hoạch chuyển đổi số năm 2027',
      'Chủ trì: Phòng Tài chính – Kế hoạch\nPhối hợp: Phòng Tài nguyên và Môi trường',
      cellDate(today),
      null,
      null,
    ]);
    expect(rowValues(s, 4, 10)).toEqual([
      cellDate(today),
      2,
      'Sở Nội vụ',
      '45/KH-SNV',
      cellDate(vnDate(-1)),
      'Kế hoạch triển khai cải cách hành chính năm 2027',
      'Chủ trì: Phòng Tài chính – Kế hoạch',
      cellDate(today),
      null,
      'Khẩn',
    ]);
    expect(rowValues(s, 5, 10)).toEqual([
      cellDate(today),
      3,
      'Ủy ban nhân dân tỉnh Hậu Giang',
      '07/GM-UBND',
      cellDate(vnDate(-1)),
      'Giấy mời: Mời họp giao ban',
      null,
      null,
      null,
      'Hỏa tốc',
    ]);
    expect(rowValues(s, 6, 10)).toEqual([
      cellDate(earlierDate),
      4,
      'Sở Tài chính',
      '99/STC-NS',
      cellDate(vnDate(-1)),
      'Công văn: V/v quyết toán ngân sách',
      null,
      null,
      null,
      null,
    ]);

    // Formats: dates shown dd/MM/yyyy, Times New Roman, boxed, wrapped, the header bold and centred.
    for (const col of ['A', 'E', 'H']) expect(s.getCell(`${col}3`).numFmt).toBe('dd/mm/yyyy');
    for (let c = 1; c <= 10; c++) {
      const header = s.getRow(1).getCell(c);
      expect(header.font).toMatchObject({ name: 'Times New Roman', bold: true });
      expect(header.alignment).toMatchObject({ horizontal: 'center', wrapText: true });
      const cell = s.getRow(5).getCell(c);
      expect(cell.font.name).toBe('Times New Roman');
      expect(cell.alignment.wrapText).toBe(true);
      expect([cell.border.top?.style, cell.border.left?.style, cell.border.bottom?.style, cell.border.right?.style]).toEqual(['thin', 'thin', 'thin', 'thin']);
    }
    expect(s.getCell('B3').alignment.horizontal).toBe('center');
    expect(s.getCell('F3').alignment.horizontal).toBe('left');
    expect(s.columns.map((c) => c.width)).toEqual([12, 8, 24, 16, 12, 44, 28, 12, 12, 14]);

    // Printed: A4 landscape, one page wide, the numbered header repeated on every page; frozen on screen.
    expect(s.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' });
    expect(s.headerFooter.oddFooter).toContain('Trang &P/&N');
    expect(s.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('keeps to the range of arrival dates', async () => {
    const todayOnly = (await workbook(await download(clerk, exportUrl('incoming-register', today, today)))).getWorksheet('Sổ đăng ký')!;
    expect([3, 4, 5].map((r) => todayOnly.getCell(r, 2).value)).toEqual([1, 2, 3]);
    expect(todayOnly.rowCount).toBe(5);

    const earlier = await workbook(await download(clerk, exportUrl('incoming-register', earlierDate, earlierDate)));
    expect(earlier.getWorksheet('Bìa')!.getCell('A7').value).toBe('Từ số 4 đến số 4');
    expect(earlier.getWorksheet('Bìa')!.getCell('A6').value).toBe(`Từ ngày ${viDate(earlierDate)} đến ngày ${viDate(earlierDate)}`);
    expect(rowValues(earlier.getWorksheet('Sổ đăng ký')!, 3, 2)).toEqual([cellDate(earlierDate), 4]);
    expect(earlier.getWorksheet('Sổ đăng ký')!.rowCount).toBe(3);

    const none = await workbook(await download(clerk, exportUrl('incoming-register', vnDate(1), vnDate(2))));
    expect(none.getWorksheet('Bìa')!.getCell('A7').value).toBe('Từ số … đến số …');
    expect(none.getWorksheet('Sổ đăng ký')!.rowCount).toBe(2);
  });

  it('is for the văn thư, the leaders and the administrator; others are refused in Vietnamese', async () => {
    const url = exportUrl('incoming-register', `${year}-01-01`, `${year}-12-31`);
    const anonymous = await download(null, url);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toBe('Bạn cần đăng nhập.');
    const bySpecialist = await download(specialist, url);
    expect(bySpecialist.status).toBe(403);
    expect(await bySpecialist.text()).toBe('Bạn không có quyền xem, in sổ văn bản đến.');
    expect((await download(specialist, exportUrl('incoming-follow-up', `${year}-01-01`, `${year}-12-31`))).status).toBe(403);
    expect((await download(leader, url)).status).toBe(200);
    expect((await download(admin, url)).status).toBe(200);

    const bad = await download(clerk, `${stack.url}/exports/incoming-register.xlsx?bookId=${bookId}&from=31/12/${year}&to=${year}-01-01`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe('Từ ngày không hợp lệ (định dạng yyyy-MM-dd).');
    const reversed = await download(clerk, exportUrl('incoming-register', `${year}-12-31`, `${year}-01-01`));
    expect(reversed.status).toBe(400);
    expect(await reversed.text()).toBe('Đến ngày không được trước từ ngày.');
    const unknown = await download(clerk, exportUrl('incoming-register', `${year}-01-01`, `${year}-12-31`, randomUUID()));
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe('Không tìm thấy sổ văn bản đến.');
  });
});

describe('sổ theo dõi giải quyết văn bản đến as .xlsx', () => {
  it('prints the 7 columns with deadlines and progress', async () => {
    const res = await download(leader, exportUrl('incoming-follow-up', `${year}-01-01`, `${year}-12-31`));
    expect(res.headers.get('content-disposition')).toContain(`filename="so-theo-doi-${bookCode}-${year}-01-01_${year}-12-31.xlsx"`);
    const wb = await workbook(res);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Bìa', 'Sổ theo dõi']);
    expect(wb.getWorksheet('Bìa')!.getCell('A3').value).toBe('SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN');
    const s = wb.getWorksheet('Sổ theo dõi')!;
    expect(rowValues(s, 1, 7)).toEqual(FOLLOW_UP_HEADERS);
    expect(rowValues(s, 2, 7)).toEqual(FOLLOW_UP_HEADERS.map((_, i) => `(${i + 1})`));
    expect(s.rowCount).toBe(6);
    expect(rowValues(s, 3, 7)).toEqual([
      1,
      `Công văn số 183/UBND-KT ngày ${viDate(vnDate(-3))} của Ủy ban nhân dân tỉnh Hậu Giang`,
      'Chủ trì: Phòng Tài chính – Kế hoạch (Vũ Thị Mai)\nPhối hợp: Phòng Tài nguyên và Môi trường',
      cellDate(vnDate(7)),
      [
        `Đã giải quyết ${viDate(today)}`,
        `Chủ trì – Phòng Tài chính – Kế hoạch: đã xong ${viDate(today)}: Đã tham mưu dự thảo báo cáo.`,
        'Phối hợp – Phòng Tài nguyên và Môi trường: không tiếp tục (văn bản đã kết thúc)',
      ].join('\n'),
      null,
      null,
    ]);
    expect(rowValues(s, 4, 7)).toEqual([
      2,
      `Kế hoạch số 45/KH-SNV ngày ${viDate(vnDate(-1))} của Sở Nội vụ`,
      'Chủ trì: Phòng Tài chính – Kế hoạch',
      cellDate(vnDate(7)),
      'Đang xử lý\nChủ trì – Phòng Tài chính – Kế hoạch: chờ phân công',
      null,
      'Khẩn',
    ]);
    expect(rowValues(s, 5, 7)).toEqual([3, `Giấy mời số 07/GM-UBND ngày ${viDate(vnDate(-1))} của Ủy ban nhân dân tỉnh Hậu Giang`, null, null, 'Chờ ý kiến chỉ đạo', null, 'Hỏa tốc']);
    // No deadline of its own but the one written on the document (registrationInput: 10 days ahead).
    expect(rowValues(s, 6, 7)).toEqual([4, `Công văn số 99/STC-NS ngày ${viDate(vnDate(-1))} của Sở Tài chính`, null, cellDate(vnDate(10)), 'Chờ ý kiến chỉ đạo', null, null]);
    expect(s.getCell('D3').numFmt).toBe('dd/mm/yyyy');
    expect(s.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '1:2' });
  });
});

const REPORT = `query($bookId: ID!, $from: Date!, $to: Date!) {
  incomingRegister(bookId: $bookId, from: $from, to: $to) {
    __typename
    ... on QueryIncomingRegisterSuccess { data {
      cover { governingBody agencyName title year bookCode fromDate toDate fromNumber toNumber }
      headers downloadUrl
      rows { documentId arrivalDate arrivalNumber issuer numberNotation issuedDate typeAndSubject recipients handedOverDate signature note }
    } }
    ... on Error { code message }
    ... on InputError { fieldErrors { field code message } }
  } }`;
const FOLLOW_UP = `query($bookId: ID!, $from: Date!, $to: Date!) {
  incomingFollowUp(bookId: $bookId, from: $from, to: $to) {
    __typename
    ... on QueryIncomingFollowUpSuccess { data {
      cover { title fromNumber toNumber } headers downloadUrl
      rows { documentId arrivalNumber reference recipients deadline progress replyNotation note }
    } }
    ... on Error { code message }
  } }`;
const SLIP = `query($id: ID!) {
  processingSlip(documentId: $id) {
    __typename
    ... on QueryProcessingSlipSuccess { data {
      documentId agencyName arrivalNumber arrivalDate documentTypeName numberNotation issuedDate issuer subject reference
      direction { text directedBy directedByPosition date assignments { role assignee deadline } }
      unitOpinions { role unitName assignedBy assignedByPosition handler deadline date }
      proposals { role handler unitName resultNote date }
    } }
    ... on Error { code message }
  } }`;

describe('the printable pages through GraphQL', () => {
  const period = { bookId, from: `${year}-01-01`, to: `${year}-12-31` };

  it('gives the register as the paper shows it', async () => {
    const r = (await clerk.ok(REPORT, period)).incomingRegister;
    expect(r.__typename).toBe('QueryIncomingRegisterSuccess');
    expect(r.data.cover).toEqual({
      governingBody: null,
      agencyName: 'Ủy ban nhân dân tỉnh Hậu Giang',
      title: 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN',
      year,
      bookCode,
      fromDate: `01/01/${year}`,
      toDate: `31/12/${year}`,
      fromNumber: '1',
      toNumber: '4',
    });
    expect(r.data.headers).toEqual(INCOMING_HEADERS);
    expect(r.data.downloadUrl).toBe(`/exports/incoming-register.xlsx?bookId=${bookId}&from=${year}-01-01&to=${year}-12-31`);
    expect(r.data.rows.map((x: { documentId: string }) => x.documentId)).toEqual([ids.directed, ids.inProgress, ids.waiting, ids.earlier]);
    expect(r.data.rows[0]).toEqual({
      documentId: ids.directed,
      arrivalDate: viDate(today),
      arrivalNumber: '1',
      issuer: 'Ủy ban nhân dân tỉnh Hậu Giang',
      numberNotation: '183/UBND-KT',
      issuedDate: viDate(vnDate(-3)),
      typeAndSubject: 'Công văn: V/v triển khai kế hoạch chuyển đổi số năm 2027',
      recipients: 'Chủ trì: Phòng Tài chính – Kế hoạch\nPhối hợp: Phòng Tài nguyên và Môi trường',
      handedOverDate: viDate(today),
      signature: '',
      note: '',
    });
    expect(r.data.rows[3]).toMatchObject({ arrivalDate: viDate(earlierDate), arrivalNumber: '4', recipients: '', handedOverDate: '' });

    const narrowed = (await clerk.ok(REPORT, { ...period, from: today, to: today })).incomingRegister.data;
    expect(narrowed.rows.map((x: { arrivalNumber: string }) => x.arrivalNumber)).toEqual(['1', '2', '3']);
    expect([narrowed.cover.fromNumber, narrowed.cover.toNumber]).toEqual(['1', '3']);
  });

  it('gives the follow-up register', async () => {
    const r = (await leader.ok(FOLLOW_UP, period)).incomingFollowUp;
    expect(r.__typename).toBe('QueryIncomingFollowUpSuccess');
    expect(r.data.cover).toEqual({ title: 'SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN', fromNumber: '1', toNumber: '4' });
    expect(r.data.headers).toEqual(FOLLOW_UP_HEADERS);
    expect(r.data.downloadUrl).toBe(`/exports/incoming-follow-up.xlsx?bookId=${bookId}&from=${year}-01-01&to=${year}-12-31`);
    expect(r.data.rows[0]).toMatchObject({ arrivalNumber: '1', deadline: viDate(vnDate(7)), replyNotation: '' });
    expect(r.data.rows[0].progress.split('\n')[0]).toBe(`Đã giải quyết ${viDate(today)}`);
    expect(r.data.rows[2]).toMatchObject({ arrivalNumber: '3', recipients: '', deadline: '', progress: 'Chờ ý kiến chỉ đạo', note: 'Hỏa tốc' });
  });

  it('gives the phiếu giải quyết with its three parts to whoever may see the document', async () => {
    const slip = (await specialist.ok(SLIP, { id: ids.directed })).processingSlip;
    expect(slip.__typename).toBe('QueryProcessingSlipSuccess');
    expect(slip.data).toEqual({
      documentId: ids.directed,
      agencyName: 'Ủy ban nhân dân tỉnh Hậu Giang',
      arrivalNumber: '1',
      arrivalDate: viDate(today),
      documentTypeName: 'Công văn',
      numberNotation: '183/UBND-KT',
      issuedDate: viDate(vnDate(-3)),
      issuer: 'Ủy ban nhân dân tỉnh Hậu Giang',
      subject: 'V/v triển khai kế hoạch chuyển đổi số năm 2027',
      reference: `Công văn số 183/UBND-KT ngày ${viDate(vnDate(-3))} của Ủy ban nhân dân tỉnh Hậu Giang`,
      direction: {
        text: 'Giao Phòng Tài chính – Kế hoạch chủ trì, tham mưu báo cáo UBND.',
        directedBy: 'Lê Văn Minh',
        directedByPosition: 'Chủ tịch UBND',
        date: viDate(today),
        assignments: [
          { role: 'Chủ trì', assignee: 'Phòng Tài chính – Kế hoạch', deadline: viDate(vnDate(7)) },
          { role: 'Phối hợp', assignee: 'Phòng Tài nguyên và Môi trường', deadline: viDate(vnDate(5)) },
        ],
      },
      unitOpinions: [
        {
          role: 'Chủ trì',
          unitName: 'Phòng Tài chính – Kế hoạch',
          assignedBy: 'Hoàng Văn Đức',
          assignedByPosition: 'Trưởng phòng',
          handler: 'Vũ Thị Mai',
          deadline: viDate(vnDate(6)),
          date: viDate(today),
        },
      ],
      proposals: [{ role: 'Chủ trì', handler: 'Vũ Thị Mai', unitName: 'Phòng Tài chính – Kế hoạch', resultNote: 'Đã tham mưu dự thảo báo cáo.', date: viDate(today) }],
    });

    const waiting = (await clerk.ok(SLIP, { id: ids.waiting })).processingSlip.data;
    expect(waiting).toMatchObject({ arrivalNumber: '3', direction: null, unitOpinions: [], proposals: [] });
    expect((await clerk.ok(SLIP, { id: randomUUID() })).processingSlip).toMatchObject({ __typename: 'DomainError', code: 'DOCUMENT_NOT_FOUND' });
    expect((await new GqlClient(stack.url).ok(SLIP, { id: ids.directed })).processingSlip).toMatchObject({ __typename: 'DomainError', code: 'UNAUTHENTICATED' });
  });

  it('refuses the registers with typed errors', async () => {
    expect((await specialist.ok(REPORT, period)).incomingRegister).toEqual({
      __typename: 'DomainError',
      code: 'FORBIDDEN',
      message: 'Bạn không có quyền xem, in sổ văn bản đến.',
    });
    expect((await head.ok(FOLLOW_UP, period)).incomingFollowUp).toMatchObject({ __typename: 'DomainError', code: 'FORBIDDEN' });
    expect((await new GqlClient(stack.url).ok(REPORT, period)).incomingRegister).toMatchObject({ __typename: 'DomainError', code: 'UNAUTHENTICATED' });
    const reversed = (await clerk.ok(REPORT, { ...period, from: period.to, to: period.from })).incomingRegister;
    expect(reversed).toMatchObject({ __typename: 'InputError', fieldErrors: [{ field: 'to', code: 'BEFORE_FROM', message: 'Đến ngày không được trước từ ngày.' }] });
    expect((await clerk.ok(REPORT, { ...period, bookId: randomUUID() })).incomingRegister).toMatchObject({ __typename: 'DomainError', code: 'BOOK_NOT_FOUND' });
    const badDate = await clerk.request(REPORT, { ...period, from: '2026-02-30' });
    expect(badDate.errors?.[0]?.message).toContain('Ngày không hợp lệ');
  });

  it('names the agency as the administrator writes it in the outgoing settings', async () => {
    const before = (await admin.ok(`{ outgoingSettings { agencyAbbreviation agencyName governingBody } }`)).outgoingSettings;
    expect(before).toEqual({ agencyAbbreviation: 'UBND', agencyName: 'Ủy ban nhân dân tỉnh Hậu Giang', governingBody: null });
    const update = (input: Record<string, unknown>) =>
      admin.ok(
        `mutation($input: UpdateOutgoingSettingsInput!) { updateOutgoingSettings(input: $input) {
          __typename ... on MutationUpdateOutgoingSettingsSuccess { data { agencyName governingBody } } ... on InputError { fieldErrors { field code message } } } }`,
        { input: { agencyAbbreviation: before.agencyAbbreviation, ...input } },
      );
    try {
      expect((await update({ agencyName: '  Sở Tài chính  tỉnh Hậu Giang ', governingBody: 'Ủy ban nhân dân tỉnh Hậu Giang' })).updateOutgoingSettings).toEqual({
        __typename: 'MutationUpdateOutgoingSettingsSuccess',
        data: { agencyName: 'Sở Tài chính tỉnh Hậu Giang', governingBody: 'Ủy ban nhân dân tỉnh Hậu Giang' },
      });
      const cover = (await clerk.ok(REPORT, period)).incomingRegister.data.cover;
      expect([cover.governingBody, cover.agencyName]).toEqual(['Ủy ban nhân dân tỉnh Hậu Giang', 'Sở Tài chính tỉnh Hậu Giang']);
      const sheet = (await workbook(await download(clerk, exportUrl('incoming-register', `${year}-01-01`, `${year}-12-31`)))).getWorksheet('Bìa')!;
      expect((sheet.getCell('A1').value as ExcelJS.CellRichTextValue).richText.map((p) => p.text)).toEqual(['ỦY BAN NHÂN DÂN TỈNH HẬU GIANG\n', 'SỞ TÀI CHÍNH TỈNH HẬU GIANG']);

      expect((await update({ agencyName: ' ', governingBody: 'x'.repeat(201) })).updateOutgoingSettings).toEqual({
        __typename: 'InputError',
        fieldErrors: [
          { field: 'agencyName', code: 'REQUIRED', message: 'Vui lòng nhập tên cơ quan.' },
          { field: 'governingBody', code: 'TOO_LONG', message: 'Tên cơ quan chủ quản không được dài quá 200 ký tự.' },
        ],
      });
      expect((await update({ agencyName: 'x'.repeat(201) })).updateOutgoingSettings.fieldErrors).toEqual([
        { field: 'agencyName', code: 'TOO_LONG', message: 'Tên cơ quan không được dài quá 200 ký tự.' },
      ]);
      // Left out, the names stay; an empty governing body clears it.
      expect((await update({})).updateOutgoingSettings.data).toEqual({ agencyName: 'Sở Tài chính tỉnh Hậu Giang', governingBody: 'Ủy ban nhân dân tỉnh Hậu Giang' });
      expect((await update({ governingBody: '' })).updateOutgoingSettings.data.governingBody).toBeNull();
    } finally {
      await update({ agencyName: before.agencyName, governingBody: before.governingBody ?? '' });
    }
    expect((await clerk.ok(REPORT, period)).incomingRegister.data.cover.agencyName).toBe('Ủy ban nhân dân tỉnh Hậu Giang');
  });
});

describe('where the document went, after parts were undone', () => {
  // A book of its own, so that the rows above keep their numbers.
  const movedBookId = randomUUID();
  let documentId = '';

  beforeAll(async () => {
    await db.query(`insert into register_book (id, year, direction, code, name, last_number) values ($1, $2, 'incoming', $3, $4, 0)`, [
      movedBookId,
      year,
      `${bookCode}-B`,
      `Sổ kiểm thử chuyển tiếp năm ${year}`,
    ]);
    const [tckh, tnmt, nv] = await Promise.all(['TCKH', 'TNMT', 'NV'].map((c) => unitIdByCode(leader, c)));
    const people = Object.fromEntries(
      (await leader.ok(`{ users { id username } }`)).users.map((u: { id: string; username: string }) => [u.username, u.id]),
    ) as Record<string, string>;
    const r = (await clerk.ok(REGISTER, { input: registrationInput(movedBookId, { numberNotation: '310/SNV-TCBC', issuer: 'Sở Nội vụ' }) })).registerIncomingDocument;
    documentId = r.data.id;
    const directed = (
      await leader.ok(DIRECT, {
        input: {
          documentId,
          direction: 'Giao Phòng Tài chính – Kế hoạch chủ trì.',
          lead: { unitId: tckh, deadline: vnDate(7) },
          coordinators: [
            { unitId: tnmt, deadline: vnDate(5) },
            { userId: people['chuyenvien.tnmt'], deadline: vnDate(5) },
          ],
        },
      })
    ).directIncomingDocument.data.assignments as Array<{ id: string; role: string; unit: { code: string } | null }>;
    const lead = directed.find((a) => a.role === 'LEAD')!;
    const tnmtUnit = directed.find((a) => a.role === 'COORDINATE' && a.unit?.code === 'TNMT')!;
    const tnmtPerson = directed.find((a) => a.role === 'COORDINATE' && a.id !== tnmtUnit.id)!;
    // Thu hồi: the phối hợp person is taken back. Chuyển tiếp: the phối hợp unit moves to Nội vụ, the chủ trì's specialist to another.
    expect((await leader.ok(WITHDRAW, { input: { assignmentId: tnmtPerson.id, reason: 'Không cần phối hợp.' } })).withdrawAssignment.__typename).toBe(
      'MutationWithdrawAssignmentSuccess',
    );
    const moved = (await leader.ok(REASSIGN, { input: { assignmentId: tnmtUnit.id, unitId: nv, deadline: vnDate(6), reason: 'Thuộc lĩnh vực nội vụ.' } }))
      .reassignAssignment;
    expect(moved.__typename).toBe('MutationReassignAssignmentSuccess');
    const assigned = (await head.ok(ASSIGN, { input: { assignmentId: lead.id, userId: people['chuyenvien.tckh'], deadline: vnDate(6) } })).assignHandler;
    const child = assigned.data.assignments.find((a: { id: string }) => a.id === lead.id).children[0];
    const handedOn = (await head.ok(REASSIGN, { input: { assignmentId: child.id, userId: people['chuyenvien2.tckh'], deadline: vnDate(6), reason: 'Chuyên viên đi công tác.' } }))
      .reassignAssignment;
    expect(handedOn.__typename).toBe('MutationReassignAssignmentSuccess');
  });

  afterAll(() => db.query(`update register_book set year = year - 1000 where id = $1`, [movedBookId]));

  const period = () => ({ bookId: movedBookId, from: `${year}-01-01`, to: `${year}-12-31` });

  it('names the units and people it is with now, in the .xlsx and on the printable pages; the progress tells the rest', async () => {
    const register = (await workbook(await download(clerk, exportUrl('incoming-register', `${year}-01-01`, `${year}-12-31`, movedBookId)))).getWorksheet('Sổ đăng ký')!;
    expect(register.rowCount).toBe(3);
    expect(register.getCell('G3').value).toBe('Chủ trì: Phòng Tài chính – Kế hoạch\nPhối hợp: Phòng Nội vụ');
    const followUp = (await workbook(await download(clerk, exportUrl('incoming-follow-up', `${year}-01-01`, `${year}-12-31`, movedBookId)))).getWorksheet('Sổ theo dõi')!;
    expect(followUp.getCell('C3').value).toBe('Chủ trì: Phòng Tài chính – Kế hoạch (Đặng Quốc Bảo)\nPhối hợp: Phòng Nội vụ');
    const progress = String(followUp.getCell('E3').value).split('\n');
    expect(progress.slice(0, 2)).toEqual(['Đang xử lý', 'Chủ trì – Phòng Tài chính – Kế hoạch: đang xử lý (Đặng Quốc Bảo)']);
    // The two parts given in the direction come in the order of their ids; the part moved to Nội vụ after them.
    expect(progress.slice(2, 4).sort()).toEqual(['Phối hợp – Ngô Văn Hải: đã thu hồi', 'Phối hợp – Phòng Tài nguyên và Môi trường: đã chuyển tiếp']);
    expect(progress.slice(4)).toEqual(['Phối hợp – Phòng Nội vụ: chờ phân công']);

    const rows = (await clerk.ok(REPORT, period())).incomingRegister.data.rows;
    expect(rows.map((x: { recipients: string }) => x.recipients)).toEqual(['Chủ trì: Phòng Tài chính – Kế hoạch\nPhối hợp: Phòng Nội vụ']);
    const follow = (await leader.ok(FOLLOW_UP, period())).incomingFollowUp.data.rows;
    expect(follow[0]).toMatchObject({ recipients: 'Chủ trì: Phòng Tài chính – Kế hoạch (Đặng Quốc Bảo)\nPhối hợp: Phòng Nội vụ', deadline: viDate(vnDate(7)) });
  });

  it('the phiếu lists the parts as they stand', async () => {
    const slip = (await leader.ok(SLIP, { id: documentId })).processingSlip.data;
    expect(slip.direction.assignments).toEqual([
      { role: 'Chủ trì', assignee: 'Phòng Tài chính – Kế hoạch', deadline: viDate(vnDate(7)) },
      { role: 'Phối hợp', assignee: 'Phòng Nội vụ', deadline: viDate(vnDate(6)) },
    ]);
    expect(slip.unitOpinions.map((o: { handler: string }) => o.handler)).toEqual(['Đặng Quốc Bảo']);
  });
});
