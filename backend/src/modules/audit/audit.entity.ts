import { defineEntity, p } from '@mikro-orm/core';

/** The closed list of things that happen; the timeline shows them, the audit keeps them. */
export const EVENT_KINDS = [
  'document.registered',
  'document.directed',
  'assignment.handler_assigned',
  'assignment.completed',
  'document.completed',
  'deadline.set',
  'deadline.moved',
  'deadline.overdue',
  'document.files_attached',
  'file.viewed',
  'file.downloaded',
  'register_book.created',
  'register_book.updated',
  'agency.created',
  'agency.updated',
  'deadline.reminded',
  'deadline.escalated',
  // A read of a confidential document refused (visibility.ts).
  'document.access_refused',
  'document.returned',
  'document.resubmitted',
  'assignment.returned',
  'assignment.withdrawn',
  'assignment.reassigned',
  'assignment.added',
  'assignment.seen',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

const AuditEventSchema = defineEntity({
  name: 'AuditEvent',
  tableName: 'audit_event',
  indexes: [{ properties: ['subjectId', 'at'] }],
  properties: {
    id: p.bigint('string').primary().autoincrement(),
    /** Idempotency: one event per workflow step, however often the activity runs. */
    stepKey: p.string().unique(),
    subjectType: p.string(),
    subjectId: p.uuid(),
    kind: p.enum(EVENT_KINDS),
    actorId: p.uuid().nullable(),
    at: p.datetime(),
    data: p.json<Record<string, unknown>>(),
  },
});
export class AuditEvent extends AuditEventSchema.class {}
AuditEventSchema.setClass(AuditEvent);
