import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recalledRefusal } from '../../../../workflows/src/incoming-document/distribution-rules.ts';
import { DomainError } from '../../shared/errors.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { Deadline } from '../deadline/deadline.entity.ts';
import { createNotifications } from '../notification/create-notifications.ts';
import { findUnitHeads, listUsers } from '../org/list-org.ts';
import { describeIncomingDocument } from './deadline-parties.ts';
import { Assignment, IncomingDocument, type IncomingStatus } from './document.entity.ts';

/** Copies whose process had already ended keep their status: only the recall is recorded on them. */
const ENDED: readonly IncomingStatus[] = ['completed', 'sent_back', 'recalled'];
const OPEN_PARTS = ['pending', 'handling', 'unseen'] as const;

/** Who holds the copy now: the open parts' people (a unit's heads for a unit part), and whoever the document's own step waits on. */
async function holders(em: EntityManager, doc: IncomingDocument, parts: readonly Assignment[]): Promise<string[]> {
  const unitIds = [...new Set(parts.flatMap((p) => (!p.assigneeId && p.unitId ? [p.unitId] : [])))];
  const [heads, clerks, leaders, chiefs] = await Promise.all([
    unitIds.length ? findUnitHeads({ em, unitIds }) : [],
    ['received', 'registered', 'returned'].includes(doc.status) ? listUsers({ em, role: 'clerk' }) : [],
    doc.status === 'awaiting_direction' ? listUsers({ em, role: 'leader' }) : [],
    doc.status === 'awaiting_direction' ? listUsers({ em, role: 'office_chief' }) : [],
  ]);
  return [...parts.flatMap((p) => (p.assigneeId ? [p.assigneeId] : [])), ...[...heads, ...clerks, ...leaders, ...chiefs].map((u) => u.id)];
}

/**
 * The internal outgoing document this copy came from was recalled or replaced (Decree 30 art. 18.4b): the
 * copy is frozen with the reason. One still being worked on becomes `recalled`: its open parts are cancelled
 * with their limits, those holding it are told, and the timeline says why. One whose process had ended keeps its
 * status and gets the same record. Idempotent by step key, and by the recall already recorded. Answers the copy's status.
 */
export async function freezeRecalledDocument(opts: {
  em: EntityManager;
  documentId: string;
  outgoingId: string;
  reason: string;
  stepKey: string;
  now: Date;
}): Promise<{ status: IncomingStatus | null }> {
  const { now, reason } = opts;
  return opts.em.transactional(async (em) => {
    const doc = await em.findOne(IncomingDocument, opts.documentId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!doc || doc.sourceOutgoingId !== opts.outgoingId) return { status: null };
    if (doc.recalledAt || (await stepDone(em, opts.stepKey))) return { status: doc.status };
    const open = !ENDED.includes(doc.status);
    const parts = open ? await em.find(Assignment, { documentId: doc.id, status: { $in: [...OPEN_PARTS] } }) : [];
    const told = await holders(em, doc, parts);
    Object.assign(doc, { recalledAt: now, recallReason: reason, ...(open ? { status: 'recalled' } : {}) });
    for (const p of parts) Object.assign(p, { status: 'cancelled', statusReason: reason, completedAt: now });
    if (open) await em.nativeUpdate(Deadline, { documentId: doc.id, status: { $in: ['pending', 'overdue'] } }, { status: 'cancelled' });
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'incoming_document',
      subjectId: doc.id,
      kind: 'document.recalled',
      actorId: null,
      at: now,
      data: { outgoingId: opts.outgoingId, reason, frozen: open, cancelledParts: parts.map((p) => p.id) },
    });
    await createNotifications(em, {
      stepKey: opts.stepKey,
      userIds: told,
      now,
      notification: {
        kind: 'document.recalled',
        subjectType: 'incoming_document',
        subjectId: doc.id,
        title: 'Văn bản đến đã bị thu hồi',
        body: `${await describeIncomingDocument(em, doc.id)} đã bị nơi gửi thu hồi: ${reason}`,
      },
    });
    await em.flush();
    return { status: doc.status };
  });
}

/** A step asked of a frozen copy after its workflow ended: the refusal with the reason, or null when it was not recalled. */
export async function explainRecalled(em: EntityManager, documentId: string): Promise<DomainError | null> {
  const doc = await em.findOne(IncomingDocument, documentId, { fields: ['recalledAt', 'recallReason'] });
  if (!doc?.recalledAt) return null;
  const r = recalledRefusal(doc.recallReason ?? null)!;
  return new DomainError(r.type, r.message);
}
