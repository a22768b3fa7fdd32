import type { Writable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { vnToday } from '../../shared/dates.ts';
import { forbidden } from '../org/org.errors.ts';
import { RegisterBook } from '../register-book/register-book.entity.ts';
import { bookNotFound } from '../register-book/register-book.errors.ts';
import { canReadRegisters } from '../register-book/register-access.ts';
import { registerCover, type RegisterCover } from '../register-book/register-cover.ts';
import { noteText, typeAndSubject } from '../register-book/register-format.ts';
import { validateRegisterPeriod } from '../register-book/register-period.ts';
import { registerFileName, writeRegisterWorkbook, type RegisterColumn } from '../register-book/register-xlsx.ts';
import { visibleOutgoingSql } from './outgoing-visibility.ts';

export const OUTGOING_REGISTER_TITLE = 'SỔ ĐĂNG KÝ VĂN BẢN ĐI';

const AUTHORITY = { none: '', tm: 'TM. ', kt: 'KT. ', tl: 'TL. ', tuq: 'TUQ. ', q: 'Q. ' } as const;

/** One line of the sổ đăng ký văn bản đi, its 10 columns in the order of Appendix IV; dates yyyy-MM-dd. */
export interface OutgoingRegisterRow {
  documentId: string;
  number: number;
  /** (1) Số, ký hiệu văn bản */
  numberNotation: string;
  /** (2) Ngày tháng văn bản */
  issuedDate: string;
  /** (3) Tên loại và trích yếu nội dung văn bản */
  typeAndSubject: string;
  /** (4) Người ký */
  signer: string;
  /** (5) Nơi nhận văn bản */
  recipients: string;
  /** (6) Đơn vị, người nhận bản lưu */
  keeper: string;
  /** (7) Số lượng bản */
  copies: number;
  /** (8) Ngày chuyển */
  handedOverDate: string | null;
  /** (9) Ký nhận */
  signature: string;
  /** (10) Ghi chú */
  note: string;
}

export interface OutgoingRegister {
  cover: RegisterCover;
  rows: OutgoingRegisterRow[];
}

/** Sổ đăng ký văn bản đi (Decree 30/2020 art. 16, App. IV) of an outgoing book for a range of issue dates, in number order. */
export async function listOutgoingRegister(opts: { em: EntityManager; actor: Actor; bookId: string; from: string; to: string }): Promise<OutgoingRegister> {
  if (!canReadRegisters(opts.actor)) throw forbidden('xem, in sổ văn bản đi');
  const period = validateRegisterPeriod(opts);
  const book = await opts.em.findOne(RegisterBook, { id: period.bookId, direction: 'outgoing' });
  if (!book) throw bookNotFound();
  const v = visibleOutgoingSql(opts.actor);
  const rows = await opts.em.execute<
    Array<{ id: string; number: number; number_notation: string; issued_date: string; document_type_code: string; subject: string; signer: string | null; signing_authority: keyof typeof AUTHORITY | null; signer_position: string | null; copies: number; issued_at: string | Date; urgency: 'normal'; confidentiality: 'normal'; status: string; recall_reason: string | null; relation_kind: string | null; relates_notation: string | null; recipients: string | null; unit_name: string }>
  >(
    `select o.id, o.number, o.number_notation, to_char(o.issued_date, 'YYYY-MM-DD') as issued_date, o.document_type_code, o.subject,
            u.full_name as signer, o.signing_authority, o.signer_position, o.copies, o.issued_at, o.urgency, o.confidentiality, o.status,
            o.recall_reason, o.relation_kind, r.number_notation as relates_notation, du.name as unit_name,
            (select string_agg(x.name, E'\\n' order by x.position) from outgoing_recipient x where x.document_id = o.id) as recipients
       from outgoing_document o
       left join app_user u on u.id = o.signed_by_id
       left join outgoing_document r on r.id = o.relates_to_id
       join unit du on du.id = o.drafting_unit_id
      where o.book_id = ?::uuid and o.issued_date between ?::date and ?::date and ${v.sql}
      order by o.number`,
    [book.id, period.from, period.to, ...v.params],
  );
  const out = rows.map((r): OutgoingRegisterRow => {
    const relation = r.relation_kind === 'replacement' ? `Thay thế văn bản ${r.relates_notation}` : r.relation_kind === 'correction' ? `Đính chính văn bản ${r.relates_notation}` : null;
    const status = r.status === 'recalled' ? `Đã thu hồi: ${r.recall_reason ?? ''}` : r.status === 'replaced' ? 'Đã được thay thế' : null;
    return {
      documentId: r.id,
      number: r.number,
      numberNotation: r.number_notation,
      issuedDate: r.issued_date,
      typeAndSubject: typeAndSubject(r.document_type_code, r.subject),
      signer: [`${AUTHORITY[r.signing_authority ?? 'none']}${r.signer_position ?? ''}`.trim(), r.signer].filter(Boolean).join('\n'),
      recipients: r.recipients ?? '',
      keeper: `Lưu: VT, ${r.unit_name}`,
      copies: r.copies,
      handedOverDate: vnToday(new Date(r.issued_at)),
      signature: '',
      note: [noteText({ urgency: r.urgency, confidentiality: r.confidentiality }), relation, status].filter(Boolean).join('\n'),
    };
  });
  const cover = await registerCover(opts.em, { title: OUTGOING_REGISTER_TITLE, book, period, numbers: out.map((r) => r.number) });
  return { cover, rows: out };
}

export const OUTGOING_REGISTER_COLUMNS: RegisterColumn<OutgoingRegisterRow>[] = [
  { header: 'Số, ký hiệu văn bản', width: 16, kind: 'text', center: true, value: (r) => r.numberNotation },
  { header: 'Ngày tháng văn bản', width: 12, kind: 'date', center: true, value: (r) => r.issuedDate },
  { header: 'Tên loại và trích yếu nội dung văn bản', width: 44, kind: 'text', value: (r) => r.typeAndSubject },
  { header: 'Người ký', width: 20, kind: 'text', value: (r) => r.signer },
  { header: 'Nơi nhận văn bản', width: 28, kind: 'text', value: (r) => r.recipients },
  { header: 'Đơn vị, người nhận bản lưu', width: 18, kind: 'text', value: (r) => r.keeper },
  { header: 'Số lượng bản', width: 9, kind: 'number', center: true, value: (r) => r.copies },
  { header: 'Ngày chuyển', width: 12, kind: 'date', center: true, value: (r) => r.handedOverDate },
  { header: 'Ký nhận', width: 12, kind: 'text', center: true, value: (r) => r.signature },
  { header: 'Ghi chú', width: 16, kind: 'text', value: (r) => r.note },
];

export const outgoingRegisterFileName = (report: OutgoingRegister) => registerFileName('so-di', report.cover);

export function exportOutgoingRegisterXlsx(opts: { report: OutgoingRegister; stream: Writable }): Promise<void> {
  return writeRegisterWorkbook({ stream: opts.stream, cover: opts.report.cover, sheetName: 'Sổ đăng ký', columns: OUTGOING_REGISTER_COLUMNS, rows: opts.report.rows });
}
