import type { EntityManager } from '@mikro-orm/postgresql';
import { findDocumentType } from '../document/document-types.ts';
import { createNotifications } from '../notification/create-notifications.ts';
import type { NotificationKind } from '../notification/notification.entity.ts';
import type { OutgoingDocument } from './outgoing.entity.ts';

/** "Công văn «V/v …»" or "Quyết định 15/QĐ-UBND «…»": how messages name an outgoing document. */
export function describeOutgoing(d: Pick<OutgoingDocument, 'documentTypeCode' | 'subject' | 'numberNotation'>): string {
  const type = findDocumentType(d.documentTypeCode)?.name ?? 'Văn bản';
  return `${type}${d.numberNotation ? ` ${d.numberNotation}` : ''} «${d.subject}»`;
}

/** One notification per recipient of a step, in its transaction; the step key makes a retry notify once. */
export function notifyOutgoing(
  em: EntityManager,
  opts: { stepKey: string; userIds: readonly string[]; kind: NotificationKind; doc: OutgoingDocument; title: string; body: string; now: Date },
): Promise<number> {
  return createNotifications(em, {
    stepKey: opts.stepKey,
    userIds: opts.userIds,
    now: opts.now,
    notification: { kind: opts.kind, subjectType: 'outgoing_document', subjectId: opts.doc.id, title: opts.title, body: opts.body },
  });
}
