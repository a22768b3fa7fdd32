import { defineEntity, p } from '@mikro-orm/core';

/**
 * direction: the leader's ý kiến chỉ đạo on a document; assignment: an assignment's hạn xử lý (subject = the assignment);
 * submission: the văn thư's vào sổ and trình of an incoming document.
 * task: a task's hạn hoàn thành (subject = the task); task_report: one period's progress report of a task (subject = the period).
 * outgoing_review: a review step's hạn cho ý kiến (subject = the step's activation); dispatch_target / dispatch_limit: the
 * same-day target and the next-morning hard limit of issuing a signed outgoing document (subject = the document).
 */
export const DEADLINE_KINDS = ['direction', 'assignment', 'submission', 'task', 'task_report', 'outgoing_review', 'dispatch_target', 'dispatch_limit'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** The process whose workflow keeps a deadline of each kind: its timeline shows the deadline's events, and a calendar change is signalled to it. */
export const DEADLINE_OWNERS = {
  direction: 'incoming_document',
  assignment: 'incoming_document',
  submission: 'incoming_document',
  task: 'task',
  task_report: 'task',
  outgoing_review: 'outgoing_document',
  dispatch_target: 'outgoing_document',
  dispatch_limit: 'outgoing_document',
} as const satisfies Record<DeadlineKind, string>;
export type DeadlineOwner = (typeof DEADLINE_OWNERS)[DeadlineKind];
export const OWNER_WORKFLOW_PREFIX: Record<DeadlineOwner, string> = { incoming_document: 'incoming-document/', outgoing_document: 'outgoing-document/', task: 'task/' };
/** Kinds whose watch goes on after the limit (daily escalation): an overdue row still has a timer a calendar change moves. */
export const DAILY_ESCALATION_KINDS: readonly DeadlineKind[] = ['direction', 'assignment', 'task'];
/** cancelled: no longer followed (the document was completed while this part was still open). */
export const DEADLINE_STATUSES = ['pending', 'met', 'overdue', 'late', 'cancelled'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/**
 * A legal or internal time limit of a document or task, as the workflow's timer last computed it.
 * The workflow owns the timer; this row is what lists, pages and statistics read.
 */
const DeadlineSchema = defineEntity({
  name: 'Deadline',
  tableName: 'deadline',
  uniques: [{ properties: ['subjectId', 'kind'] }],
  properties: {
    id: p.uuid().primary(),
    subjectType: p.string(),
    subjectId: p.uuid(),
    /** The document whose workflow keeps the timer and whose page and timeline show the deadline. */
    documentId: p.uuid(),
    kind: p.enum(DEADLINE_KINDS),
    dueAt: p.datetime(),
    rule: p.string(),
    ruleLabel: p.string(),
    basis: p.string(),
    steps: p.json<string[]>(),
    /** pending → met (in time) or overdue (timer fired) → late (done after the limit). */
    status: p.enum(DEADLINE_STATUSES),
    startedAt: p.datetime(),
    metAt: p.datetime().nullable(),
    computedAt: p.datetime(),
    /** When the early reminder is due (null: none); the dispatch alert rounds look rows up by it. */
    remindAt: p.datetime().nullable(),
    /** When the early reminder went, and the alert at the limit: by the document's timer or by a dispatch alert round, once. */
    remindedAt: p.datetime().nullable(),
    alertedAt: p.datetime().nullable(),
  },
});
export class Deadline extends DeadlineSchema.class {}
DeadlineSchema.setClass(Deadline);
