import type {
  Confidentiality,
  DispatchChannel,
  OutgoingDraftInput,
  RecipientKind,
  RelationKind,
  ReviewStepInput,
  ReviewStepKind,
  Urgency,
} from '@/gql/graphql';

/** Lengths the server accepts (after trimming). */
export const DRAFT_MAX_LENGTH = { subject: 500, notes: 1000, name: 200, address: 300, versionNote: 500 } as const;
export const MAX_PAGES = 9999;
export const MAX_COPIES = 999;
export const MAX_WORKING_DAYS = 30;

/** One nơi nhận: an internal unit, an agency of the directory, or a person/organisation by name. */
export interface RecipientRow {
  kind: RecipientKind;
  unitId: string;
  /** Set when picked from the directory; typing another name clears it. */
  agencyId: string | null;
  agencyName: string;
  channel: DispatchChannel;
  name: string;
  address: string;
}

export interface ChainStep {
  kind: ReviewStepKind;
  reviewerId: string;
  /** Hạn cho ý kiến in working days once the step is reached; null: the server's default (1). */
  workingDays: number | null;
}

/** What the drafter types; kept as a draft in localStorage (files are not: they cannot be serialised). */
export interface DraftFormState {
  documentTypeCode: string;
  subject: string;
  urgency: Urgency;
  confidentiality: Confidentiality;
  pageCount: number | null;
  copies: number | null;
  dueDate: string | null;
  notes: string;
  recipients: RecipientRow[];
  /** The review chain, sent with the first submission only. */
  steps: ChainStep[];
  /** Why this version (a revision after a return). */
  versionNote: string;
}

export function emptyRecipient(kind: RecipientKind): RecipientRow {
  return { kind, unitId: '', agencyId: null, agencyName: '', channel: kind === 'UNIT' ? 'SYSTEM' : 'PAPER', name: '', address: '' };
}

export function emptyDraftForm(): DraftFormState {
  return {
    documentTypeCode: '',
    subject: '',
    urgency: 'NORMAL',
    confidentiality: 'NORMAL',
    pageCount: 1,
    copies: 1,
    dueDate: null,
    notes: '',
    recipients: [],
    steps: [],
    versionNote: '',
  };
}

/** Vietnamese text is stored in NFC; typed or pasted text may arrive decomposed. */
const clean = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ');
const cleanLines = (text: string) => text.normalize('NFC').trim();

export function toRecipientInput(row: RecipientRow) {
  switch (row.kind) {
    case 'UNIT':
      return { kind: row.kind, channel: 'SYSTEM' as const, unitId: row.unitId || null };
    case 'AGENCY':
      return { kind: row.kind, channel: row.channel === 'ELECTRONIC' ? ('ELECTRONIC' as const) : ('PAPER' as const), agencyId: row.agencyId };
    default:
      return { kind: row.kind, channel: 'PAPER' as const, name: clean(row.name), address: clean(row.address) || null };
  }
}

export function toDraftInput(state: DraftFormState): OutgoingDraftInput {
  return {
    documentTypeCode: state.documentTypeCode,
    subject: cleanLines(state.subject),
    urgency: state.urgency,
    confidentiality: state.confidentiality,
    pageCount: state.pageCount ?? 0,
    copies: state.copies ?? 0,
    dueDate: state.dueDate || null,
    notes: cleanLines(state.notes) || null,
    recipients: state.recipients.map(toRecipientInput),
  };
}

export function toStepsInput(steps: readonly ChainStep[]): ReviewStepInput[] {
  return steps.map((s) => ({ kind: s.kind, reviewerId: s.reviewerId, ...(s.workingDays ? { workingDays: s.workingDays } : {}) }));
}

export type RecipientProblem = 'unitRequired' | 'agencyRequired' | 'nameRequired' | 'duplicate';

/** What is wrong with each nơi nhận row, by index (the server checks the same and more). */
export function recipientProblems(rows: readonly RecipientRow[]): Map<number, RecipientProblem> {
  const problems = new Map<number, RecipientProblem>();
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (row.kind === 'UNIT' && !row.unitId) problems.set(i, 'unitRequired');
    else if (row.kind === 'AGENCY' && !row.agencyId) problems.set(i, 'agencyRequired');
    else if (row.kind === 'INDIVIDUAL' && !clean(row.name)) problems.set(i, 'nameRequired');
    else {
      const key = row.kind === 'UNIT' ? `u:${row.unitId}` : row.kind === 'AGENCY' ? `a:${row.agencyId}` : `i:${clean(row.name).toLowerCase()}`;
      if (seen.has(key)) problems.set(i, 'duplicate');
      seen.add(key);
    }
  });
  return problems;
}

export type ChainProblem = 'empty' | 'signMissing' | 'signNotLast' | 'oneSign' | 'reviewerRequired' | 'workingDays';

