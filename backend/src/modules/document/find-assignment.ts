import type { EntityManager } from '@mikro-orm/postgresql';
import { Assignment } from './document.entity.ts';
import { assignmentNotFound } from './document.errors.ts';

/** Mutations name an assignment; its document tells which workflow to address. */
export async function findAssignmentDocumentId(opts: { em: EntityManager; assignmentId: string }): Promise<string> {
  const a = await opts.em.findOne(Assignment, opts.assignmentId, { fields: ['documentId'] });
  if (!a) throw assignmentNotFound();
  return a.documentId;
}
