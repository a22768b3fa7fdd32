import type { EntityManager } from '@mikro-orm/postgresql';
import type { Refusal } from '../../../../workflows/src/incoming-document/distribution-rules.ts';
import { DomainError } from '../../shared/errors.ts';
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
