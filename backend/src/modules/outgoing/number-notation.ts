import { findDocumentType } from '../document/document-types.ts';

/**
 * Số, ký hiệu of an outgoing document (Decree 30/2020, App. I §II.3): the number with a leading zero
 * below 10, "/", then for a typed document `<type>-<agency>` (15/QĐ-UBND) and for a công văn or thư công
 * (no type abbreviation) `<agency>-<drafting unit>` (05/UBND-VP). No spaces.
 */
export function buildNumberNotation(opts: { number: number; documentTypeCode: string; agencyAbbreviation: string; unitAbbreviation: string | null }): string {
  const number = String(opts.number).padStart(2, '0');
  const clean = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
  const type = findDocumentType(opts.documentTypeCode)?.abbreviation ?? '';
  const agency = clean(opts.agencyAbbreviation);
  const groups = type ? [type, agency] : [agency, clean(opts.unitAbbreviation ?? '')];
  return `${number}/${groups.filter(Boolean).join('-')}`;
}
