/** A chủ trì or phối hợp as one line: the unit's name, or the person's name and unit. */
export function partyLabel(p: { unit?: { name: string } | null; user?: { fullName: string; unit?: { name: string } | null } | null }): string {
  if (p.user) return p.user.unit ? `${p.user.fullName} (${p.user.unit.name})` : p.user.fullName;
  return p.unit?.name ?? '—';
}
