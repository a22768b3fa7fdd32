import type { CreateSubtaskInput, CreateTaskInput, TaskPartyInput, TaskPriority, TaskReportFrequency, TaskSourceType } from '@/gql/graphql';

/** A chủ trì or phối hợp picked in one list of units and people: `unit:<id>` or `user:<id>`. */
export type PartyTarget = string;
export type DeadlineMode = 'date' | 'days';

export interface TaskFormState {
  title: string;
  content: string;
  priority: TaskPriority;
  sourceType: TaskSourceType;
  sourceDocumentId: string;
  meetingName: string;
  meetingDate: string | null;
  lead: PartyTarget;
  coordinators: PartyTarget[];
  deadlineMode: DeadlineMode;
  dueDate: string | null;
  dueInWorkingDays: number | null;
  reportFrequency: TaskReportFrequency;
  reportWeekday: number | null;
  reportMonthDay: number | null;
}

export const MAX_TITLE = 500;
export const MAX_CONTENT = 10_000;
export const MAX_WORKING_DAYS = 365;

export function emptyTaskForm(source?: { documentId: string } | null): TaskFormState {
  return {
    title: '',
    content: '',
    priority: 'NORMAL',
    sourceType: source ? 'DOCUMENT' : 'NONE',
    sourceDocumentId: source?.documentId ?? '',
    meetingName: '',
    meetingDate: null,
    lead: '',
    coordinators: [],
    deadlineMode: 'date',
    dueDate: null,
    dueInWorkingDays: null,
    reportFrequency: 'NONE',
    reportWeekday: null,
    reportMonthDay: null,
  };
}

export function partyTarget(kind: 'unit' | 'user', id: string): PartyTarget {
  return `${kind}:${id}`;
}

export function parseTarget(target: PartyTarget): { kind: 'unit' | 'user'; id: string } | null {
  const at = target.indexOf(':');
  const kind = target.slice(0, at);
  const id = target.slice(at + 1);
  return at > 0 && id && (kind === 'unit' || kind === 'user') ? { kind, id } : null;
}

function toParty(target: PartyTarget): TaskPartyInput {
  const p = parseTarget(target);
  return p?.kind === 'user' ? { userId: p.id } : { unitId: p?.id ?? '' };
}

const text = (s: string) => s.normalize('NFC').trim();
const optional = (s: string) => text(s) || null;

function deadlineInput(s: TaskFormState) {
  return s.deadlineMode === 'date' ? { dueDate: s.dueDate || null } : { dueInWorkingDays: s.dueInWorkingDays };
}

function reportInput(s: TaskFormState) {
  return {
    reportFrequency: s.reportFrequency,
    ...(s.reportFrequency === 'WEEKLY' ? { reportWeekday: s.reportWeekday } : {}),
    ...(s.reportFrequency === 'MONTHLY' ? { reportMonthDay: s.reportMonthDay } : {}),
  };
}

export function toCreateTaskInput(s: TaskFormState): CreateTaskInput {
  return {
    title: text(s.title),
    content: optional(s.content),
    priority: s.priority,
    sourceType: s.sourceType,
    ...(s.sourceType === 'DOCUMENT' ? { sourceDocumentId: s.sourceDocumentId } : {}),
    ...(s.sourceType === 'MEETING' ? { meetingName: text(s.meetingName), meetingDate: s.meetingDate || null } : {}),
    lead: toParty(s.lead),
    coordinators: s.coordinators.filter((c) => c && c !== s.lead).map(toParty),
    ...deadlineInput(s),
    ...reportInput(s),
  };
}

/** A subtask is led by a person of the unit; phối hợp are people of the unit too. */
export function toCreateSubtaskInput(parentId: string, s: TaskFormState): CreateSubtaskInput {
  const userId = (t: PartyTarget) => parseTarget(t)?.id ?? '';
  return {
    parentId,
    title: text(s.title),
    content: optional(s.content),
    priority: s.priority,
    leadUserId: userId(s.lead),
    coordinatorUserIds: s.coordinators.filter((c) => c && c !== s.lead).map(userId),
    ...deadlineInput(s),
    ...reportInput(s),
  };
}