/** The chain's rules as the server has them: at least one step, exactly one SIGN, and it comes last. */
export function chainProblems(steps: readonly ChainStep[]): { chain: ChainProblem | null; steps: Map<number, ChainProblem> } {
  const perStep = new Map<number, ChainProblem>();
  steps.forEach((s, i) => {
    if (!s.reviewerId) perStep.set(i, 'reviewerRequired');
    else if (s.workingDays !== null && (!Number.isInteger(s.workingDays) || s.workingDays < 1 || s.workingDays > MAX_WORKING_DAYS))
      perStep.set(i, 'workingDays');
  });
  const signs = steps.filter((s) => s.kind === 'SIGN').length;
  let chain: ChainProblem | null = null;
  if (!steps.length) chain = 'empty';
  else if (signs === 0) chain = 'signMissing';
  else if (signs > 1) chain = 'oneSign';
  else if (steps[steps.length - 1]?.kind !== 'SIGN') chain = 'signNotLast';
  return { chain, steps: perStep };
}

/** Moves a step up (-1) or down (+1); the array is changed in place so the form's reactivity follows. */
export function moveStep<T>(list: T[], index: number, delta: -1 | 1): void {
  const to = index + delta;
  if (to < 0 || to >= list.length) return;
  const [item] = list.splice(index, 1) as [T];
  list.splice(to, 0, item);
}

/** Field paths the draft form shows messages under. */
const TOP_FIELDS = new Set(['documentTypeCode', 'subject', 'urgency', 'confidentiality', 'pageCount', 'copies', 'dueDate', 'notes', 'recipients', 'steps', 'files', 'attachments', 'note', 'relatesToId', 'relationKind']);

/**
 * Maps a server field path (`input.draft.subject`, `input.draft.recipients.2.agencyId`, `input.steps.0.reviewerId`,
 * `files.1`) to the form item that shows it: a top-level field, `recipients.<i>` or `steps.<i>`; null when the form has
 * no place for it (the message then goes to the alert above the form).
 */
export function draftFormKey(serverField: string): string | null {
  const field = serverField.replace(/^input\./, '').replace(/^draft\./, '');
  const row = /^(recipients|steps)\.(\d+)(?:\.\w+)?$/.exec(field);
  if (row) return `${row[1]}.${row[2]}`;
  const list = /^(files|attachments)(?:\.\d+)?$/.exec(field);
  if (list) return list[1] ?? null;
  if (field === 'keepFileIds') return 'files';
  if (field === 'note') return 'versionNote';
  return TOP_FIELDS.has(field) ? field : null;
}

/** ?relatesTo=<id>&relation=CORRECTION|REPLACEMENT on the new-draft page: an đính chính or a thay thế. */
export function parseRelation(query: Record<string, unknown>): { relatesToId: string; relationKind: RelationKind } | null {
  const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
  const id = one(query.relatesTo);
  const kind = one(query.relation);
  if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  if (kind !== 'CORRECTION' && kind !== 'REPLACEMENT') return null;
  return { relatesToId: id, relationKind: kind };
}

interface ExistingRecipient {
  kind: RecipientKind;
  channel: DispatchChannel;
  name: string;
  address?: string | null;
  unit?: { id: string } | null;
  agency?: { id: string; name: string } | null;
}

/** The form filled from a document's current metadata: a new version starts from the last one. */
export function formFromDocument(doc: {
  documentType: { code: string };
  subject: string;
  urgency: Urgency;
  confidentiality: Confidentiality;
  pageCount: number;
  copies: number;
  dueDate?: string | null;
  notes?: string | null;
  recipients: readonly ExistingRecipient[];
}): DraftFormState {
  return {
    ...emptyDraftForm(),
    documentTypeCode: doc.documentType.code,
    subject: doc.subject,
    urgency: doc.urgency,
    confidentiality: doc.confidentiality,
    pageCount: doc.pageCount,
    copies: doc.copies,
    dueDate: doc.dueDate ?? null,
    notes: doc.notes ?? '',
    recipients: doc.recipients.map((r) => ({
      kind: r.kind,
      unitId: r.unit?.id ?? '',
      agencyId: r.agency?.id ?? null,
      agencyName: r.agency?.name ?? (r.kind === 'AGENCY' ? r.name : ''),
      channel: r.channel,
      name: r.kind === 'INDIVIDUAL' ? r.name : '',
      address: r.address ?? '',
    })),
  };
}

interface ChainCandidate {
  id: string;
  roles: readonly string[];
  unit: { id: string };
}

/**
 * The usual chain, for the drafter to adjust: the head of the drafter's unit reviews (unless the drafter
 * is that head), then the first leader signs. Empty when there is nobody to propose.
 */
export function suggestedChain(me: { id: string; roles: readonly string[]; unit: { id: string } }, users: readonly ChainCandidate[]): ChainStep[] {
  const steps: ChainStep[] = [];
  if (!me.roles.includes('UNIT_HEAD') && !me.roles.includes('LEADER')) {
    const head = users.find((u) => u.id !== me.id && u.unit.id === me.unit.id && u.roles.includes('UNIT_HEAD'));
    if (head) steps.push({ kind: 'REVIEW', reviewerId: head.id, workingDays: null });
  }
  const signer = users.find((u) => u.id !== me.id && u.roles.includes('LEADER'));
  if (signer) steps.push({ kind: 'SIGN', reviewerId: signer.id, workingDays: null });
  return steps;
}
