import type { EntityManager } from '@mikro-orm/postgresql';
import type { Confidentiality } from '../document/document.entity.ts';
import { RegisterBook } from './register-book.entity.ts';
import { bookFieldError, bookInactive, bookNotFound, RegisterBookErrorCode } from './register-book.errors.ts';

export type BookChoiceInfo = Pick<RegisterBook, 'id' | 'code' | 'name' | 'confidential' | 'advisoryBody' | 'active'>;

/**
 * Which book a document goes into (Decree 30 art. 15.2, 22): a mật/tối mật/tuyệt mật document into the
 * confidential book when the agency keeps one, an ordinary document never into it. When the văn thư
 * chose a book, the choice is checked; otherwise the rule picks the agency's main book of that kind
 * (advisory bodies' books are only ever chosen by hand). `books` are the year's incoming books.
 */
export function chooseBook(books: readonly BookChoiceInfo[], confidentiality: Confidentiality, bookId: string | null): BookChoiceInfo {
  const secret = confidentiality !== 'normal';
  const active = books.filter((b) => b.active);
  const confidentialBook = active.find((b) => b.confidential && !b.advisoryBody) ?? active.find((b) => b.confidential);
  if (bookId) {
    const book = books.find((b) => b.id === bookId);
    if (!book) throw bookNotFound();
    if (!book.active) throw bookInactive(book.name);
    if (secret && !book.confidential && confidentialBook) {
      throw bookFieldError(
        RegisterBookErrorCode.NotConfidential,
        `Văn bản mật phải vào sổ văn bản mật (“${confidentialBook.name}”), không vào “${book.name}”.`,
      );
    }
    if (!secret && book.confidential) {
      throw bookFieldError(RegisterBookErrorCode.OnlyConfidential, `Sổ “${book.name}” chỉ dành cho văn bản mật; văn bản thường vào sổ khác.`);
    }
    return book;
  }
  const candidates = active
    .filter((b) => !b.advisoryBody && (secret && confidentialBook ? b.confidential : !b.confidential))
    .sort((a, b) => a.code.localeCompare(b.code));
  const picked = candidates[0];
  if (!picked) throw bookFieldError(RegisterBookErrorCode.NoSuitableBook, 'Chưa có sổ văn bản đến phù hợp cho năm nay, vui lòng chọn sổ.');
  return picked;
}

export function listIncomingBooksOfYear(em: EntityManager, year: number): Promise<RegisterBook[]> {
  return em.find(RegisterBook, { year, direction: 'incoming' });
}
