import type { AssigneeInput, DirectIncomingDocumentInput } from '@/gql/graphql';

export interface UnitRow {
  unitId: string;
  deadline: string | null;
}

/** `target` is `unit:<id>` or `user:<id>`: "để biết" may name a unit or a person. */
export interface ReaderRow {
  target: string;
  deadline: string | null;
}

export interface DirectFormState {
  direction: string;
  lead: UnitRow;
  coordinators: UnitRow[];
  readers: ReaderRow[];
}

export function emptyDirectForm(defaultDeadline: string | null): DirectFormState {
  return { direction: '', lead: { unitId: '', deadline: defaultDeadline }, coordinators: [], readers: [] };
}

export function readerTarget(kind: 'unit' | 'user', id: string): string {
  return `${kind}:${id}`;
}

function readerToInput(row: ReaderRow): AssigneeInput {
  const [kind, id] = [row.target.slice(0, row.target.indexOf(':')), row.target.slice(row.target.indexOf(':') + 1)];
  const deadline = row.deadline || null;
  return kind === 'user' ? { userId: id, deadline } : { unitId: id, deadline };
}

export function toDirectInput(documentId: string, state: DirectFormState): DirectIncomingDocumentInput {
  return {
    documentId,
    direction: state.direction.normalize('NFC').trim(),
    lead: { unitId: state.lead.unitId, deadline: state.lead.deadline || null },
    coordinators: state.coordinators.map((c) => ({ unitId: c.unitId, deadline: c.deadline || null })),
    readers: state.readers.map(readerToInput),
  };
}

/** Units chosen more than once as lead or coordinator (a unit cannot both lead and coordinate). */
export function duplicateUnitIds(state: DirectFormState): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of [state.lead.unitId, ...state.coordinators.map((c) => c.unitId)]) {
    if (!id) continue;
    if (seen.has(id)) dup.add(id);
    seen.add(id);
  }
  return dup;
}

/**
 * Maps a server field path to the form item that shows it. The form items use the input's own
 * paths (`lead.unitId`, `coordinators.1.deadline`); a reader's unit or user goes to its one picker.
 */
export function directFormKey(serverField: string): string | null {
  const field = serverField.replace(/^input\./, '');
  if (field === 'direction') return 'direction';
  let m = /^lead(?:\.(unitId|userId|deadline))?$/.exec(field);
  if (m) return m[1] === 'deadline' ? 'lead.deadline' : 'lead.unitId';
  m = /^coordinators\.(\d+)(?:\.(unitId|userId|deadline))?$/.exec(field);
  if (m) return `coordinators.${m[1]}.${m[2] === 'deadline' ? 'deadline' : 'unitId'}`;
  m = /^readers\.(\d+)(?:\.(unitId|userId|deadline))?$/.exec(field);
  if (m) return `readers.${m[1]}.${m[2] === 'deadline' ? 'deadline' : 'target'}`;
  return null;
}
