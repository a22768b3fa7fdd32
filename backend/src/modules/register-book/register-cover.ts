import type { EntityManager } from '@mikro-orm/postgresql';
import { getOutgoingSettings } from '../outgoing/outgoing-settings.ts';
import { RegisterBook } from './register-book.entity.ts';
import { bookNotFound } from './register-book.errors.ts';
import type { RegisterPeriod } from './register-period.ts';

/** The cover and first page of a register book (Decree 30/2020, App. IV: tên cơ quan, năm, từ ngày–đến ngày, từ số–đến số, quyển số). */
export interface RegisterCover {
  bookId: string;
  /** Tên cơ quan chủ quản, above the agency's name; null when there is none. */
  governingBody: string | null;
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

/** Tên cơ quan as the administrator wrote it in the outgoing settings (covers, phiếu, the issuer of what it sends). */
export async function agencyName(em: EntityManager): Promise<string> {
  return (await getOutgoingSettings(em)).agencyName;
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
  const settings = await getOutgoingSettings(em);
  return {
    bookId: book.id,
    governingBody: settings.governingBody,
    agencyName: settings.agencyName,
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
