import type { TaskAction } from '@/gql/graphql';

/** Button order: the chủ trì's next step first, the assigner's follow-up last. */
export const ACTION_ORDER: readonly TaskAction[] = [
  'ACCEPT',
  'REFUSE',
  'REPORT_PROGRESS',
  'SUBMIT_RESULT',
  'REQUEST_EXTENSION',
  'CREATE_SUBTASK',
  'DECIDE_EXTENSION',
  'EVALUATE',
  'NUDGE',
  'CANCEL',
];

export const PRIMARY_ACTIONS: ReadonlySet<TaskAction> = new Set(['ACCEPT', 'REPORT_PROGRESS', 'SUBMIT_RESULT', 'DECIDE_EXTENSION', 'EVALUATE']);
export const DANGER_ACTIONS: ReadonlySet<TaskAction> = new Set(['REFUSE', 'CANCEL']);

export function orderedActions(actions: readonly TaskAction[]): TaskAction[] {
  const mine = new Set(actions);
  return ACTION_ORDER.filter((a) => mine.has(a));
}

/** The dialog's fields; one state for every action, reset after each success. */
export interface ActionFormState {
  reason: string;
  percent: number;
  text: string;
  newDueDate: string | null;
  note: string;
  resultText: string;
  decision: 'ACCEPT' | 'REOPEN';
  rating: number;
  message: string;
}

export function emptyActionForm(progress = 0): ActionFormState {
  return { reason: '', percent: progress, text: '', newDueDate: null, note: '', resultText: '', decision: 'ACCEPT', rating: 0, message: '' };
}

export type ActionField = keyof ActionFormState | 'files';

/** A server field path (`input.newDueDate`, `files.0`) as the dialog field that shows it, or null (alert). */
export function actionFieldKey(serverField: string): ActionField | null {
  const head = serverField.replace(/^input\./, '').split('.')[0] ?? '';
  const known: readonly string[] = ['reason', 'percent', 'text', 'newDueDate', 'note', 'resultText', 'decision', 'rating', 'message', 'files'];
  return known.includes(head) ? (head as ActionField) : null;
}

const filled = (s: string) => s.normalize('NFC').trim().length > 0;

/**
 * Client checks before sending, as i18n keys under `tasks.actions` (the server checks again).
 * `kind` is the dialog: the task action, or the extension decision taken in DECIDE_EXTENSION.
 */
export function actionProblems(
  kind: TaskAction | 'APPROVE_EXTENSION' | 'REFUSE_EXTENSION',
  s: ActionFormState,
  dueDate: string,
): Partial<Record<ActionField, string>> {
  switch (kind) {
    case 'REFUSE':
    case 'CANCEL':
      return filled(s.reason) ? {} : { reason: 'reasonRequired' };
    case 'REPORT_PROGRESS': {
      const out: Partial<Record<ActionField, string>> = {};
      if (!Number.isInteger(s.percent) || s.percent < 0 || s.percent > 100) out.percent = 'percentRange';
      if (!filled(s.text)) out.text = 'reportTextRequired';
      return out;
    }
    case 'REQUEST_EXTENSION': {
      const out: Partial<Record<ActionField, string>> = {};
      if (!s.newDueDate) out.newDueDate = 'newDueRequired';
      else if (s.newDueDate <= dueDate) out.newDueDate = 'newDueNotLater';
      if (!filled(s.reason)) out.reason = 'reasonRequired';
      return out;
    }
    case 'REFUSE_EXTENSION':
      return filled(s.note) ? {} : { note: 'reasonRequired' };
    case 'SUBMIT_RESULT':
      return filled(s.resultText) ? {} : { resultText: 'resultTextRequired' };
    case 'EVALUATE':
      return s.decision === 'REOPEN' && !filled(s.note) ? { note: 'noteRequired' } : {};
    default:
      return {};
  }
}
