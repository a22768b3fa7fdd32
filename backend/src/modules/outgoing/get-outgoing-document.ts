import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { Deadline } from '../deadline/deadline.entity.ts';
import { diffMetadata, type MetadataChange } from './metadata-diff.ts';
import { OutgoingDocument, OutgoingFile, OutgoingRecipient, OutgoingReviewStep, OutgoingVersion } from './outgoing.entity.ts';
import { outgoingNotFound } from './outgoing.errors.ts';
import { canSeeOutgoing, visibleOutgoingSql } from './outgoing-visibility.ts';

/** The document if the actor may see it; null otherwise (the caller cannot tell a hidden one from a missing one). */
export async function getOutgoingDocument(opts: { em: EntityManager; actor: Actor; id: string }): Promise<OutgoingDocument | null> {
  const doc = await opts.em.findOne(OutgoingDocument, opts.id);
  if (!doc) return null;
  return (await canSeeOutgoing({ em: opts.em, actor: opts.actor, documentId: doc.id })) ? doc : null;
}

export const findOutgoingDocuments = (opts: { em: EntityManager; ids: readonly string[] }) => opts.em.find(OutgoingDocument, { id: { $in: [...opts.ids] } });
export const findOutgoingVersions = (opts: { em: EntityManager; documentIds: readonly string[] }) =>
  opts.em.find(OutgoingVersion, { documentId: { $in: [...opts.documentIds] } }, { orderBy: { number: 'desc' } });
export const findOutgoingFiles = (opts: { em: EntityManager; versionIds: readonly string[] }) =>
  opts.em.find(OutgoingFile, { versionId: { $in: [...opts.versionIds] } }, { orderBy: { role: 'desc', createdAt: 'asc', id: 'asc' } });
export const findOutgoingSteps = (opts: { em: EntityManager; documentIds: readonly string[] }) =>
  opts.em.find(OutgoingReviewStep, { documentId: { $in: [...opts.documentIds] } }, { orderBy: { position: 'asc' } });
export const findOutgoingRecipients = (opts: { em: EntityManager; documentIds: readonly string[] }) =>
  opts.em.find(OutgoingRecipient, { documentId: { $in: [...opts.documentIds] } }, { orderBy: { position: 'asc' } });
export const findOutgoingDeadlines = (opts: { em: EntityManager; documentIds: readonly string[] }) =>
  opts.em.find(Deadline, { documentId: { $in: [...opts.documentIds] }, kind: { $in: ['outgoing_review', 'dispatch_target', 'dispatch_limit'] } });
/** Corrections and replacements of the given documents, those the actor may see (a draft correction is as private as any draft). */
export async function findRelatedOutgoing(opts: { em: EntityManager; actor: Actor | null; ids: readonly string[] }): Promise<OutgoingDocument[]> {
  if (!opts.actor || !opts.ids.length) return [];
  const v = visibleOutgoingSql(opts.actor);
  const visible = await opts.em.execute<{ id: string }[]>(
    `select o.id from outgoing_document o where o.relates_to_id in (${opts.ids.map(() => '?::uuid').join(',')}) and ${v.sql}`,
    [...opts.ids, ...v.params],
  );
  return opts.em.find(OutgoingDocument, { id: { $in: visible.map((r) => r.id) } }, { orderBy: { createdAt: 'asc' } });
}

/** A file of an outgoing document, for those who may see the document. */
export async function readOutgoingFile(opts: { em: EntityManager; actor: Actor; fileId: string }): Promise<OutgoingFile | null> {
  const file = await opts.em.findOne(OutgoingFile, opts.fileId);
  if (!file) return null;
  return (await canSeeOutgoing({ em: opts.em, actor: opts.actor, documentId: file.documentId })) ? file : null;
}

/** What changed between two versions of a visible document. */
export async function outgoingVersionDiff(opts: { em: EntityManager; actor: Actor; documentId: string; from: number; to: number }): Promise<MetadataChange[]> {
  if (!(await getOutgoingDocument({ em: opts.em, actor: opts.actor, id: opts.documentId }))) throw outgoingNotFound();
  const versions = await opts.em.find(OutgoingVersion, { documentId: opts.documentId, number: { $in: [opts.from, opts.to] } });
  const a = versions.find((v) => v.number === opts.from);
  const b = versions.find((v) => v.number === opts.to);
  if (!a || !b) throw outgoingNotFound();
  return diffMetadata(a.metadata, b.metadata);
}

/**
 * Each internal recipient's state as the sender sees it, read from its incoming document:
 * received → đã đến; registered, awaiting direction, returned → đã tiếp nhận; in progress → đang xử lý; completed → hoàn thành.
 */
export async function incomingStatusesOf(opts: { em: EntityManager; outgoingIds: readonly string[] }): Promise<Array<{ source_outgoing_id: string; recipient_unit_id: string; status: string }>> {
  if (!opts.outgoingIds.length) return [];
  return opts.em.execute(`select source_outgoing_id, recipient_unit_id, status from incoming_document where source_outgoing_id in (${opts.outgoingIds.map(() => '?').join(',')})`, [...opts.outgoingIds]);
}

export type RecipientStatus = 'not_sent' | 'sent' | 'arrived' | 'accepted' | 'in_progress' | 'completed' | 'recalled';

export function recipientStatus(r: OutgoingRecipient, incomingStatus: string | undefined): RecipientStatus {
  if (r.recalledAt) return 'recalled';
  if (r.kind !== 'unit') return r.sentAt ? 'sent' : 'not_sent';
  if (!r.incomingDocumentId && !incomingStatus) return 'not_sent';
  switch (incomingStatus) {
    case 'in_progress':
      return 'in_progress';
    case 'completed':
      return 'completed';
    case 'registered':
    case 'awaiting_direction':
    case 'returned':
    case 'sent_back':
      return 'accepted';
    default:
      return 'arrived';
  }
}
