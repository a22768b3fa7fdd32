import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { Agency } from '../agency/agency.entity.ts';
import type { StoredFileRef } from '../file/file-store.ts';
import { Unit } from '../org/org.entity.ts';
import { invalidRecipient } from './outgoing.errors.ts';
import { OutgoingFile, OutgoingRecipient, OutgoingVersion, type FileRole, type OutgoingDocument, type OutgoingMetadata } from './outgoing.entity.ts';
import type { CleanDraft } from './validate-outgoing.ts';

export type DraftFile = StoredFileRef & { role: FileRole };

/** Recipients with their names resolved now: units of this agency, active agencies of the directory, named individuals. */
export async function resolveRecipients(em: EntityManager, draft: CleanDraft): Promise<Array<CleanDraft['recipients'][number] & { name: string }>> {
  const unitIds = draft.recipients.flatMap((r) => (r.unitId ? [r.unitId] : []));
  const agencyIds = draft.recipients.flatMap((r) => (r.agencyId ? [r.agencyId] : []));
  const units = new Map((unitIds.length ? await em.find(Unit, { id: { $in: unitIds } }) : []).map((u) => [u.id, u]));
  const agencies = new Map((agencyIds.length ? await em.find(Agency, { id: { $in: agencyIds }, active: true }) : []).map((a) => [a.id, a]));
  return draft.recipients.map((r, i) => {
    if (r.kind === 'unit') {
      const u = units.get(r.unitId!);
      if (!u) throw invalidRecipient('Không tìm thấy đơn vị nhận.', `recipients.${i}.unitId`);
      return { ...r, name: u.name };
    }
    if (r.kind === 'agency') {
      const a = agencies.get(r.agencyId!);
      if (!a) throw invalidRecipient('Không tìm thấy cơ quan nhận trong danh bạ (hoặc cơ quan đã ngừng hoạt động).', `recipients.${i}.agencyId`);
      return { ...r, name: a.name };
    }
    return { ...r, name: r.name! };
  });
}

/**
 * Writes one version of a draft: its metadata snapshot, its files and the recipients (replaced). The
 * document row carries the current version's metadata for the lists. Runs inside the step's transaction.
 */
export async function writeVersion(
  em: EntityManager,
  opts: { doc: OutgoingDocument; versionId: string; number: number; actor: Actor; draft: CleanDraft; files: DraftFile[]; note: string | null; now: Date },
): Promise<OutgoingVersion> {
  const { doc, draft, now } = opts;
  const recipients = await resolveRecipients(em, draft);
  Object.assign(doc, {
    documentTypeCode: draft.documentTypeCode,
    subject: draft.subject,
    urgency: draft.urgency,
    confidentiality: draft.confidentiality,
    pageCount: draft.pageCount,
    copies: draft.copies,
    dueDate: draft.dueDate,
    notes: draft.notes,
    currentVersion: opts.number,
  });
  const metadata: OutgoingMetadata = {
    documentTypeCode: draft.documentTypeCode,
    subject: draft.subject,
    urgency: draft.urgency,
    confidentiality: draft.confidentiality,
    pageCount: draft.pageCount,
    copies: draft.copies,
    dueDate: draft.dueDate,
    notes: draft.notes,
    recipients: recipients.map((r) => r.name + (r.kind === 'unit' ? '' : r.channel === 'paper' ? ' (bản giấy)' : ' (điện tử)')),
    files: opts.files.map((f) => `${f.role === 'main' ? 'Dự thảo' : 'Phụ lục'}: ${f.fileName}`),
  };
  const version = em.create(OutgoingVersion, {
    id: opts.versionId,
    documentId: doc.id,
    number: opts.number,
    createdAt: now,
    createdById: opts.actor.id,
    note: opts.note,
    metadata,
  });
  await em.flush();
  for (const f of opts.files) {
    em.create(OutgoingFile, {
      id: f.fileId,
      documentId: doc.id,
      versionId: version.id,
      role: f.role,
      sha256: f.sha256,
      fileName: f.fileName,
      mimeType: f.mimeType,
      size: f.size,
      uploadedById: opts.actor.id,
      createdAt: now,
    });
  }
  await em.nativeDelete(OutgoingRecipient, { documentId: doc.id });
  recipients.forEach((r, position) => {
    em.create(OutgoingRecipient, {
      id: randomUUID(),
      documentId: doc.id,
      position,
      kind: r.kind,
      channel: r.channel,
      unitId: r.unitId,
      agencyId: r.agencyId,
      name: r.name,
      address: r.address,
      sentAt: null,
      incomingDocumentId: null,
      recalledAt: null,
    });
  });
  return version;
}
