/** Lower case without Vietnamese diacritics (đ too), as the server's unaccent compares. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** The administrator's filter, as the server searches: every word in the name, short name or code, diacritics optional. */
export function matchesAgency(agency: { name: string; shortName?: string | null; code?: string | null }, query: string): boolean {
  const fields = [agency.name, agency.shortName ?? '', agency.code ?? ''].map(fold);
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => fields.some((f) => f.includes(word)));
}
