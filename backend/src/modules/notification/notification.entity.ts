import { defineEntity, p } from '@mikro-orm/core';

/** assignment.received: a part of a document is now the recipient's (direction, phân công, chuyển tiếp, bổ sung). */
export const NOTIFICATION_KINDS = ['deadline.reminder', 'deadline.escalation', 'assignment.received', 'task.assigned', 'task.updated', 'task.reminder', 'task.escalation', 'task.report_missed', 'task.nudge', 'outgoing.to_review', 'outgoing.returned', 'outgoing.signed', 'outgoing.recalled', 'outgoing.replaced', 'document.recalled'] as const;
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
