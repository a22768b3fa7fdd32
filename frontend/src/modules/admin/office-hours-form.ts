import type { UpdateOfficeHoursInput } from '@/gql/graphql';

export interface OfficeHoursFormState {
  sessions: Array<{ start: string; end: string }>;
  morningEnd: string;
  weekdays: number[];
  immediateMinutes: number;
  note: string;
}

export interface OfficeHoursSource {
  sessions: ReadonlyArray<{ start: string; end: string }>;
  morningEnd: string;
  weekdays: readonly number[];
  immediateMinutes: number;
}

export const MAX_SESSIONS = 4;
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function officeHoursFormFrom(h: OfficeHoursSource): OfficeHoursFormState {
  return {
    sessions: h.sessions.map((s) => ({ start: s.start, end: s.end })),
    morningEnd: h.morningEnd,
    weekdays: [...h.weekdays],
    immediateMinutes: h.immediateMinutes,
    note: '',
  };
}

export function toOfficeHoursInput(state: OfficeHoursFormState, expectedVersion: number): UpdateOfficeHoursInput {
  return {
    expectedVersion,
    sessions: state.sessions.map((s) => ({ start: s.start.trim(), end: s.end.trim() })),
    morningEnd: state.morningEnd.trim(),
    weekdays: [...state.weekdays].sort((a, b) => a - b),
    immediateMinutes: state.immediateMinutes,
    note: state.note.normalize('NFC').trim() || null,
  };
}

/** HH:mm from 00:00 to 24:00, as the server accepts. */
export function isHhmm(value: string): boolean {
  const m = /^(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return false;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return min <= 59 && (h < 24 || (h === 24 && min === 0));
}

const FIELD = /^sessions\.\d+\.(start|end)$|^(sessions|morningEnd|weekdays|immediateMinutes|note)$/;

export function officeHoursFormKey(serverField: string): string | null {
  const field = serverField.replace(/^input\./, '');
  return FIELD.test(field) ? field : null;
}