/** The form items that can show a message; anything else goes to the alert above the form. */
export type TaskFormField =
  | 'title'
  | 'content'
  | 'priority'
  | 'sourceType'
  | 'meetingName'
  | 'meetingDate'
  | 'lead'
  | 'coordinators'
  | 'dueDate'
  | 'dueInWorkingDays'
  | 'reportFrequency'
  | 'reportWeekday'
  | 'reportMonthDay'
  | 'files';

const DIRECT: readonly TaskFormField[] = [
  'title',
  'content',
  'priority',
  'sourceType',
  'meetingName',
  'meetingDate',
  'dueDate',
  'dueInWorkingDays',
  'reportFrequency',
  'reportWeekday',
  'reportMonthDay',
];

/** Maps a server field path (`input.lead.unitId`, `coordinatorUserIds.1`, `files.0`) to its form item. */
export function taskFormKey(serverField: string): TaskFormField | null {
  const field = serverField.replace(/^input\./, '');
  const head = field.split('.')[0] ?? '';
  if ((DIRECT as readonly string[]).includes(head)) return head as TaskFormField;
  if (head === 'sourceDocumentId') return 'sourceType';
  if (head === 'lead' || head === 'leadUserId') return 'lead';
  if (head === 'coordinators' || head === 'coordinatorUserIds') return 'coordinators';
  if (head === 'files') return 'files';
  return null;
}

/** Client checks mirroring the server's, as i18n keys under `tasks.form.errors`; the server checks again. */
export function taskFormProblems(
  s: TaskFormState,
  opts: { today: string; maxDueDate?: string | null },
): Partial<Record<TaskFormField, string>> {
  const out: Partial<Record<TaskFormField, string>> = {};
  const title = text(s.title);
  if (!title) out.title = 'titleRequired';
  else if (title.length > MAX_TITLE) out.title = 'titleTooLong';
  if (text(s.content).length > MAX_CONTENT) out.content = 'contentTooLong';
  if (s.sourceType === 'DOCUMENT' && !s.sourceDocumentId) out.sourceType = 'documentRequired';
  if (s.sourceType === 'MEETING' && !text(s.meetingName)) out.meetingName = 'meetingRequired';
  if (s.sourceType === 'MEETING' && s.meetingDate && s.meetingDate > opts.today) out.meetingDate = 'meetingFuture';
  if (!parseTarget(s.lead)) out.lead = 'leadRequired';
  if (s.coordinators.includes(s.lead)) out.coordinators = 'coordinatorIsLead';
  if (s.deadlineMode === 'date') {
    if (!s.dueDate) out.dueDate = 'dueRequired';
    else if (s.dueDate < opts.today) out.dueDate = 'duePast';
    else if (opts.maxDueDate && s.dueDate > opts.maxDueDate) out.dueDate = 'dueAfterParent';
  } else if (!Number.isInteger(s.dueInWorkingDays) || (s.dueInWorkingDays as number) < 1 || (s.dueInWorkingDays as number) > MAX_WORKING_DAYS) {
    out.dueInWorkingDays = 'daysRange';
  }
  if (s.reportFrequency === 'WEEKLY' && !(Number.isInteger(s.reportWeekday) && (s.reportWeekday as number) >= 1 && (s.reportWeekday as number) <= 7)) {
    out.reportWeekday = 'weekdayRequired';
  }
  if (s.reportFrequency === 'MONTHLY' && !(Number.isInteger(s.reportMonthDay) && (s.reportMonthDay as number) >= 1 && (s.reportMonthDay as number) <= 31)) {
    out.reportMonthDay = 'monthDayRequired';
  }
  return out;
}
