import { defineEntity, p } from '@mikro-orm/core';

/**
 * awaiting_acceptance → in_progress (accepted) or refused (final); in_progress → awaiting_evaluation (result
 * submitted) → done (final) or in_progress again (reopened); any open state → cancelled (final).
 */
export const TASK_STATUSES = ['awaiting_acceptance', 'in_progress', 'awaiting_evaluation', 'done', 'refused', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const OPEN_TASK_STATUSES: readonly TaskStatus[] = ['awaiting_acceptance', 'in_progress', 'awaiting_evaluation'];

/** The six statuses views, filters and the dashboard speak of (computed, see task-status.ts). */
export const TASK_VIEW_STATUSES = ['in_progress_on_time', 'in_progress_overdue', 'done_on_time', 'done_late', 'refused', 'cancelled'] as const;
export type TaskViewStatus = (typeof TASK_VIEW_STATUSES)[number];

export const TASK_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];
export const TASK_SOURCE_TYPES = ['none', 'document', 'meeting'] as const;
export type TaskSourceType = (typeof TASK_SOURCE_TYPES)[number];
export const REPORT_FREQUENCIES = ['none', 'weekly', 'monthly'] as const;
export type ReportFrequency = (typeof REPORT_FREQUENCIES)[number];
export const EXTENSION_STATUSES = ['pending', 'approved', 'refused'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];
export const TASK_FILE_PURPOSES = ['task', 'report', 'result'] as const;
export type TaskFilePurpose = (typeof TASK_FILE_PURPOSES)[number];

const TaskSchema = defineEntity({
  name: 'Task',
  tableName: 'task',
  properties: {
    id: p.uuid().primary(),
    /** A subtask's parent (its own workflow is a child of the parent's). */
    parentId: p.uuid().nullable(),
    title: p.text(),
    content: p.text().nullable(),
    priority: p.enum(TASK_PRIORITIES),
    sourceType: p.enum(TASK_SOURCE_TYPES),
    sourceDocumentId: p.uuid().nullable(),
    meetingName: p.text().nullable(),
    meetingDate: p.string().columnType('date').nullable(),
    assignedById: p.uuid(),
    assignedAt: p.datetime(),
    /** Chủ trì: a unit (its heads act for it) or a person; exactly one is set. */
    leadUnitId: p.uuid().nullable(),
    leadUserId: p.uuid().nullable(),
    /** The unit the chủ trì belongs to (the unit itself, or the person's unit): per-unit views and statistics. */
    leadHolderUnitId: p.uuid(),
    /** Hạn hoàn thành as a Vietnamese date, and the instant it means (end of that working day's office hours). */
    dueDate: p.string().columnType('date'),
    dueAt: p.datetime(),
    /** Given as N working days at creation (null: as a date). */
    dueInWorkingDays: p.integer().nullable(),
    status: p.enum(TASK_STATUSES),
    progress: p.integer().default(0),
    reportFrequency: p.enum(REPORT_FREQUENCIES),
    reportWeekday: p.integer().nullable(),
    reportMonthDay: p.integer().nullable(),
    acceptedAt: p.datetime().nullable(),
    submittedAt: p.datetime().nullable(),
    resultText: p.text().nullable(),
    completedAt: p.datetime().nullable(),
    completedOnTime: p.boolean().nullable(),
    rating: p.integer().nullable(),
    evaluationNote: p.text().nullable(),
    /** Why it was refused, cancelled or last reopened. */
    statusReason: p.text().nullable(),
    createdAt: p.datetime(),
  },
});
export class Task extends TaskSchema.class {}
TaskSchema.setClass(Task);

/** A phối hợp of a task: a unit or a person. */
const TaskCoordinatorSchema = defineEntity({
  name: 'TaskCoordinator',
  tableName: 'task_coordinator',
  properties: {
    id: p.uuid().primary(),
    taskId: p.uuid(),
    unitId: p.uuid().nullable(),
    userId: p.uuid().nullable(),
  },
});
export class TaskCoordinator extends TaskCoordinatorSchema.class {}
TaskCoordinatorSchema.setClass(TaskCoordinator);

const TaskReportSchema = defineEntity({
  name: 'TaskReport',
  tableName: 'task_report',
  properties: {
    id: p.uuid().primary(),
    taskId: p.uuid(),
    reportedById: p.uuid(),
    at: p.datetime(),
    percent: p.integer(),
    text: p.text(),
  },
});
export class TaskReport extends TaskReportSchema.class {}
TaskReportSchema.setClass(TaskReport);

/** Xin gia hạn: one pending at a time per task; the history stays. */
const TaskExtensionSchema = defineEntity({
  name: 'TaskExtension',
  tableName: 'task_extension',
  properties: {
    id: p.uuid().primary(),
    taskId: p.uuid(),
    requestedById: p.uuid(),
    requestedAt: p.datetime(),
    previousDueDate: p.string().columnType('date'),
    proposedDueDate: p.string().columnType('date'),
    reason: p.text(),
    status: p.enum(EXTENSION_STATUSES),
    decidedById: p.uuid().nullable(),
    decidedAt: p.datetime().nullable(),
    decisionNote: p.text().nullable(),
  },
});
export class TaskExtension extends TaskExtensionSchema.class {}
TaskExtensionSchema.setClass(TaskExtension);

/** A file of a task (given with it, with a report or with the result), stored content-addressed by the file store. */
const TaskFileSchema = defineEntity({
  name: 'TaskFile',
  tableName: 'task_file',
  properties: {
    id: p.uuid().primary(),
    taskId: p.uuid(),
    purpose: p.enum(TASK_FILE_PURPOSES),
    reportId: p.uuid().nullable(),
    sha256: p.string(),
    fileName: p.string(),
    mimeType: p.string(),
    size: p.integer(),
    uploadedById: p.uuid(),
    createdAt: p.datetime(),
  },
});
export class TaskFile extends TaskFileSchema.class {}
TaskFileSchema.setClass(TaskFile);

export const TASK_ENTITIES = [Task, TaskCoordinator, TaskReport, TaskExtension, TaskFile];
