import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { recordEvent } from '../audit/record-event.ts';
import type { DocumentFile } from './file.entity.ts';

export type FileAccess = 'file.viewed' | 'file.downloaded';

/**
 * The access log Decree 30 App. VI asks for: who opened or downloaded which file, on the document's
 * timeline. Every access is its own event, so its key is fresh each time (nothing to deduplicate).
 */
export async function logFileAccess(opts: { em: EntityManager; actor: Actor; file: DocumentFile; kind: FileAccess; now: Date }): Promise<void> {
  const { em, file } = opts;
  recordEvent(em, {
    stepKey: `${opts.kind}:${randomUUID()}`,
    subjectType: 'incoming_document',
    subjectId: file.documentId,
    kind: opts.kind,
    actorId: opts.actor.id,
    at: opts.now,
    data: { fileId: file.id, fileName: file.fileName },
  });
  await em.flush();
}
