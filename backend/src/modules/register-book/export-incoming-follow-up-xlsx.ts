import type { Writable } from 'node:stream';
import type { IncomingFollowUp, IncomingFollowUpRow } from './list-incoming-follow-up.ts';
import { registerFileName, writeRegisterWorkbook, type RegisterColumn } from './register-xlsx.ts';

/** The 7 columns of the sổ theo dõi giải quyết văn bản đến, headers worded as in Decree 30/2020, Appendix IV. */
export const INCOMING_FOLLOW_UP_COLUMNS: RegisterColumn<IncomingFollowUpRow>[] = [
  { header: 'Số đến', width: 8, kind: 'number', center: true, value: (r) => r.arrivalNumber },
  {
    header: 'Tên loại, số, ký hiệu, ngày, tháng và tên cơ quan, tổ chức ban hành văn bản',
    width: 44,
    kind: 'text',
    value: (r) => r.reference,
  },
  { header: 'Đơn vị hoặc người nhận', width: 32, kind: 'text', value: (r) => r.recipients },
  { header: 'Thời hạn giải quyết', width: 13, kind: 'date', center: true, value: (r) => r.deadline },
  { header: 'Tiến độ giải quyết', width: 46, kind: 'text', value: (r) => r.progress },
  { header: 'Số, ký hiệu văn bản trả lời', width: 16, kind: 'text', center: true, value: (r) => r.replyNotation },
  { header: 'Ghi chú', width: 14, kind: 'text', value: (r) => r.note },
];

export const incomingFollowUpFileName = (report: IncomingFollowUp) => registerFileName('so-theo-doi', report.cover);

export function exportIncomingFollowUpXlsx(opts: { report: IncomingFollowUp; stream: Writable }): Promise<void> {
  return writeRegisterWorkbook({
    stream: opts.stream,
    cover: opts.report.cover,
    sheetName: 'Sổ theo dõi',
    columns: INCOMING_FOLLOW_UP_COLUMNS,
    rows: opts.report.rows,
  });
}
