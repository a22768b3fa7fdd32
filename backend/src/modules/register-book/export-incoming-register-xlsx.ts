import type { Writable } from 'node:stream';
import type { IncomingRegister, IncomingRegisterRow } from './list-incoming-register.ts';
import { registerFileName, writeRegisterWorkbook, type RegisterColumn } from './register-xlsx.ts';

/** The 10 columns of the sổ đăng ký văn bản đến, headers worded as in Decree 30/2020, Appendix IV. */
export const INCOMING_REGISTER_COLUMNS: RegisterColumn<IncomingRegisterRow>[] = [
  { header: 'Ngày đến', width: 12, kind: 'date', center: true, value: (r) => r.arrivalDate },
  { header: 'Số đến', width: 8, kind: 'number', center: true, value: (r) => r.arrivalNumber },
  { header: 'Tác giả', width: 24, kind: 'text', value: (r) => r.issuer },
  { header: 'Số, ký hiệu văn bản', width: 16, kind: 'text', center: true, value: (r) => r.numberNotation },
  { header: 'Ngày tháng văn bản', width: 12, kind: 'date', center: true, value: (r) => r.issuedDate },
  { header: 'Tên loại và trích yếu nội dung văn bản', width: 44, kind: 'text', value: (r) => r.typeAndSubject },
  { header: 'Đơn vị hoặc người nhận', width: 28, kind: 'text', value: (r) => r.recipients },
  { header: 'Ngày chuyển', width: 12, kind: 'date', center: true, value: (r) => r.handedOverDate },
  { header: 'Ký nhận', width: 12, kind: 'text', center: true, value: (r) => r.signature },
  { header: 'Ghi chú', width: 14, kind: 'text', value: (r) => r.note },
];

export const incomingRegisterFileName = (report: IncomingRegister) => registerFileName('so-den', report.cover);

/** The register as an .xlsx written into the stream (an HTTP response, a file). */
export function exportIncomingRegisterXlsx(opts: { report: IncomingRegister; stream: Writable }): Promise<void> {
  return writeRegisterWorkbook({
    stream: opts.stream,
    cover: opts.report.cover,
    sheetName: 'Sổ đăng ký',
    columns: INCOMING_REGISTER_COLUMNS,
    rows: opts.report.rows,
  });
}
