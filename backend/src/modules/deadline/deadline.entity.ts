import { defineEntity, p } from '@mikro-orm/core';

/** direction: the leader's ý kiến chỉ đạo on a document; assignment: an assignment's hạn xử lý (subject = the assignment). */
export const DEADLINE_KINDS = ['direction', 'assignment'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
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
  },
});
export class Deadline extends DeadlineSchema.class {}
DeadlineSchema.setClass(Deadline);
