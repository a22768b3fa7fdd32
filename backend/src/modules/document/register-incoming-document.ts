import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { vnYear } from '../../shared/dates.ts';
import { recordEvent } from '../audit/record-event.ts';
import { DocumentFile } from '../file/file.entity.ts';
import type { StoredFileRef } from '../file/file-store.ts';
import { forbidden } from '../org/org.errors.ts';
import { chooseBook, listIncomingBooksOfYear } from '../register-book/choose-book.ts';
import { bookNotFound } from '../register-book/register-book.errors.ts';
import { IncomingDocument } from './document.entity.ts';
import type { CleanRegistration } from './validate-incoming.ts';

export interface RegistrationResult {
  documentId: string;
  bookId: string;
  year: number;
  arrivalNumber: number;
  /**
   * The moment the document entered the register, which submits it to the leader: the workflow's
   * direction deadline counts from here. (Named before the văn thư could record an earlier ngày đến,
   * which is on the document; running workflows read this name.)
   */
  arrivalAt: string;
}

const toResult = (d: IncomingDocument): RegistrationResult => ({
  documentId: d.id,
  bookId: d.bookId,
  year: d.year,
  arrivalNumber: d.arrivalNumber,
  arrivalAt: d.registeredAt.toISOString(),
});

export function insertDocumentFiles(em: EntityManager, documentId: string, files: readonly StoredFileRef[], actor: Actor, now: Date): void {
  for (const f of files) {
    em.create(DocumentFile, {
      id: f.fileId,
      documentId,
      sha256: f.sha256,
      fileName: f.fileName,
      mimeType: f.mimeType,
      size: f.size,
      uploadedById: actor.id,
      createdAt: now,
    });
  }
}

/**
 * Vào sổ: takes the next số đến of the book and writes the document, its files and its event in one
 * transaction. The number comes from `update … returning` on the book row, whose lock serialises
 * concurrent registrations, and a rollback gives the number back, so the sequence stays gapless.
 * A retry finds the document already there and returns the number it got the first time.
 */
export async function registerIncomingDocument(opts: {
  em: EntityManager;
  documentId: string;
  stepKey: string;
  actor: Actor;
  input: CleanRegistration;
  /** The single file of the first release's registrations. */
  file: StoredFileRef | null;
  files?: StoredFileRef[];
  now: Date;
}): Promise<RegistrationResult> {
  const { documentId, actor, input, now } = opts;
  return opts.em.transactional(async (em) => {
    const existing = await em.findOne(IncomingDocument, documentId);
    if (existing) return toResult(existing);
    if (!actor.roles.includes('clerk')) throw forbidden('vào sổ văn bản đến');

    const year = vnYear(now);
    // Checked again here: an administrator may have changed the books since the edge chose this one.
    chooseBook(await listIncomingBooksOfYear(em, year), input.confidentiality, input.bookId);
    const rows = await em.execute<{ last_number: number; year: number }[]>(
      `update register_book set last_number = last_number + 1
        where id = ? and direction = 'incoming' and year = ? and active returning last_number, year`,
      [input.bookId, year],
    );
    const allocated = rows[0];
    if (!allocated) throw bookNotFound('bookId', 'Không tìm thấy sổ văn bản đến của năm nay.');
    const doc = em.create(IncomingDocument, {
      id: documentId,
      bookId: input.bookId,
      year: allocated.year,
      arrivalNumber: allocated.last_number,
      arrivalAt: input.arrivalAt ? new Date(input.arrivalAt) : now,
      registeredAt: now,
      receiptForm: input.receiptForm ?? 'electronic',
      documentTypeCode: input.documentTypeCode,
      numberNotation: input.numberNotation,
      issuer: input.issuer,
      issuerAgencyId: input.issuerAgencyId ?? null,
      issuerAgencyCode: input.issuerAgencyCode ?? null,
      issuedDate: input.issuedDate,
      subject: input.subject,
      urgency: input.urgency,
      confidentiality: input.confidentiality,
      signer: input.signer,
      signerPosition: input.signerPosition ?? null,
      pageCount: input.pageCount,
      dueDate: input.dueDate,
      internalRecipients: input.internalRecipients ?? null,
      notes: input.notes ?? null,
      status: 'awaiting_direction',
      direction: null,
      directedById: null,
      directedAt: null,
      completedAt: null,
      registeredById: actor.id,
    });
    // Rows reference each other by id columns, not ORM relations, so the ORM cannot order the inserts: the document goes first.
    await em.flush();
    insertDocumentFiles(em, documentId, [...(opts.file ? [opts.file] : []), ...(opts.files ?? [])], actor, now);
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'incoming_document',
      subjectId: documentId,
      kind: 'document.registered',
      actorId: actor.id,
      at: now,
      data: {
        arrivalNumber: doc.arrivalNumber,
        year: doc.year,
        bookId: doc.bookId,
        ...(input.confirmedDuplicateIds?.length ? { confirmedDuplicateIds: input.confirmedDuplicateIds } : {}),
      },
    });
    await em.flush();
    return toResult(doc);
  });
}
