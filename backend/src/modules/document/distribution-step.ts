import type { EntityManager } from '@mikro-orm/postgresql';
import type { Refusal } from '../../../../workflows/src/incoming-document/distribution-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import { DomainError } from '../../shared/errors.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { Deadline } from '../deadline/deadline.entity.ts';
import { toAssignmentView, type AssignmentView } from './assignment-view.ts';
import { Assignment, IncomingDocument } from './document.entity.ts';
import { assignmentNotFound, documentNotFound } from './document.errors.ts';

/** A rule's refusal as the typed error the edge answers with. */
export function enforce(r: Refusal): void {
  if (r) throw new DomainError(r.type, r.message);
}

/** The part and its document, or not found. */
export async function loadPart(em: EntityManager, assignmentId: string): Promise<{ a: Assignment; doc: IncomingDocument }> {
  const a = await em.findOne(Assignment, assignmentId);
  if (!a) throw assignmentNotFound();
  const doc = await em.findOne(IncomingDocument, a.documentId);
  if (!doc) throw documentNotFound();
  return { a, doc };
}

/** The part is no longer followed (returned, withdrawn, moved, or the document closed): its limit is cancelled. */
export async function cancelDeadline(em: EntityManager, subjectId: string): Promise<void> {
  const d = await em.findOne(Deadline, { subjectId, kind: 'assignment' });
  if (d && (d.status === 'pending' || d.status === 'overdue')) d.status = 'cancelled';
}

/** Ends a part with a reason, with its open person-level parts, and cancels their limits. */
export async function endPart(em: EntityManager, a: Assignment, status: 'returned' | 'withdrawn' | 'reassigned', reason: string, now: Date): Promise<Assignment[]> {
  const children = a.parentId ? [] : await em.find(Assignment, { parentId: a.id, status: 'handling' });
  for (const c of children) {
    c.status = status === 'reassigned' ? 'cancelled' : status;
    c.statusReason = reason;
    c.completedAt = now;
    await cancelDeadline(em, c.id);
  }
  a.status = status;
  a.statusReason = reason;
  a.completedAt = now;
  await cancelDeadline(em, a.id);
  return [a, ...children];
}

/** A retried step answers with the rows it touched, as they are now. */
export const viewsOf = async (em: EntityManager, ids: string[]): Promise<AssignmentView[]> =>
  (await em.find(Assignment, { id: { $in: ids } })).map(toAssignmentView);

/**
 * A part ends by its holder's or its giver's hand (trả lại, thu hồi): refused unless the rules allow it,
 * its sub-parts and deadline end with it, a unit part its person part came from is pending again, and the
 * step's event is written in the same transaction. A retried step answers with the rows it touched.
 */
export async function endPartStep(opts: {
  em: EntityManager;
  stepKey: string;
  actor: Actor;
  assignmentId: string;
  reason: string;
  now: Date;
  status: 'returned' | 'withdrawn';
  kind: 'assignment.returned' | 'assignment.withdrawn';
  refusal: (actor: Actor, a: AssignmentView, documentStatus: IncomingDocument['status']) => Refusal;
  data?: (a: Assignment) => Record<string, unknown>;
}): Promise<AssignmentView[]> {
  return opts.em.transactional(async (em) => {
    const { a, doc } = await loadPart(em, opts.assignmentId);
    if (await stepDone(em, opts.stepKey)) {
      const children = (await em.find(Assignment, { parentId: a.id })).map((c) => c.id);
      return viewsOf(em, [a.id, ...(a.parentId ? [a.parentId] : []), ...children]);
    }
    enforce(opts.refusal(opts.actor, toAssignmentView(a), doc.status));
    const rows = await endPart(em, a, opts.status, opts.reason, opts.now);
    const parent = a.parentId ? await em.findOne(Assignment, a.parentId) : null;
    if (parent && parent.status === 'handling') parent.status = 'pending';
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'incoming_document',
      subjectId: doc.id,
      kind: opts.kind,
      actorId: opts.actor.id,
      at: opts.now,
      data: { assignmentId: a.id, role: a.role, unitId: a.unitId, userId: a.assigneeId, reason: opts.reason, ...opts.data?.(a) },
    });
    await em.flush();
    return [...rows, ...(parent ? [parent] : [])].map(toAssignmentView);
  });
}
