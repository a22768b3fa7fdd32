import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isIsoDate } from '../../shared/dates.ts';
import { recordEvent } from '../audit/record-event.ts';
import { DocumentFile } from '../file/file.entity.ts';
import { findDocumentType } from './document-types.ts';
import { CONFIDENTIALITIES, IncomingDocument, URGENCIES, type Confidentiality, type Urgency } from './document.entity.ts';
import { Checker } from './validate-incoming.ts';

/** An internal outgoing document delivered to one recipient unit (ARCHITECTURE.md, "Receipt, vào sổ and trình"). */
export interface ReceiveElectronicInput {
  /** Chosen by the sender, deterministic (e.g. uuid v5 of outgoing id + recipient unit id): receiving twice is a no-op. */
  documentId: string;
  source: { outgoingDocumentId: string; recipientUnitId: string };
  /** ISO instant. */
  receivedAt: string;
  /** The agency's own name (sender). */
  issuerName: string;
  /** E.g. "15/QĐ-UBND". */
  numberNotation: string;
  /** yyyy-MM-dd (the issue date). */
  documentDate: string;
  /** Code from document-types.ts. */
  documentType: string;
  subject: string;
  signerName: string;
  signerPosition: string;
  pageCount: number;
  urgency: Urgency;
  confidentiality: Confidentiality;
  /** Already in the content-addressed store: rows only, no copy. */
  files: { sha256: string; fileName: string; mimeType: string; size: number }[];
  /** The sender's user id, recorded on the timeline as who sent it. */
  sentById: string;
}

export interface ReceiptResult {
  documentId: string;
  /** Ngày đến: the submission limit counts from here. */
  receivedAt: string;
  urgency: Urgency;
}

/** The sender's packet checked field by field: it comes from our own outgoing side, but a bad one must write nothing. */
export function validateReceipt(input: ReceiveElectronicInput): ReceiveElectronicInput {
  const c = new Checker();
  c.id('documentId', input.documentId, 'văn bản');
  c.id('source.outgoingDocumentId', input.source?.outgoingDocumentId, 'văn bản đi');
  c.id('source.recipientUnitId', input.source?.recipientUnitId, 'đơn vị nhận');
  c.id('sentById', input.sentById, 'người gửi');
  if (Number.isNaN(Date.parse(input.receivedAt))) c.add('receivedAt', 'INVALID_DATE', 'Thời điểm đến không hợp lệ.');
  const issuerName = c.text('issuerName', input.issuerName, 'cơ quan ban hành', 200);
  const numberNotation = c.text('numberNotation', input.numberNotation, 'số, ký hiệu', 50);
  if (!isIsoDate(input.documentDate)) c.add('documentDate', 'INVALID_DATE', 'Ngày văn bản không hợp lệ.');
  if (!findDocumentType(input.documentType)) c.add('documentType', 'REQUIRED', 'Loại văn bản không hợp lệ.');
  const subject = c.text('subject', input.subject, 'trích yếu', 500, true);
  const signerName = c.text('signerName', input.signerName, 'người ký', 100);
  const signerPosition = c.optionalText('signerPosition', input.signerPosition, 'chức vụ người ký', 100) ?? '';
  if (!Number.isInteger(input.pageCount) || input.pageCount < 1 || input.pageCount > 9999) {
    c.add('pageCount', 'OUT_OF_RANGE', 'Số trang phải là số nguyên từ 1 đến 9999.');
  }
  if (!URGENCIES.includes(input.urgency)) c.add('urgency', 'REQUIRED', 'Độ khẩn không hợp lệ.');
  if (!CONFIDENTIALITIES.includes(input.confidentiality)) c.add('confidentiality', 'REQUIRED', 'Độ mật không hợp lệ.');
  if (!Array.isArray(input.files) || input.files.some((f) => !/^[0-9a-f]{64}$/.test(f.sha256) || !f.fileName || !(f.size > 0))) {
    c.add('files', 'INVALID_FILE', 'Tệp đính kèm không hợp lệ.');
  }
  return c.done({ ...input, issuerName, numberNotation, subject, signerName, signerPosition });
}

const toResult = (d: IncomingDocument): ReceiptResult => ({ documentId: d.id, receivedAt: d.arrivalAt.toISOString(), urgency: d.urgency });

/**
 * Electronic receipt (Decree 30 art. 20–21): the document arrives as `received` (đã đến, chờ vào sổ) with
 * the sender's metadata and files, before any register: it gets its book and số đến when the văn thư
 * registers it. Idempotent by document id, which the sender fixes: a second delivery finds the first.
 */
export async function receiveElectronicDocument(opts: { em: EntityManager; stepKey: string; input: ReceiveElectronicInput; now: Date }): Promise<ReceiptResult> {
  const input = validateReceipt(opts.input);
  return opts.em.transactional(async (em) => {
    const existing = await em.findOne(IncomingDocument, input.documentId);
    if (existing) return toResult(existing);
    const doc = em.create(IncomingDocument, {
      id: input.documentId,
      bookId: null,
      year: null,
      arrivalNumber: null,
      arrivalAt: new Date(input.receivedAt),
      registeredAt: null,
      registeredById: null,
      receiptForm: 'electronic',
      documentTypeCode: input.documentType,
      numberNotation: input.numberNotation,
      issuer: input.issuerName,
      issuerAgencyId: null,
      issuerAgencyCode: null,
      issuedDate: input.documentDate,
      subject: input.subject,
      urgency: input.urgency,
      confidentiality: input.confidentiality,
      signer: input.signerName,
      signerPosition: input.signerPosition || null,
      pageCount: input.pageCount,
      dueDate: null,
      internalRecipients: null,
      notes: null,
      status: 'received',
      direction: null,
      directedById: null,
      directedAt: null,
      completedAt: null,
      sourceOutgoingId: input.source.outgoingDocumentId,
      recipientUnitId: input.source.recipientUnitId,
      sentById: input.sentById,
    });
    await em.flush();
    for (const f of input.files) {
      em.create(DocumentFile, {
        id: randomUUID(),
        documentId: doc.id,
        sha256: f.sha256,
        fileName: f.fileName,
        mimeType: f.mimeType,
        size: f.size,
        uploadedById: input.sentById,
        createdAt: opts.now,
      });
    }
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'incoming_document',
      subjectId: doc.id,
      kind: 'document.received',
      actorId: input.sentById,
      at: opts.now,
      data: { outgoingDocumentId: input.source.outgoingDocumentId, recipientUnitId: input.source.recipientUnitId, receivedAt: input.receivedAt },
    });
    await em.flush();
    return toResult(doc);
  });
}
