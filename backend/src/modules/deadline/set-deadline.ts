import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { Deadline, type DeadlineKind } from './deadline.entity.ts';

export interface DeadlineComputation {
  subjectType: string;
  subjectId: string;
  kind: DeadlineKind;
  startedAt: string;
  dueAt: string;
  rule: string;
  ruleLabel: string;
  basis: string;
  steps: string[];
}

/**
 * Records a pending deadline as the workflow computed it, or moves it when the calendar changed.
 * A deadline that is no longer pending (met, overdue) is left as it was.
 */
export async function setDeadline(opts: { em: EntityManager; stepKey: string; computation: DeadlineComputation; now: Date }): Promise<void> {
  const c = opts.computation;
  await opts.em.transactional(async (em) => {
    if (await stepDone(em, opts.stepKey)) return;
    const existing = await em.findOne(Deadline, { subjectId: c.subjectId, kind: c.kind });
    if (existing && existing.status !== 'pending') return;
    const dueAt = new Date(c.dueAt);
    const moved = existing && existing.dueAt.getTime() !== dueAt.getTime();
    if (existing && !moved) return;
    const fields = { dueAt, rule: c.rule, ruleLabel: c.ruleLabel, basis: c.basis, steps: c.steps, computedAt: opts.now };
    if (existing) em.assign(existing, fields);
    else em.create(Deadline, { id: randomUUID(), subjectType: c.subjectType, subjectId: c.subjectId, kind: c.kind, status: 'pending', startedAt: new Date(c.startedAt), metAt: null, ...fields });
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: c.subjectType,
      subjectId: c.subjectId,
      kind: moved ? 'deadline.moved' : 'deadline.set',
      actorId: null,
      at: opts.now,
      data: { kind: c.kind, dueAt: c.dueAt, ruleLabel: c.ruleLabel, ...(moved ? { previousDueAt: existing.dueAt.toISOString() } : {}) },
    });
    await em.flush();
  });
}

/** The timer fired with the step still undone. */
export async function markDeadlineOverdue(opts: { em: EntityManager; stepKey: string; subjectId: string; kind: DeadlineKind; now: Date }): Promise<void> {
  await opts.em.transactional(async (em) => {
    if (await stepDone(em, opts.stepKey)) return;
    const d = await em.findOne(Deadline, { subjectId: opts.subjectId, kind: opts.kind });
    if (!d || d.status !== 'pending') return;
    d.status = 'overdue';
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: d.subjectType,
      subjectId: d.subjectId,
      kind: 'deadline.overdue',
      actorId: null,
      at: opts.now,
      data: { kind: d.kind, dueAt: d.dueAt.toISOString(), ruleLabel: d.ruleLabel },
    });
    await em.flush();
  });
}

/** Closes a deadline when its step is done, inside the step's own transaction: in time (met) or after it (late). */
export async function closeDeadline(em: EntityManager, opts: { subjectId: string; kind: DeadlineKind; at: Date }): Promise<void> {
  const d = await em.findOne(Deadline, { subjectId: opts.subjectId, kind: opts.kind });
  if (!d || (d.status !== 'pending' && d.status !== 'overdue')) return;
  d.status = d.status === 'pending' && opts.at.getTime() <= d.dueAt.getTime() ? 'met' : 'late';
  d.metAt = opts.at;
}

export function findDeadlines(opts: { em: EntityManager; subjectIds: readonly string[] }): Promise<Deadline[]> {
  return opts.em.find(Deadline, { subjectId: { $in: [...opts.subjectIds] } }, { orderBy: { dueAt: 'asc' } });
}

/** Workflows whose pending deadlines may depend on a calendar year (null: office hours, every year). */
export async function listPendingDeadlineSubjects(opts: { em: EntityManager; year: number | null; after: string | null; limit: number }) {
  const params: unknown[] = [];
  let where = `status = 'pending'`;
  if (opts.year !== null) {
    // A deadline depends on every year from its start to its due date (UTC+7 years).
    where += ` and extract(year from started_at at time zone 'Asia/Ho_Chi_Minh') <= ? and extract(year from due_at at time zone 'Asia/Ho_Chi_Minh') >= ?`;
    params.push(opts.year, opts.year);
  }
  if (opts.after) {
    where += ` and subject_id > ?`;
    params.push(opts.after);
  }
  params.push(opts.limit);
  return opts.em.execute<{ subject_type: string; subject_id: string }[]>(
    `select distinct subject_type, subject_id from deadline where ${where} order by subject_id limit ?`,
    params,
  );
}
