import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { DAILY_ESCALATION_KINDS, Deadline, DEADLINE_OWNERS, type DeadlineKind } from './deadline.entity.ts';

export interface DeadlineComputation {
  subjectType: string;
  subjectId: string;
  /** The document whose workflow keeps the timer; workflows from before assignment deadlines leave it out (= subjectId). */
  documentId?: string;
  kind: DeadlineKind;
  startedAt: string;
  dueAt: string;
  rule: string;
  ruleLabel: string;
  basis: string;
  steps: string[];
  /** When the early reminder is due, if the limit has one (recorded since the dispatch alert rounds). */
  remindAt?: string | null;
}

/** A deadline's events go on the timeline of the process whose workflow keeps it. */
export const timelineSubject = (d: { documentId: string; kind: DeadlineKind }) => ({ subjectType: DEADLINE_OWNERS[d.kind], subjectId: d.documentId });

/** What an event says about the deadline it concerns; an assignment's is named by the assignment. */
export const deadlineEventData = (d: { kind: DeadlineKind; subjectId: string }) => ({ kind: d.kind, ...(d.kind === 'assignment' ? { assignmentId: d.subjectId } : {}) });

/**
 * Records a pending deadline as the workflow computed it, or moves it when the calendar changed.
 * A deadline that is no longer pending (met, overdue) is left as it was. `quiet`: the first setting
 * writes no event, for limits the step that created them already shows (an assignment's hạn xử lý
 * is in the direction's event); a move is always recorded.
 */
export async function setDeadline(opts: { em: EntityManager; stepKey: string; computation: DeadlineComputation; quiet?: boolean; now: Date }): Promise<void> {
  const c = { ...opts.computation, documentId: opts.computation.documentId ?? opts.computation.subjectId };
  await opts.em.transactional(async (em) => {
    if (await stepDone(em, opts.stepKey)) return;
    const existing = await em.findOne(Deadline, { subjectId: c.subjectId, kind: c.kind });
    if (existing && existing.status !== 'pending') return;
    const dueAt = new Date(c.dueAt);
    const remindAt = c.remindAt ? new Date(c.remindAt) : null;
    const moved = existing && existing.dueAt.getTime() !== dueAt.getTime();
    if (existing && !moved) {
      // The limit stands; only where its reminder falls may have moved (a calendar change within the day).
      if ((existing.remindAt?.getTime() ?? null) !== (remindAt?.getTime() ?? null)) {
        existing.remindAt = remindAt;
        await em.flush();
      }
      return;
    }
    const fields = { dueAt, remindAt, rule: c.rule, ruleLabel: c.ruleLabel, basis: c.basis, steps: c.steps, computedAt: opts.now };
    if (existing) em.assign(existing, fields);
    else {
      em.create(Deadline, {
        id: randomUUID(),
        subjectType: c.subjectType,
        subjectId: c.subjectId,
        documentId: c.documentId,
        kind: c.kind,
        status: 'pending',
        startedAt: new Date(c.startedAt),
        metAt: null,
        ...fields,
      });
    }
    if (moved || !opts.quiet) {
      recordEvent(em, {
        stepKey: opts.stepKey,
        ...timelineSubject(c),
        kind: moved ? 'deadline.moved' : 'deadline.set',
        actorId: null,
        at: opts.now,
        data: { ...deadlineEventData(c), dueAt: c.dueAt, ruleLabel: c.ruleLabel, ...(moved ? { previousDueAt: existing.dueAt.toISOString() } : {}) },
      });
    }
    await em.flush();
  });
}

/** The timer fired with the step still undone. */
export async function markDeadlineOverdue(opts: { em: EntityManager; stepKey: string; subjectId: string; kind: DeadlineKind; now: Date }): Promise<void> {
  await opts.em.transactional(async (em) => {
    if (await stepDone(em, opts.stepKey)) return;
    const d = await em.findOne(Deadline, { subjectId: opts.subjectId, kind: opts.kind });
    if (!d || d.status !== 'pending') return;
    markOverdue(em, d, opts.stepKey, opts.now);
    await em.flush();
  });
}

/** The limit passed with the step undone: overdue, on the timeline. The caller checked that `d` is pending. */
export function markOverdue(em: EntityManager, d: Deadline, stepKey: string, now: Date): void {
  d.status = 'overdue';
  recordEvent(em, {
    stepKey,
    ...timelineSubject(d),
    kind: 'deadline.overdue',
    actorId: null,
    at: now,
    data: { ...deadlineEventData(d), dueAt: d.dueAt.toISOString(), ruleLabel: d.ruleLabel },
  });
}

/** Closes a deadline when its step is done, inside the step's own transaction: in time (met) or after it (late). */
export async function closeDeadline(em: EntityManager, opts: { subjectId: string; kind: DeadlineKind; at: Date }): Promise<void> {
  const d = await em.findOne(Deadline, { subjectId: opts.subjectId, kind: opts.kind });
  if (!d || (d.status !== 'pending' && d.status !== 'overdue')) return;
  d.status = d.status === 'pending' && opts.at.getTime() <= d.dueAt.getTime() ? 'met' : 'late';
  d.metAt = opts.at;
}

/**
 * The document is completed while some parts are still open (a coordinator's, say): their limits
 * are no longer followed. Runs in the completing step's transaction.
 */
export async function cancelOpenDeadlines(em: EntityManager, opts: { documentId: string }): Promise<void> {
  const open = await em.find(Deadline, { documentId: opts.documentId, status: { $in: ['pending', 'overdue'] } });
  // Those the same step just closed are loaded already, closed: keep them so.
  for (const d of open) if (d.status === 'pending' || d.status === 'overdue') d.status = 'cancelled';
}

/** A document's deadlines, its own and its assignments'. */
export function findDeadlines(opts: { em: EntityManager; documentIds: readonly string[] }): Promise<Deadline[]> {
  return opts.em.find(Deadline, { documentId: { $in: [...opts.documentIds] } }, { orderBy: { dueAt: 'asc', id: 'asc' } });
}

const VN_YEAR = (column: string) => `extract(year from ${column} at time zone 'Asia/Ho_Chi_Minh')`;

/**
 * The processes (by owner id, with a kind naming the owner) whose workflows wait on a deadline that depends on a
 * calendar year (null: office hours, every year): pending deadlines from the year they started to the year they fall
 * due, and overdue ones of the kinds that escalate every working day from their due date on.
 */
export async function listDocumentsWithOpenDeadlines(opts: { em: EntityManager; year: number | null; after: string | null; limit: number }) {
  const params: unknown[] = [];
  let where = `(status = 'pending' or (status = 'overdue' and kind in (${DAILY_ESCALATION_KINDS.map((k) => `'${k}'`).join(', ')})))`;
  if (opts.year !== null) {
    where += ` and ((status = 'pending' and ${VN_YEAR('started_at')} <= ? and ${VN_YEAR('due_at')} >= ?) or (status = 'overdue' and ${VN_YEAR('due_at')} <= ?))`;
    params.push(opts.year, opts.year, opts.year);
  }
  if (opts.after) {
    where += ` and document_id > ?`;
    params.push(opts.after);
  }
  params.push(opts.limit);
  // Every kind of one owner id belongs to the same workflow, so any of them names it.
  return opts.em.execute<{ document_id: string; kind: DeadlineKind }[]>(
    `select document_id, min(kind) as kind from deadline where ${where} group by document_id order by document_id limit ?`,
    params,
  );
}
