import type { EntityManager } from '@mikro-orm/postgresql';
import { isIsoDate } from '../../shared/dates.ts';
import { cleanText } from '../../shared/text.ts';
import type { Agency } from '../agency/agency.entity.ts';
import type { Actor } from '../../shared/actor.ts';
import { IncomingDocument } from './document.entity.ts';
import { visibleDocumentSql } from './visibility.ts';

/** The names an issuer may have been registered under: as typed, and the directory's name and short name. */
export function issuerNamesOf(typed: string, agency: Pick<Agency, 'name' | 'shortName'> | null): string[] {
  return [typed, ...(agency ? [agency.name, agency.shortName ?? ''] : [])];
}

/**
 * Earlier registered incoming documents with the same issuer, số/ký hiệu and ngày văn bản, in any book and
 * year (a document received electronically and not yet registered is not a registration).
 * Issuer and number compare without case, diacritics or spaces ("183/QD-UBND" is "183/QĐ-UBND"); the
 * issuer matches by any of the names given (typed name, directory name and short name) or by directory id.
 */
export async function findPossibleDuplicates(opts: {
  em: EntityManager;
  /** Only documents this actor may see are named (visibility.ts): the check must not leak a confidential registration. */
  actor: Actor;
  issuerNames: string[];
  issuerAgencyId?: string | null;
  numberNotation: string;
  issuedDate: string;
  limit?: number;
}): Promise<IncomingDocument[]> {
  const names = [...new Set(opts.issuerNames.map(cleanText).filter(Boolean))];
  const numberNotation = cleanText(opts.numberNotation);
  if ((!names.length && !opts.issuerAgencyId) || !numberNotation || !isIsoDate(opts.issuedDate)) return [];
  const byName = names.length ? `unaccent(lower(d.issuer)) in (${names.map(() => 'unaccent(lower(?))').join(', ')})` : 'false';
  const visible = visibleDocumentSql(opts.actor);
  const rows = await opts.em.execute(
    `select d.* from incoming_document d
      where d.issued_date = ?::date
        and eo_number_norm(d.number_notation) = eo_number_norm(?)
        and (${byName} or d.issuer_agency_id = ?::uuid)
        and d.status <> 'received'
        and ${visible.sql}
      order by d.registered_at, d.id
      limit ?`,
    [opts.issuedDate, numberNotation, ...names, opts.issuerAgencyId ?? null, ...visible.params, opts.limit ?? 10],
  );
  return rows.map((r) => opts.em.map(IncomingDocument, r));
}
