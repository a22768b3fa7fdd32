import { defineEntity, p } from '@mikro-orm/core';

export const NOTIFICATION_KINDS = ['deadline.reminder', 'deadline.escalation'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * An in-app message to one user about one subject (a document). Written only by activities, in the
 * transaction of the workflow step that causes it; the step key makes a retried step notify once.
 */
const NotificationSchema = defineEntity({
  name: 'Notification',
  tableName: 'notification',
  properties: {
    id: p.uuid().primary(),
    userId: p.uuid(),
    kind: p.enum(NOTIFICATION_KINDS),
    subjectType: p.string(),
    subjectId: p.uuid(),
    /** Vietnamese, short: what happened. */
    title: p.string(),
    /** Vietnamese: which document, which part, which limit. */
    body: p.text(),
    createdAt: p.datetime(),
    readAt: p.datetime().nullable(),
    stepKey: p.string().unique(),
  },
});
export class Notification extends NotificationSchema.class {}
NotificationSchema.setClass(Notification);
