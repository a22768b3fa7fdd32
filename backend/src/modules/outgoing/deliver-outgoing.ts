import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReceiveElectronicInput } from '../document/receive-electronic-document.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { User } from '../org/org.entity.ts';
import { agencyName } from '../register-book/register-cover.ts';
import { OutgoingDocument, OutgoingFile, OutgoingRecipient, OutgoingVersion } from './outgoing.entity.ts';

/** The incoming document's id for one recipient unit: a name-based uuid (v5 layout) of the outgoing id and the unit, so it is received once. */
export function deliveryDocumentId(outgoingId: string, unitId: string): string {
  const h = createHash('sha1').update(`outgoing-delivery:${outgoingId}:${unitId}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/**
 * The packet an internal recipient unit receives (`receiveElectronicDocument`): the signed version's files, no copy of the bytes;
 * null once the document is no longer in force (recalled or replaced before this delivery went).
 */
export async function deliveryPacket(
  em: EntityManager,
  opts: { outgoingId: string; recipientId: string; now: Date },
): Promise<{ input: ReceiveElectronicInput; done: boolean } | null> {
  const doc = await em.findOneOrFail(OutgoingDocument, opts.outgoingId);
  if (doc.status !== 'issued') return null;
  const recipient = await em.findOneOrFail(OutgoingRecipient, opts.recipientId);
  const version = await em.findOneOrFail(OutgoingVersion, { documentId: doc.id, number: doc.signedVersion ?? doc.currentVersion });
  const files = await em.find(OutgoingFile, { versionId: version.id }, { orderBy: { role: 'desc', createdAt: 'asc' } });
  const signer = doc.signedById ? await em.findOne(User, doc.signedById) : null;
  const input: ReceiveElectronicInput = {
    documentId: deliveryDocumentId(doc.id, recipient.unitId!),
    source: { outgoingDocumentId: doc.id, recipientUnitId: recipient.unitId! },
    receivedAt: opts.now.toISOString(),
    issuerName: await agencyName(em),
    numberNotation: doc.numberNotation!,
    documentDate: doc.issuedDate!,
    documentType: doc.documentTypeCode,
    subject: doc.subject,
    signerName: signer?.fullName ?? '',
    signerPosition: doc.signerPosition ?? '',
    pageCount: doc.pageCount,
    urgency: doc.urgency,
    confidentiality: doc.confidentiality,
    files: files.map((f) => ({ sha256: f.sha256, fileName: f.fileName, mimeType: f.mimeType, size: f.size })),
    sentById: doc.issuedById!,
  };
  return { input, done: recipient.incomingDocumentId != null };
}

/** The recipient unit has it: the row names its incoming document; the event is the step's proof. */
export async function recordDelivery(opts: { em: EntityManager; stepKey: string; outgoingId: string; recipientId: string; incomingDocumentId: string; now: Date }): Promise<void> {
  await opts.em.transactional(async (em) => {
    if (await stepDone(em, opts.stepKey)) return;
    const r = await em.findOneOrFail(OutgoingRecipient, opts.recipientId);
    r.incomingDocumentId = opts.incomingDocumentId;
    r.sentAt ??= opts.now;
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'outgoing_document',
      subjectId: opts.outgoingId,
      kind: 'outgoing.delivered',
      actorId: null,
      at: opts.now,
      data: { recipientId: r.id, unitId: r.unitId, incomingDocumentId: opts.incomingDocumentId },
    });
    await em.flush();
  });
}
