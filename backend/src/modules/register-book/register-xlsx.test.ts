import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportIncomingFollowUpXlsx } from './export-incoming-follow-up-xlsx.ts';
import { exportIncomingRegisterXlsx, incomingRegisterFileName, INCOMING_REGISTER_COLUMNS } from './export-incoming-register-xlsx.ts';
import type { IncomingRegister } from './list-incoming-register.ts';
import type { RegisterCover } from './register-cover.ts';

const cover: RegisterCover = {
  bookId: '0b7d3f5e-8a51-4d6e-9a1c-2f0e6b9d4c11',
  governingBody: null,
  agencyName: 'Ủy ban nhân dân tỉnh Hậu Giang',
  title: 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN',
  year: 2026,
  bookCode: 'VBD',
  bookName: 'Sổ văn bản đến năm 2026',
  from: '2026-01-01',
  to: '2026-12-31',
  fromNumber: 7,
  toNumber: 8,
};

const report: IncomingRegister = {
  cover,
  rows: [
    {
      documentId: 'd1',
      arrivalDate: '2026-11-20',
      arrivalNumber: 7,
      issuer: 'UBND tỉnh',
      numberNotation: '183/UBND-KT',
      issuedDate: '2026-11-19',
      typeAndSubject: 'Công văn: V/v chuyển đổi số',
      recipients: 'Chủ trì: Phòng Tài chính – Kế hoạch',
      handedOverDate: '2026-11-21',
      signature: '',
      note: 'Khẩn',
    },
    {
      documentId: 'd2',
      arrivalDate: '2026-11-21',
      arrivalNumber: 8,
      issuer: 'Sở Nội vụ',
      numberNotation: '12/SNV-VP',
      issuedDate: '2026-11-20',
      typeAndSubject: 'Công văn: V/v tuyển dụng',
      recipients: '',
      handedOverDate: null,
      signature: '',
      note: '',
    },
  ],
};

async function build(write: (stream: PassThrough) => Promise<void>): Promise<ExcelJS.Workbook> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  await write(stream);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return wb;
}

describe('register workbook', () => {
  it('has a cover and the register with the legal header, typed cells and print setup', async () => {
    const wb = await build((stream) => exportIncomingRegisterXlsx({ report, stream }));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Bìa', 'Sổ đăng ký']);
    const [c, s] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect([1, 3, 5, 6, 7, 8].map((r) => c.getCell(r, 1).value)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH HẬU GIANG',
      'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN',
      'Năm: 2026',
      'Từ ngày 01/01/2026 đến ngày 31/12/2026',
      'Từ số 7 đến số 8',
      'Quyển số: VBD',
    ]);

    expect(s.getRow(1).values).toEqual([undefined, ...INCOMING_REGISTER_COLUMNS.map((col) => col.header)]);
    expect(s.getRow(2).values).toEqual([undefined, '(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)']);
    expect(s.getCell('A3').value).toEqual(new Date('2026-11-20T00:00:00Z'));
    expect(s.getCell('A3').numFmt).toBe('dd/mm/yyyy');
    expect(s.getCell('B3').value).toBe(7);
    expect(s.getCell('F3').value).toBe('Công văn: V/v chuyển đổi số');
    expect(s.getCell('H3').value).toEqual(new Date('2026-11-21T00:00:00Z'));
    expect(s.getCell('H4').value).toBeNull();
    expect(s.getCell('I4').border.left?.style).toBe('thin');
    expect(s.getCell('F3').font.name).toBe('Times New Roman');
    expect(s.getCell('F3').alignment.wrapText).toBe(true);
    expect(s.pageSetup.orientation).toBe('landscape');
    expect(s.pageSetup.paperSize).toBe(9);
    expect(s.pageSetup.printTitlesRow).toBe('1:2');
    expect(s.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(s.rowCount).toBe(4);
    expect(incomingRegisterFileName(report)).toBe('so-den-VBD-2026-01-01_2026-12-31.xlsx');
  });

  it('writes the 7 columns of the follow-up register', async () => {
    const wb = await build((stream) =>
      exportIncomingFollowUpXlsx({
        stream,
        report: {
          cover: { ...cover, governingBody: 'Ủy ban nhân dân tỉnh Hậu Giang', agencyName: 'Sở Tài chính', title: 'SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN', fromNumber: null, toNumber: null },
          rows: [{ documentId: 'd', arrivalNumber: 3, reference: 'Công văn số 1/UBND', recipients: 'Chủ trì: A', deadline: '2026-11-27', progress: 'Đang xử lý', replyNotation: '', note: '' }],
        },
      }),
    );
    const [c, s] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(c.getCell('A7').value).toBe('Từ số … đến số …');
    // The governing body's line, then the agency's in bold.
    expect(c.getCell('A1').value).toEqual({
      richText: [
        { text: 'ỦY BAN NHÂN DÂN TỈNH HẬU GIANG\n', font: { name: 'Times New Roman', size: 14 } },
        { text: 'SỞ TÀI CHÍNH', font: { name: 'Times New Roman', size: 14, bold: true } },
      ],
    });
    expect(s.getRow(1).cellCount).toBe(7);
    expect(s.getCell('D3').value).toEqual(new Date('2026-11-27T00:00:00Z'));
    expect(s.getCell('E3').value).toBe('Đang xử lý');
  });
});
