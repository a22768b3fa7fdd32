import type { Orm } from '../db/orm.ts';
import { assignHandler } from '../modules/document/assign-handler.ts';
import { completeHandling } from '../modules/document/complete-handling.ts';
import { directIncomingDocument, type DirectionCommand } from '../modules/document/direct-incoming-document.ts';
import { attachDocumentFiles } from '../modules/document/attach-document-files.ts';
import { registerIncomingDocument } from '../modules/document/register-incoming-document.ts';
import type { CleanRegistration } from '../modules/document/validate-incoming.ts';
import type { StoredFileRef } from '../modules/file/file-store.ts';
import type { Actor } from '../shared/actor.ts';
import { asActivity } from './to-failure.ts';

export interface DocumentActivityDeps {
  orm: Orm;
  now?: () => Date;
}

export function createDocumentActivities({ orm, now = () => new Date() }: DocumentActivityDeps) {
  const em = () => orm.em.fork();
  return {
    registerIncomingDocument: (a: {
      documentId: string;
      stepKey: string;
      actor: Actor;
      input: CleanRegistration;
      file: StoredFileRef | null;
      files?: StoredFileRef[];
    }) => asActivity(() => registerIncomingDocument({ em: em(), ...a, now: now() })),

    attachDocumentFiles: (a: { documentId: string; stepKey: string; actor: Actor; files: StoredFileRef[]; maxFiles: number }) =>
      asActivity(() => attachDocumentFiles({ em: em(), ...a, now: now() })),

    directIncomingDocument: (a: { documentId: string; stepKey: string; actor: Actor; command: DirectionCommand }) =>
      asActivity(() => directIncomingDocument({ em: em(), ...a, now: now() })),

    assignHandler: (a: { stepKey: string; actor: Actor; assignmentId: string; childId: string; userId: string; deadline: string }) =>
      asActivity(() => assignHandler({ em: em(), ...a, now: now() })),

    completeHandling: (a: { stepKey: string; actor: Actor; assignmentId: string; resultNote: string }) =>
      asActivity(() => completeHandling({ em: em(), ...a, now: now() })),
  };
}
