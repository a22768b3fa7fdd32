import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { vnYear } from '../../shared/dates.ts';
import { DomainError } from '../../shared/errors.ts';
import { getActiveAgency } from '../agency/list-agencies.ts';
import { AgencyErrorCode } from '../agency/agency.errors.ts';
import { forbidden } from '../org/org.errors.ts';
import { chooseBook, listIncomingBooksOfYear } from '../register-book/choose-book.ts';
import { PossibleDuplicateError } from './document.errors.ts';
import { findPossibleDuplicates, issuerNamesOf } from './find-possible-duplicates.ts';
import type { CleanRegistration, ValidRegistration } from './validate-incoming.ts';

/**
 * What the edge settles before the workflow is started, reading only: the issuer from the directory
 * (its name and current code), the book (chosen or checked against the độ mật), and the duplicate
 * warning, which stops the registration until the văn thư confirms it.
 */
export async function prepareRegistration(opts: {
  em: EntityManager;
  actor: Actor;
  input: ValidRegistration;
  confirmDuplicate: boolean;
  now: Date;
}): Promise<CleanRegistration> {
  const { em, input } = opts;
  if (!opts.actor.roles.includes('clerk')) throw forbidden('vào sổ văn bản đến');
  const agency = input.issuerAgencyId ? await getActiveAgency({ em, id: input.issuerAgencyId }) : null;
  if (input.issuerAgencyId && !agency) {
    throw new DomainError(AgencyErrorCode.NotFound, 'Không tìm thấy cơ quan ban hành trong danh mục.', 'issuer');
  }
  // Two independent reads waited for together; the errors still come in the same order (issuer, book, duplicate).
  const [books, duplicates] = await Promise.all([
    listIncomingBooksOfYear(em, vnYear(opts.now)),
    findPossibleDuplicates({
      em,
      actor: opts.actor,
      issuerNames: issuerNamesOf(input.issuer, agency),
      issuerAgencyId: input.issuerAgencyId,
      numberNotation: input.numberNotation,
      issuedDate: input.issuedDate,
    }),
  ]);
  const book = chooseBook(books, input.confidentiality, input.bookId);
  if (duplicates.length && !opts.confirmDuplicate) throw new PossibleDuplicateError(duplicates);
  return {
    ...input,
    bookId: book.id,
    // Chosen from the directory: the document keeps the agency's name and code as they are today.
    issuer: agency?.name ?? input.issuer,
    issuerAgencyCode: agency?.code ?? null,
    ...(duplicates.length ? { confirmedDuplicateIds: duplicates.map((d) => d.id) } : {}),
  };
}
