import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { DomainError } from '../../shared/errors.ts';
import { vnYear } from '../../shared/dates.ts';
import { recordEvent } from '../audit/record-event.ts';
import { DocumentFile } from '../file/file.entity.ts';
import type { StoredFileRef } from '../file/file-store.ts';
import { forbidden } from '../org/org.errors.ts';
import { IncomingDocument } from './document.entity.ts';
import { DocumentErrorCode } from './document.errors.ts';
import type { RegistrationInput } from './validate-incoming.ts';

export interface RegistrationResult {
  documentId: string;
  bookId: string;
  year: number;
  arrivalNumber: number;
  arrivalAt: string;
}

const toResult = (d: IncomingDocument): RegistrationResult => ({
  documentId: d.id,
  bookId: d.bookId,
  year: d.year,
  arrivalNumber: d.arrivalNumber,
  arrivalAt: d.arrivalAt.toISOString(),
});

/**
 * Vào sổ: takes the next số đến of the book and writes the document, its file and its event in one
 * transaction. The number comes from `update … returning` on the book row, whose lock serialises
 * concurrent registrations, and a rollback gives the number back, so the sequence stays gapless.
 * A retry finds the document already there and returns the number it got the first time.
 */
export async function registerIncomingDocument(opts: {
  em: EntityManager;
  documentId: string;
  stepKey: string;
  actor: Actor;
  input: RegistrationInput & { dueDate: string | null };
  file: StoredFileRef | null;
  now: Date;
}): Promise<RegistrationResult> {
  const { documentId, actor, input, now } = opts;
  return opts.em.transactional(async (em) => {
    const existing = await em.findOne(IncomingDocument, documentId);
    if (existing) return toResult(existing);
    if (!actor.roles.includes('clerk')) throw forbidden('vào sổ văn bản đến');

    const rows = await em.execute<{ last_number: number; year: number }[]>(
      `update register_book set last_number = last_number + 1
        where id = ? and direction = 'incoming' and year = ? returning last_number, year`,
      [input.bookId, vnYear(now)],
    );
    const allocated = rows[0];
    if (!allocated) {
      throw new DomainError(DocumentErrorCode.BookNotFound, 'Không tìm thấy sổ văn bản đến của năm nay.', 'bookId');
    }
    const doc = em.create(IncomingDocument, {
      id: documentId,
      bookId: input.bookId,
      year: allocated.year,
      arrivalNumber: allocated.last_number,
      arrivalAt: now,
      documentTypeCode: input.documentTypeCode,
      numberNotation: input.numberNotation,
      issuer: input.issuer,
      issuedDate: input.issuedDate,
      subject: input.subject,
      urgency: input.urgency,
      confidentiality: input.confidentiality,
      signer: input.signer,
      pageCount: input.pageCount,
      dueDate: input.dueDate,
      status: 'awaiting_direction',
      direction: null,
      directedById: null,
      directedAt: null,
      completedAt: null,
      registeredById: actor.id,
    });
    // Rows reference each other by id columns, not ORM relations, so the ORM cannot order the inserts: the document goes first.
    await em.flush();
    if (opts.file) {
      em.create(DocumentFile, {
        id: opts.file.fileId,
        documentId,
        sha256: opts.file.sha256,
        fileName: opts.file.fileName,
        mimeType: opts.file.mimeType,
        size: opts.file.size,
        uploadedById: actor.id,
        createdAt: now,
      });
    }
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'incoming_document',
      subjectId: documentId,
      kind: 'document.registered',
      actorId: actor.id,
      at: now,
      data: { arrivalNumber: doc.arrivalNumber, year: doc.year },
    });
    await em.flush();
    return toResult(doc);
  });
}
