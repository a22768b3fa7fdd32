import { Context } from '@temporalio/activity';
import { alertDispatchRound } from '../modules/outgoing/alert-dispatch-round.ts';
import type { Orm } from '../db/orm.ts';
import type { ReceiveElectronicInput } from '../modules/document/receive-electronic-document.ts';
import { cancelOutgoingDraft } from '../modules/outgoing/cancel-outgoing-draft.ts';
import { createOutgoingDraft } from '../modules/outgoing/create-outgoing-draft.ts';
import { deliveryPacket, recordDelivery } from '../modules/outgoing/deliver-outgoing.ts';
import { issueOutgoingDocument } from '../modules/outgoing/issue-outgoing-document.ts';
import type { RelationKind } from '../modules/outgoing/outgoing.entity.ts';
import { recallOutgoingDocument } from '../modules/outgoing/recall-outgoing-document.ts';
import { approveOutgoingStep, returnOutgoingDraft } from '../modules/outgoing/review-outgoing-step.ts';
import { reviseOutgoingDraft } from '../modules/outgoing/revise-outgoing-draft.ts';
import type { DraftFile } from '../modules/outgoing/save-draft.ts';
import { signOutgoingDocument } from '../modules/outgoing/sign-outgoing-document.ts';
import { submitOutgoingDraft } from '../modules/outgoing/submit-outgoing-draft.ts';
import { syncDispatchTimes } from '../modules/outgoing/sync-dispatch-times.ts';
import type { CleanDraft, CleanSign, CleanStep } from '../modules/outgoing/validate-outgoing.ts';
import type { Actor } from '../shared/actor.ts';
import { receiveElectronicDocument } from '../temporal/incoming-document.client.ts';
import { asActivity } from './to-failure.ts';

export interface OutgoingActivityDeps {
  orm: Orm;
  now?: () => Date;
  /** Delivers to a recipient unit (default: the recipient's incoming-document workflow, through the worker's client). */
  receive?: (input: ReceiveElectronicInput) => Promise<{ documentId: string }>;
}

const receiveThroughWorker = (input: ReceiveElectronicInput) => {
  const ctx = Context.current();
  return receiveElectronicDocument(ctx.client, ctx.info.taskQueue, input);
};

export function createOutgoingActivities({ orm, now = () => new Date(), receive = receiveThroughWorker }: OutgoingActivityDeps) {
  const em = () => orm.em.fork();
  return {
    createOutgoingDraft: (a: { documentId: string; versionId: string; stepKey: string; actor: Actor; draft: CleanDraft; files: DraftFile[]; relation: { relatesToId: string; kind: RelationKind } | null }) =>
      asActivity(() => createOutgoingDraft({ em: em(), ...a, now: now() })),

    reviseOutgoingDraft: (a: { documentId: string; versionId: string; stepKey: string; actor: Actor; draft: CleanDraft; files: DraftFile[]; keepFileIds: string[]; note: string | null }) =>
      asActivity(() => reviseOutgoingDraft({ em: em(), ...a, now: now() })),

    submitOutgoingDraft: (a: { documentId: string; stepKey: string; actor: Actor; steps: Array<CleanStep & { id: string }> | null; activationId: string; note: string | null }) =>
      asActivity(() => submitOutgoingDraft({ em: em(), ...a, now: now() })),

    approveOutgoingStep: (a: { documentId: string; stepKey: string; actor: Actor; comment: string | null; nextActivationId: string }) =>
      asActivity(() => approveOutgoingStep({ em: em(), ...a, now: now() })),

    returnOutgoingDraft: (a: { documentId: string; stepKey: string; actor: Actor; comment: string }) => asActivity(() => returnOutgoingDraft({ em: em(), ...a, now: now() })),

    signOutgoingDocument: (a: { documentId: string; stepKey: string; actor: Actor; sign: CleanSign }) => asActivity(() => signOutgoingDocument({ em: em(), ...a, now: now() })),

    issueOutgoingDocument: (a: { documentId: string; stepKey: string; actor: Actor; bookId: string | null }) =>
      asActivity(() => issueOutgoingDocument({ em: em(), ...a, now: now() })),

    /**
     * One internal recipient: its incoming document (idempotent by its derived id), then the recipient row. Answers with the
     * incoming id, or null when the document was recalled or replaced before it went (nothing is sent).
     */
    deliverOutgoing: (a: { stepKey: string; outgoingId: string; recipientId: string }) =>
      asActivity(async () => {
        const at = now();
        const packet = await deliveryPacket(em(), { outgoingId: a.outgoingId, recipientId: a.recipientId, now: at });
        if (!packet) return null;
        const { documentId } = await receive(packet.input);
        await recordDelivery({ em: em(), stepKey: a.stepKey, outgoingId: a.outgoingId, recipientId: a.recipientId, incomingDocumentId: documentId, now: at });
        return documentId;
      }),

    /** Every dispatch alert falling on one instant, in one transaction (dispatch-alert-round.workflow.ts). */
    alertDispatchRound: (a: { roundKey: string; at: number }) =>
      asActivity(() => alertDispatchRound({ em: em(), roundKey: a.roundKey, at: new Date(a.at), now: now() })),

    /** A calendar change moved a dispatch limit: the row's copy follows (the văn thư's queue sorts by it). */
    syncDispatchTimes: (a: { documentId: string }) => asActivity(() => syncDispatchTimes({ em: em(), ...a })),

    recallOutgoingDocument: (a: { documentId: string; stepKey: string; actor: Actor; reason: string }) =>
      asActivity(() => recallOutgoingDocument({ em: em(), ...a, now: now() })),

    cancelOutgoingDraft: (a: { documentId: string; stepKey: string; actor: Actor; reason: string }) => asActivity(() => cancelOutgoingDraft({ em: em(), ...a, now: now() })),
  };
}
