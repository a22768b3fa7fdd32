import type { Orm } from '../db/orm.ts';
import { assignHandler } from '../modules/document/assign-handler.ts';
import { completeHandling } from '../modules/document/complete-handling.ts';
import { directIncomingDocument, type DirectionCommand } from '../modules/document/direct-incoming-document.ts';
import { attachDocumentFiles } from '../modules/document/attach-document-files.ts';
import { registerIncomingDocument, registrationCalendarYears } from '../modules/document/register-incoming-document.ts';
import { loadDeadlineContext } from './deadline.activities.ts';
import type { CleanRegistration } from '../modules/document/validate-incoming.ts';
import type { StoredFileRef } from '../modules/file/file-store.ts';
import type { Actor } from '../shared/actor.ts';
import { closeDocument } from '../modules/document/close-document.ts';
import { markSeen } from '../modules/document/mark-seen.ts';
import { addAssignee, reassignAssignment } from '../modules/document/reassign-assignment.ts';
import { returnAssignment } from '../modules/document/return-assignment.ts';
import { withdrawAssignment } from '../modules/document/withdraw-assignment.ts';
import { resubmitDocument, returnDocument } from '../modules/document/return-document.ts';
import { receiveElectronicDocument, type ReceiveElectronicInput } from '../modules/document/receive-electronic-document.ts';
import { sendBackDocument } from '../modules/document/send-back-document.ts';
import { submitDocument } from '../modules/document/submit-document.ts';
import type { CleanAssignee } from '../modules/document/validate-incoming.ts';
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
      submit?: boolean;
    }) => asActivity(() => registerIncomingDocument({ em: em(), ...a, now: now() })),

    /**
     * The registration as workflows since REGISTER_LOCALLY_PATCH run it, a local activity: it also records the direction
     * limit the submission starts and hands back the deadline context it computed that limit with, so the workflow
     * follows the limit without another activity. `at`: the registration's moment as the workflow saw it: inside the
     * workflow task the attempt's own clock is the worker's, not the server's (which the time-skipping tests move).
     */
    registerAndFollow: (a: {
      documentId: string;
      stepKey: string;
      actor: Actor;
      input: CleanRegistration;
      file: StoredFileRef | null;
      files?: StoredFileRef[];
      submit?: boolean;
      at: number;
    }) =>
      asActivity(async () => {
        const { at, ...rest } = a;
        const now = new Date(at);
        const years = registrationCalendarYears(a.input.arrivalAt ? new Date(a.input.arrivalAt) : now, now);
        const context = await loadDeadlineContext(em(), years);
        const registration = await registerIncomingDocument({ em: em(), ...rest, calendar: context.calendar, recordDirection: true, now });
        return { registration, context: { ...context, ...years } };
      }),

    receiveElectronicDocument: (a: { stepKey: string; input: ReceiveElectronicInput }) =>
      asActivity(() => receiveElectronicDocument({ em: em(), ...a, now: now() })),

    submitDocument: (a: { documentId: string; stepKey: string; actor: Actor; note: string | null }) =>
      asActivity(() => submitDocument({ em: em(), ...a, now: now() })),

    sendBackDocument: (a: { documentId: string; stepKey: string; actor: Actor; reason: string }) =>
      asActivity(() => sendBackDocument({ em: em(), ...a, now: now() })),

    attachDocumentFiles: (a: { documentId: string; stepKey: string; actor: Actor; files: StoredFileRef[]; maxFiles: number }) =>
      asActivity(() => attachDocumentFiles({ em: em(), ...a, now: now() })),

    directIncomingDocument: (a: { documentId: string; stepKey: string; actor: Actor; command: DirectionCommand }) =>
      asActivity(() => directIncomingDocument({ em: em(), ...a, now: now() })),

    assignHandler: (a: { stepKey: string; actor: Actor; assignmentId: string; childId: string; userId: string; deadline: string }) =>
      asActivity(() => assignHandler({ em: em(), ...a, now: now() })),

    completeHandling: (a: { stepKey: string; actor: Actor; assignmentId: string; resultNote: string }) =>
      asActivity(() => completeHandling({ em: em(), ...a, now: now() })),

    returnDocument: (a: { documentId: string; stepKey: string; actor: Actor; reason: string }) => asActivity(() => returnDocument({ em: em(), ...a, now: now() })),

    resubmitDocument: (a: { documentId: string; stepKey: string; actor: Actor; note: string | null }) =>
      asActivity(() => resubmitDocument({ em: em(), ...a, now: now() })),

    returnAssignment: (a: { stepKey: string; actor: Actor; assignmentId: string; reason: string }) =>
      asActivity(() => returnAssignment({ em: em(), ...a, now: now() })),

    withdrawAssignment: (a: { stepKey: string; actor: Actor; assignmentId: string; reason: string }) =>
      asActivity(() => withdrawAssignment({ em: em(), ...a, now: now() })),

    reassignAssignment: (a: { stepKey: string; actor: Actor; assignmentId: string; newId: string; to: CleanAssignee; reason: string }) =>
      asActivity(() => reassignAssignment({ em: em(), ...a, now: now() })),

    addAssignee: (a: { documentId: string; stepKey: string; actor: Actor; newId: string; role: 'coordinate' | 'inform'; to: CleanAssignee }) =>
      asActivity(() => addAssignee({ em: em(), ...a, now: now() })),

    markSeen: (a: { stepKey: string; actor: Actor; assignmentId: string }) => asActivity(() => markSeen({ em: em(), ...a, now: now() })),

    closeDocument: (a: { documentId: string; stepKey: string; actor: Actor; closingNote: string; replyReference: string | null }) =>
      asActivity(() => closeDocument({ em: em(), ...a, now: now() })),
  };
}
