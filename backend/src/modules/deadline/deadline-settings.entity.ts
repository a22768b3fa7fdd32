import { defineEntity, p } from '@mikro-orm/core';

/** The single row of the agency's settings (one deployment = one agency for now). */
export const DEADLINE_SETTINGS_ID = 1;
/** Where its changes go in the audit (the row has no uuid of its own). */
export const DEADLINE_SETTINGS_SUBJECT = { subjectType: 'deadline_settings', subjectId: '00000000-0000-4000-8000-00000000d1a0' } as const;

/**
 * How far ahead of a limit reminders go, as the administrator set it. One explicit column per
 * setting (see deadline-settings.ts for their ranges and labels); a new kind of deadline adds its own.
 */
const DeadlineSettingsSchema = defineEntity({
  name: 'DeadlineSettings',
  tableName: 'deadline_settings',
  properties: {
    id: p.integer().primary().autoincrement(false),
    directionReminderWorkingHours: p.integer(),
    assignmentReminderWorkingDays: p.integer(),
    taskFirstReminderWorkingDays: p.integer(),
    taskSecondReminderWorkingDays: p.integer(),
    taskReportGraceWorkingDays: p.integer(),
    /** Optimistic lock: every saved change increments it; 0 while the migration's defaults stand. */
    version: p.integer(),
    updatedById: p.uuid().nullable(),
    updatedAt: p.datetime().nullable(),
  },
});
export class DeadlineSettings extends DeadlineSettingsSchema.class {}
DeadlineSettingsSchema.setClass(DeadlineSettings);
