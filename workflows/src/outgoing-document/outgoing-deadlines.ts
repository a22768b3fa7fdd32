import type { DeadlineRule, WorkingCalendar } from '../calendar/index.ts';
import type { WatchedDeadline } from '../incoming-document/deadline-watcher.ts';

/** The văn thư is reminded this much office time before the same-day target. */
export const DISPATCH_REMINDER_WORKING_HOURS = 1;
/** A reviewer is reminded this much office time before their step's limit. */
export const REVIEW_REMINDER_WORKING_HOURS = 2;

const isUrgent = (urgency: string) => urgency !== 'normal';

/**
 * Decree 30 art. 18.1 and Decision 28/2018: an outgoing document is dispatched the day it is signed,
 * at the latest the morning of the next working day; khẩn and above immediately. The target is the
 * end of the signing working day (the next one when signed after hours or on a day off), the hard
 * limit the end of the next working day's morning session.
 */
export const dispatchRules = (urgency: string): { target: DeadlineRule; limit: DeadlineRule } =>
  isUrgent(urgency) ? { target: 'immediately', limit: 'immediately' } : { target: 'sameWorkingDay', limit: 'nextWorkingMorning' };

/**
 * The target as explained to users. Signed after office hours or on a day off there is no "same day" left:
 * the end of the next working day would come after the hard limit, so the target is the hard limit itself.
 */
function explainTarget(calendar: WorkingCalendar, urgency: string, signedAt: number) {
  const r = dispatchRules(urgency);
  const target = calendar.explain(r.target, signedAt);
  const limit = calendar.explain(r.limit, signedAt);
  return target.at > limit.at ? limit : target;
}

export function dispatchTimes(calendar: WorkingCalendar, urgency: string, signedAt: number): { targetAt: number; limitAt: number } {
  return { targetAt: explainTarget(calendar, urgency, signedAt).at, limitAt: calendar.explain(dispatchRules(urgency).limit, signedAt).at };
}

/**
 * The two timers from the signature: the văn thư is reminded ahead of the target and when it passes;
 * the chánh văn phòng is told at the hard limit. Issuing closes both.
 */
/**
 * How long after a dispatch alert's instant the document's own timer fires: the dispatch alert round of that instant
 * alerts on time, in bulk; this timer then finds the alert done, or makes it if the round did not run.
 */
export const DISPATCH_ALERT_SAFETY_NET_MS = 60_000;

export function dispatchDeadlines(opts: { documentId: string; urgency: string; signedAt: number; isDone: () => boolean; alertDelayMs?: number }): WatchedDeadline[] {
  const r = dispatchRules(opts.urgency);
  const base = {
    subjectType: 'outgoing_document',
    subjectId: opts.documentId,
    documentId: opts.documentId,
    startedAt: opts.signedAt,
    latestInput: opts.signedAt,
    escalateDaily: false,
    quiet: false,
    isDone: opts.isDone,
    alertDelayMs: opts.alertDelayMs ?? 0,
  };
  return [
    {
      ...base,
      name: 'dispatch-target',
      kind: 'dispatch_target',
      due: ({ calendar }) => explainTarget(calendar, opts.urgency, opts.signedAt),
      remindAt: ({ calendar }, dueAt) => (isUrgent(opts.urgency) ? null : calendar.subtractWorkingHours(dueAt, DISPATCH_REMINDER_WORKING_HOURS)),
      atDue: { remind: true, escalate: false },
    },
    {
      ...base,
      name: 'dispatch-limit',
      kind: 'dispatch_limit',
      due: ({ calendar }) => calendar.explain(r.limit, opts.signedAt),
      remindAt: () => null,
      atDue: { remind: false, escalate: true },
    },
  ];
}

/** A review step's hạn cho ý kiến: N working days from when it became the reviewer's turn; the drafter is told when it passes. */
export function reviewDeadline(opts: { documentId: string; activationId: string; workingDays: number; startedAt: number; isDone: () => boolean }): WatchedDeadline {
  return {
    name: `review:${opts.activationId}`,
    kind: 'outgoing_review',
    subjectType: 'outgoing_review_step',
    subjectId: opts.activationId,
    documentId: opts.documentId,
    startedAt: opts.startedAt,
    latestInput: opts.startedAt,
    due: ({ calendar }) => calendar.explain('addWorkingDays', opts.startedAt, { days: opts.workingDays }),
    remindAt: ({ calendar }, dueAt) => calendar.subtractWorkingHours(dueAt, REVIEW_REMINDER_WORKING_HOURS),
    atDue: { remind: true, escalate: true },
    escalateDaily: false,
    quiet: false,
    isDone: opts.isDone,
  };
}
