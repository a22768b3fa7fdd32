import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { DocumentFile } from '../file/file.entity.ts';
import { Assignment, IncomingDocument } from './document.entity.ts';
import { canSeeDocument, logAccessRefused, seesEveryConfidentialDocument, type RefusedVia } from './visibility.ts';

/**
 * Every signed-in member of the agency may read an ordinary document; a confidential one only those
 * visibility.ts names. null: no such document, or one the actor may not see (the caller cannot tell which).
 */
export async function getIncomingDocument(opts: { em: EntityManager; actor: Actor; id: string }): Promise<IncomingDocument | null> {
  const doc = await opts.em.findOne(IncomingDocument, opts.id);
  if (!doc || doc.confidentiality === 'normal' || seesEveryConfidentialDocument(opts.actor)) return doc;
  return (await canSeeDocument({ em: opts.em, actor: opts.actor, documentId: doc.id })) ? doc : null;
}

/**
 * The document for a reader who asked for it by id: when it exists and is hidden from them, the refusal is
 * logged (document.access_refused) and the answer is the same as for a document that does not exist.
 */
export async function readIncomingDocument(opts: { em: EntityManager; actor: Actor; id: string; via: RefusedVia }): Promise<IncomingDocument | null> {
  const doc = await getIncomingDocument(opts);
  if (!doc) await logAccessRefused({ em: opts.em, actor: opts.actor, documentId: opts.id, via: opts.via });
  return doc;
}

export function findIncomingDocuments(opts: { em: EntityManager; ids: readonly string[] }): Promise<IncomingDocument[]> {
  return opts.em.find(IncomingDocument, { id: { $in: [...opts.ids] } });
}

const ROLE_ORDER = { lead: 0, coordinate: 1, inform: 2 } as const;

/** In the order of the phiếu giải quyết: chủ trì, phối hợp, để biết; then as assigned (one step gives them one timestamp). */
export async function findAssignmentsOfDocuments(opts: { em: EntityManager; documentIds: readonly string[] }): Promise<Assignment[]> {
  const rows = await opts.em.find(Assignment, { documentId: { $in: [...opts.documentIds] } }, { orderBy: { assignedAt: 'asc', id: 'asc' } });
  return rows.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.assignedAt.getTime() - b.assignedAt.getTime());
}

export function findFilesOfDocuments(opts: { em: EntityManager; documentIds: readonly string[] }): Promise<DocumentFile[]> {
  return opts.em.find(DocumentFile, { documentId: { $in: [...opts.documentIds] } }, { orderBy: { createdAt: 'asc' } });
}

export function findFile(opts: { em: EntityManager; id: string }): Promise<DocumentFile | null> {
  return opts.em.findOne(DocumentFile, opts.id);
}
