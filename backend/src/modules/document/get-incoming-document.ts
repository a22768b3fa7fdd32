import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { DocumentFile } from '../file/file.entity.ts';
import { Assignment, IncomingDocument } from './document.entity.ts';

/** Every signed-in member of the agency may read an ordinary document; confidential ones get their own rules later. */
export async function getIncomingDocument(opts: { em: EntityManager; actor: Actor; id: string }): Promise<IncomingDocument | null> {
  return opts.em.findOne(IncomingDocument, opts.id);
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
