import type { EntityManager } from '@mikro-orm/postgresql';
import { RegisterBook } from './register-book.entity.ts';
import { bookNotFound } from './register-book.errors.ts';
import type { RegisterPeriod } from './register-period.ts';

/** The cover and first page of a register book (Decree 30/2020, App. IV: tên cơ quan, năm, từ ngày–đến ngày, từ số–đến số, quyển số). */
export interface RegisterCover {
  bookId: string;
  agencyName: string;
  title: string;
  year: number;
  bookCode: string;
  bookName: string;
  /** yyyy-MM-dd */
  from: string;
  to: string;
  /** The first and last số đến printed; null for an empty period. */
  fromNumber: number | null;
  toNumber: number | null;
}

/**
 * The agency is the root of the org tree. Its leadership unit is often named after the people
 * ("Lãnh đạo UBND"); the cover names the agency ("UBND"), so that prefix goes.
 */
export async function agencyName(em: EntityManager): Promise<string> {
  const rows = await em.execute<{ name: string }[]>(`select name from unit where parent_id is null order by sort_order, name limit 1`);
  const name = rows[0]?.name ?? '';
  return name.replace(/^lãnh đạo\s+/iu, '').trim() || name;
}

export async function findIncomingBook(em: EntityManager, bookId: string): Promise<RegisterBook> {
  const book = await em.findOne(RegisterBook, { id: bookId, direction: 'incoming' });
  if (!book) throw bookNotFound();
  return book;
}

export async function registerCover(
  em: EntityManager,
  opts: { title: string; book: RegisterBook; period: RegisterPeriod; numbers: number[] },
): Promise<RegisterCover> {
  const { book, numbers } = opts;
  return {
    bookId: book.id,
    agencyName: await agencyName(em),
    title: opts.title,
    year: book.year,
    bookCode: book.code,
    bookName: book.name,
    from: opts.period.from,
    to: opts.period.to,
    fromNumber: numbers.length ? numbers[0]! : null,
    toNumber: numbers.length ? numbers[numbers.length - 1]! : null,
  };
}
