import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { vnToday } from '../../shared/dates.ts';
import { findIncomingBook, registerCover, type RegisterCover } from './register-cover.ts';
import { loadRegisterEntries } from './register-entries.ts';
import { deadlineOf, documentReference, noteText, progressText, recipientsText } from './register-format.ts';
import { periodInstants, validateRegisterPeriod } from './register-period.ts';
import { requireRegisterReader } from './register-access.ts';

export const INCOMING_FOLLOW_UP_TITLE = 'SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN';

/** One line of the sổ theo dõi giải quyết văn bản đến, its 7 columns in the order of Appendix IV. */
export interface IncomingFollowUpRow {
  documentId: string;
  /** (1) Số đến */
  arrivalNumber: number;
  /** (2) Tên loại, số, ký hiệu, ngày, tháng và tên cơ quan, tổ chức ban hành văn bản */
  reference: string;
  /** (3) Đơn vị hoặc người nhận, with the person each unit gave it to */
  recipients: string;
  /** (4) Thời hạn giải quyết, yyyy-MM-dd */
  deadline: string | null;
  /** (5) Tiến độ giải quyết */
  progress: string;
  /** (6) Số, ký hiệu văn bản trả lời: outgoing documents are not linked yet */
  replyNotation: string;
  /** (7) Ghi chú */
  note: string;
}

export interface IncomingFollowUp {
  cover: RegisterCover;
  rows: IncomingFollowUpRow[];
}

/** Sổ theo dõi giải quyết văn bản đến (Decree 30/2020, App. IV) for a book and a range of arrival dates. */
export async function listIncomingFollowUp(opts: {
  em: EntityManager;
  actor: Actor;
  bookId: string;
  from: string;
  to: string;
  now: Date;
}): Promise<IncomingFollowUp> {
  requireRegisterReader(opts.actor);
  const period = validateRegisterPeriod(opts);
  const book = await findIncomingBook(opts.em, period.bookId);
  const entries = await loadRegisterEntries(opts.em, { actor: opts.actor, bookId: book.id, ...periodInstants(period) });
  const today = vnToday(opts.now);
  const rows = entries.map(
    (e): IncomingFollowUpRow => ({
      documentId: e.id,
      arrivalNumber: e.arrivalNumber,
      reference: documentReference(e),
      recipients: recipientsText(e.parts, { withHandlers: true }),
      deadline: deadlineOf(e),
      progress: progressText(e, today),
      replyNotation: '',
      note: noteText(e),
    }),
  );
  const cover = await registerCover(opts.em, { title: INCOMING_FOLLOW_UP_TITLE, book, period, numbers: rows.map((r) => r.arrivalNumber) });
  return { cover, rows };
}
