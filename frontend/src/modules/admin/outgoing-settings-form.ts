import type { UpdateOutgoingSettingsInput } from '@/gql/graphql';

/** What the server holds: the agency's name and chữ viết tắt, and each unit's (null: the unit's code stands in). */
export interface AbbreviationSource {
  agencyAbbreviation: string;
  agencyName: string;
  governingBody?: string | null;
  units: ReadonlyArray<{ unit: { id: string; code: string }; abbreviation?: string | null }>;
}

export interface AbbreviationFormState {
  agencyAbbreviation: string;
  /** Tên cơ quan as written (the covers print it in capitals). */
  agencyName: string;
  /** Tên cơ quan chủ quản; empty: none. */
  governingBody: string;
  /** By unit id; empty: the unit's code is used. */
  units: Record<string, string>;
}

/**
 * As it is typed: no spaces and in capitals (Decree 30 App. I writes ký hiệu in capitals without spaces). Other
 * characters are left for the server to judge, so its message explains what is allowed.
 */
export function normalizeAbbreviation(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, '').toLocaleUpperCase('vi');
}

/** A name as the server stores it: NFC, spaces collapsed and trimmed. */
export function normalizeName(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function abbreviationFormFrom(s: AbbreviationSource | null): AbbreviationFormState {
  return {
    agencyAbbreviation: s?.agencyAbbreviation ?? '',
    agencyName: s?.agencyName ?? '',
    governingBody: s?.governingBody ?? '',
    units: Object.fromEntries((s?.units ?? []).map((u) => [u.unit.id, u.abbreviation ?? ''])),
  };
}

function changedUnitIds(state: AbbreviationFormState, stored: AbbreviationSource): string[] {
  return stored.units.filter((u) => normalizeAbbreviation(state.units[u.unit.id] ?? '') !== (u.abbreviation ?? '')).map((u) => u.unit.id);
}

export function isChanged(state: AbbreviationFormState, stored: AbbreviationSource): boolean {
  return (
    normalizeAbbreviation(state.agencyAbbreviation) !== stored.agencyAbbreviation ||
    normalizeName(state.agencyName) !== stored.agencyName ||
    normalizeName(state.governingBody) !== (stored.governingBody ?? '') ||
    changedUnitIds(state, stored).length > 0
  );
}

/**
 * Only the units whose abbreviation changed are sent (a unit left out keeps its own), so the server's
 * `units.N.abbreviation` errors are read back through `unitIds` (N → unit id).
 */
export function toSettingsInput(state: AbbreviationFormState, stored: AbbreviationSource): { input: UpdateOutgoingSettingsInput; unitIds: string[] } {
  const unitIds = changedUnitIds(state, stored);
  return {
    input: {
      agencyAbbreviation: normalizeAbbreviation(state.agencyAbbreviation),
      agencyName: normalizeName(state.agencyName),
      governingBody: normalizeName(state.governingBody),
      units: unitIds.map((unitId) => ({ unitId, abbreviation: normalizeAbbreviation(state.units[unitId] ?? '') })),
    },
    unitIds,
  };
}

/** The form's key for a server field: `agencyAbbreviation`, `agencyName`, `governingBody`, or `unit:<id>` for `units.N.abbreviation`. */
export function abbreviationFormKey(serverField: string, unitIds: readonly string[]): string | null {
  const field = serverField.replace(/^input\./, '');
  if (field === 'agencyAbbreviation' || field === 'agencyName' || field === 'governingBody') return field;
  const m = /^units\.(\d+)(\.|$)/.exec(field);
  const id = m ? unitIds[Number(m[1])] : undefined;
  return id ? `unit:${id}` : null;
}

/**
 * Examples of the số, ký hiệu the settings give (App. I §II.3, the server's buildNumberNotation): a công văn
 * `<số>/<cơ quan>-<đơn vị soạn thảo>`, a typed document `<số>/<loại>-<cơ quan>`.
 */
export function notationExamples(agency: string, unit: string): { letter: string; decision: string } {
  const a = normalizeAbbreviation(agency);
  const u = normalizeAbbreviation(unit);
  return { letter: `05/${[a, u].filter(Boolean).join('-')}`, decision: `15/${['QĐ', a].filter(Boolean).join('-')}` };
}
