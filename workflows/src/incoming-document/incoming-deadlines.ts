import type { DeadlineRule } from '../calendar/index.ts';
import type { WatchedDeadline } from './deadline-watcher.ts';
import { isEnded } from './distribution-rules.ts';
import type { AssignmentView } from './messages.ts';

/**
 * How long the leader has to give a direction once the document is submitted: the same limit
 * Decree 30/2020 art. 23–24 sets for handing over (end of the next working day) and "ngay" for
 * urgent documents. This is the agency's working rule, not a number the decree states. It counts
 * from the submission (trình), which is the registration itself when the văn thư registers and
 * submits in one step.
 */
export const directionRule = (urgency: string | undefined): DeadlineRule => (urgency && urgency !== 'normal' ? 'immediately' : 'nextWorkingDayEnd');

/**
 * The leaders are reminded ahead of the limit (working hours, an agency setting; "ngay" limits
 * when they fall due, there is no "ahead" of a couple of hours), and the chánh văn phòng is told
 * when it passes. The direction step closes it.
 */
export function directionDeadline(opts: {
  documentId: string;
  arrivalAt: number;
  urgency: string | undefined;
  isDone: () => boolean;
  name?: string;
  /** Tell the chánh văn phòng again every working day it stays overdue (documents watched since SUBMISSION_STEP_PATCH). */
  escalateDaily?: boolean;
}): WatchedDeadline {
  const rule = directionRule(opts.urgency);
  const immediate = rule === 'immediately';
  return {
    // A document returned to the văn thư and submitted again is watched anew under another name.
    name: opts.name ?? 'direction',
    kind: 'direction',
    subjectType: 'incoming_document',
    subjectId: opts.documentId,
    documentId: opts.documentId,
    startedAt: opts.arrivalAt,
    latestInput: opts.arrivalAt,
    due: ({ calendar }) => calendar.explain(rule, opts.arrivalAt),
    remindAt: ({ calendar, reminders }, dueAt) => (immediate ? null : calendar.subtractWorkingHours(dueAt, reminders.directionReminderWorkingHours)),
    atDue: { remind: immediate, escalate: true },
    escalateDaily: opts.escalateDaily ?? false,
    quiet: false,
    isDone: opts.isDone,
  };
}

/**
 * Decree 30/2020 art. 23.1: an incoming document is registered and submitted to the leader the same
 * working day, at the latest the next working day; khẩn and above immediately. Counted from the
 * arrival (ngày đến, or the electronic receipt).
 */
export const submissionRule = (urgency: string | undefined): DeadlineRule => (urgency && urgency !== 'normal' ? 'immediately' : 'nextWorkingDayEnd');

/**
 * The văn thư's limit to register and submit (trình) a document: the clerks are reminded ahead of it
 * (the direction's reminder hours; "ngay" limits when they fall due), the chánh văn phòng is told when
 * it passes. Submitting closes it (met or late: the document's record of whether it was on time).
 * A document registered and submitted in one step has its row written, already closed, by that step.
 */
export function submissionDeadline(opts: { documentId: string; arrivalAt: number; urgency: string | undefined; isDone: () => boolean }): WatchedDeadline {
  const rule = submissionRule(opts.urgency);
  const immediate = rule === 'immediately';
  return {
    name: 'submission',
    kind: 'submission',
    subjectType: 'incoming_document',
    subjectId: opts.documentId,
    documentId: opts.documentId,
    startedAt: opts.arrivalAt,
    latestInput: opts.arrivalAt,
    due: ({ calendar }) => calendar.explain(rule, opts.arrivalAt),
    remindAt: ({ calendar, reminders }, dueAt) => (immediate ? null : calendar.subtractWorkingHours(dueAt, reminders.directionReminderWorkingHours)),
    atDue: { remind: immediate, escalate: true },
    escalateDaily: false,
    quiet: false,
    isDone: opts.isDone,
  };
}

/**
 * An assignment's hạn xử lý: the date the assigner chose, to the end of that day's office hours
 * (the next working day's when the date is a day off). The person, or the unit's head while the
 * unit has the part, is reminded ahead of it (working days, an agency setting) and when it falls
 * due; the assigner is told on every working day it stays overdue. Completing the part closes it.
 * Để biết (inform) parts have nothing to complete, so no deadline is followed for them.
 */
export function assignmentDeadline(opts: { documentId: string; assignment: AssignmentView; assignedAt: number; isDone: () => boolean }): WatchedDeadline | null {
  const a = opts.assignment;
  if (a.role === 'inform' || a.deadline === null || isEnded(a.status)) return null;
  // Stored as an instant on the chosen date; the calendar decides which instant of which day it means.
  const date = Date.parse(a.deadline);
  return {
    name: `assignment:${a.id}`,
    kind: 'assignment',
    subjectType: 'assignment',
    subjectId: a.id,
    documentId: opts.documentId,
    startedAt: opts.assignedAt,
    latestInput: date,
    due: ({ calendar }) => calendar.explain('untilDate', date),
    remindAt: ({ calendar, reminders }, dueAt) => calendar.subtractWorkingDays(dueAt, reminders.assignmentReminderWorkingDays),
    atDue: { remind: true, escalate: false },
    escalateDaily: true,
    quiet: true,
    isDone: opts.isDone,
  };
}
