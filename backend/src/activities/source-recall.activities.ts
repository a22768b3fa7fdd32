import { Context } from '@temporalio/activity';
import { WorkflowNotFoundError } from '@temporalio/common';
import type { Orm } from '../db/orm.ts';
import { freezeRecalledDocument } from '../modules/document/freeze-recalled-document.ts';
import { recalledCopy } from '../modules/outgoing/recall-outgoing-document.ts';
import { incomingDocumentWorkflowId, sourceRecalledSignal } from '../../../workflows/src/incoming-document/messages.ts';
import { asActivity } from './to-failure.ts';

export interface SourceRecallActivityDeps {
  orm: Orm;
  now?: () => Date;
}

/**
 * A recalled or replaced outgoing document freezes the copies its internal recipients received: the outgoing
 * workflow asks each copy's workflow (`withdrawCopy`), which records it (`freezeRecalledDocument`) and ends.
 */
export function createSourceRecallActivities({ orm, now = () => new Date() }: SourceRecallActivityDeps) {
  const em = () => orm.em.fork();
  return {
    freezeRecalledDocument: (a: { documentId: string; outgoingId: string; reason: string; stepKey: string }) =>
      asActivity(() => freezeRecalledDocument({ em: em(), ...a, now: now() })),

    /** Signals the copy's workflow (a repeated signal is ignored there); a copy whose process has ended is frozen here. Answers whether there was a copy. */
    withdrawCopy: (a: { stepKey: string; outgoingId: string; recipientId: string }) =>
      asActivity(async () => {
        const copy = await recalledCopy(em(), a);
        if (!copy) return false;
        const handle = Context.current().client.workflow.getHandle(incomingDocumentWorkflowId(copy.documentId));
        try {
          await handle.signal(sourceRecalledSignal, { outgoingId: a.outgoingId, reason: copy.reason });
        } catch (e) {
          if (!(e instanceof WorkflowNotFoundError)) throw e;
          await freezeRecalledDocument({ em: em(), documentId: copy.documentId, outgoingId: a.outgoingId, reason: copy.reason, stepKey: a.stepKey, now: now() });
        }
        return true;
      }),
  };
}
