import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { findIncomingBook, registerCover, type RegisterCover } from './register-cover.ts';
import { loadRegisterEntries } from './register-entries.ts';
import { noteText, recipientsText, typeAndSubject } from './register-format.ts';
import { periodInstants, validateRegisterPeriod } from './register-period.ts';
import { requireRegisterReader } from './register-access.ts';

export const INCOMING_REGISTER_TITLE = 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN';

/** One line of the sổ đăng ký văn bản đến, its 10 columns in the order of Appendix IV; dates yyyy-MM-dd. */
export interface IncomingRegisterRow {
  documentId: string;
  /** (1) Ngày đến */
  arrivalDate: string;
  /** (2) Số đến */
  arrivalNumber: number;
  /** (3) Tác giả */
  issuer: string;
  /** (4) Số, ký hiệu văn bản */
  numberNotation: string;
  /** (5) Ngày tháng văn bản */
  issuedDate: string;
  /** (6) Tên loại và trích yếu nội dung văn bản */
  typeAndSubject: string;
  /** (7) Đơn vị hoặc người nhận: the chủ trì and phối hợp named by the leader */
  recipients: string;
  /** (8) Ngày chuyển: when the direction handed it on; empty before */
  handedOverDate: string | null;
  /** (9) Ký nhận: signed by hand on the printed book */
  signature: string;
  /** (10) Ghi chú */
  note: string;
}

export interface IncomingRegister {
  cover: RegisterCover;
  rows: IncomingRegisterRow[];
}

/** Sổ đăng ký văn bản đến (Decree 30/2020 art. 22, App. IV) for a book and a range of arrival dates, in số đến order. */
export async function listIncomingRegister(opts: {
  em: EntityManager;
  actor: Actor;
  bookId: string;
  from: string;
  to: string;
}): Promise<IncomingRegister> {
  requireRegisterReader(opts.actor);
  const period = validateRegisterPeriod(opts);
  const book = await findIncomingBook(opts.em, period.bookId);
  const entries = await loadRegisterEntries(opts.em, { actor: opts.actor, bookId: book.id, ...periodInstants(period) });
  const rows = entries.map(
    (e): IncomingRegisterRow => ({
      documentId: e.id,
      arrivalDate: e.arrivalDate,
      arrivalNumber: e.arrivalNumber,
      issuer: e.issuer,
      numberNotation: e.numberNotation,
      issuedDate: e.issuedDate,
      typeAndSubject: typeAndSubject(e.documentTypeCode, e.subject),
      recipients: recipientsText(e.parts),
      handedOverDate: e.directedDate,
      signature: '',
      note: noteText(e),
    }),
  );
  const cover = await registerCover(opts.em, { title: INCOMING_REGISTER_TITLE, book, period, numbers: rows.map((r) => r.arrivalNumber) });
  return { cover, rows };
}
