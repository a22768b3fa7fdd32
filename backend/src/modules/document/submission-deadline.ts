import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DeadlineExplanation, WorkingCalendar } from '../../../../workflows/src/calendar/index.ts';
import { submissionRule } from '../../../../workflows/src/incoming-document/incoming-deadlines.ts';
import { recordEvent } from '../audit/record-event.ts';
import { Deadline } from '../deadline/deadline.entity.ts';
import { closeDeadline } from '../deadline/set-deadline.ts';

/** The submission limit of a document being registered, as read or computed before the register book is locked. */
export type PreparedSubmission = { row: Deadline } | { row: null; startedAt: Date; explanation: DeadlineExplanation };

/**
 * The submission limit (vào sổ và trình, Decree 30 art. 23.1) of a document being registered: a received
 * document's row was recorded by its workflow at receipt; a document registered at the desk gets its limit
 * computed from its ngày đến and the agency calendar. Reads only, so that the registration does it before it
 * takes the book's lock.
 */
export async function prepareSubmission(
  em: EntityManager,
  opts: { documentId: string; received: boolean; arrivalAt: Date; urgency: string; calendar: WorkingCalendar },
): Promise<PreparedSubmission> {
  const row = opts.received ? await em.findOne(Deadline, { subjectId: opts.documentId, kind: 'submission' }) : null;
  if (row) return { row };
  return { row: null, startedAt: opts.arrivalAt, explanation: opts.calendar.explain(submissionRule(opts.urgency), opts.arrivalAt.getTime()) };
}

/**
 * Writes the submission limit in the registration's transaction (flushed by the caller). When the
 * registration also submits, the row is closed at once: met or late is the record of whether the văn thư
 * was on time. Otherwise the row stays pending and the workflow follows it.
 */
export function recordSubmission(
  em: EntityManager,
  opts: { documentId: string; prepared: PreparedSubmission; submitted: boolean; stepKey: string; now: Date },
): Deadline {
  const { documentId, now, prepared } = opts;
  let d = prepared.row;
  if (!prepared.row) {
    const e = prepared.explanation;
    d = em.create(Deadline, {
      id: randomUUID(),
      subjectType: 'incoming_document',
      subjectId: documentId,
      documentId,
      kind: 'submission',
      status: 'pending',
      startedAt: prepared.startedAt,
      dueAt: new Date(e.at),
      rule: e.rule,
      ruleLabel: e.label,
      basis: e.basis,
      steps: e.steps,
      metAt: null,
      computedAt: now,
    });
    // A limit closed in the same step needs no event of its own: the registration's event says whether it was met.
    if (!opts.submitted) {
      recordEvent(em, {
        stepKey: `${opts.stepKey}:submission-deadline`,
        subjectType: 'incoming_document',
        subjectId: documentId,
        kind: 'deadline.set',
        actorId: null,
        at: now,
        data: { kind: 'submission', dueAt: d.dueAt.toISOString(), ruleLabel: e.label },
      });
    }
  }
  // As closeDeadline does, on the row in hand.
  if (opts.submitted && (d!.status === 'pending' || d!.status === 'overdue')) {
    d!.status = d!.status === 'pending' && now.getTime() <= d!.dueAt.getTime() ? 'met' : 'late';
    d!.metAt = now;
  }
  return d!;
}

/** Trình after vào sổ: closes the submission limit, met or late. */
export async function closeSubmission(em: EntityManager, opts: { documentId: string; now: Date }): Promise<Deadline | null> {
  const d = await em.findOne(Deadline, { subjectId: opts.documentId, kind: 'submission' });
  await closeDeadline(em, { subjectId: opts.documentId, kind: 'submission', at: opts.now });
  return d;
}
