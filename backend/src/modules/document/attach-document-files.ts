import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { InputError } from '../../shared/errors.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { DocumentFile } from '../file/file.entity.ts';
import type { StoredFileRef } from '../file/file-store.ts';
import { forbidden } from '../org/org.errors.ts';
import { IncomingDocument } from './document.entity.ts';
import { documentNotFound } from './document.errors.ts';
import { insertDocumentFiles } from './register-incoming-document.ts';

export const canAttachFiles = (actor: Actor) => actor.roles.includes('clerk');

/**
 * Đính kèm tệp after registration: the scan of a paper document, an annex that came later. The file
 * ids were fixed before the workflow step, so a retry finds the step done and adds nothing twice.
 */
export async function attachDocumentFiles(opts: {
  em: EntityManager;
  documentId: string;
  stepKey: string;
  actor: Actor;
  files: StoredFileRef[];
  maxFiles: number;
  now: Date;
}): Promise<{ fileIds: string[] }> {
  const { documentId, actor, files, now } = opts;
  const fileIds = files.map((f) => f.fileId);
  return opts.em.transactional(async (em) => {
    if (await stepDone(em, opts.stepKey)) return { fileIds };
    if (!canAttachFiles(actor)) throw forbidden('đính kèm tệp vào văn bản đến');
    const doc = await em.findOne(IncomingDocument, documentId);
    if (!doc) throw documentNotFound();
    if (!files.length) throw new InputError([{ field: 'files', code: 'REQUIRED', message: 'Vui lòng chọn tệp đính kèm.' }]);
    const existing = await em.count(DocumentFile, { documentId });
    if (existing + files.length > opts.maxFiles) {
      throw new InputError([{ field: 'files', code: 'TOO_MANY_FILES', message: `Mỗi văn bản có tối đa ${opts.maxFiles} tệp đính kèm.` }]);
    }
    insertDocumentFiles(em, documentId, files, actor, now);
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'incoming_document',
      subjectId: documentId,
      kind: 'document.files_attached',
      actorId: actor.id,
      at: now,
      data: { files: files.map((f) => ({ id: f.fileId, fileName: f.fileName })) },
    });
    await em.flush();
    return { fileIds };
  });
}
