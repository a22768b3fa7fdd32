import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent } from '../audit/audit.entity.ts';
import type { ReminderPolicy } from './alert-deadline.ts';
import { DEADLINE_SETTINGS_ID, DEADLINE_SETTINGS_SUBJECT, DeadlineSettings } from './deadline-settings.entity.ts';

export type DeadlineSettingsView = ReminderPolicy & { version: number; updatedById: string | null; updatedAt: Date | null };

// Spelled out, so that a setting added to ReminderPolicy cannot be forgotten here.
const policyOf = (s: ReminderPolicy): ReminderPolicy => ({
  directionReminderWorkingHours: s.directionReminderWorkingHours,
  assignmentReminderWorkingDays: s.assignmentReminderWorkingDays,
  taskFirstReminderWorkingDays: s.taskFirstReminderWorkingDays,
  taskSecondReminderWorkingDays: s.taskSecondReminderWorkingDays,
  taskReportGraceWorkingDays: s.taskReportGraceWorkingDays,
});

/** The settings as stored now (the migration puts the defaults in place). */
export async function getDeadlineSettings(opts: { em: EntityManager }): Promise<DeadlineSettingsView> {
  const row = await opts.em.findOneOrFail(DeadlineSettings, { id: DEADLINE_SETTINGS_ID }, { refresh: true });
  return { ...policyOf(row), version: row.version, updatedById: row.updatedById ?? null, updatedAt: row.updatedAt ?? null };
}


/** What the deadlines a watcher computes remind with: read whenever it loads its context, so a change reaches documents followed afterwards. */
export async function getReminderPolicy(opts: { em: EntityManager }): Promise<ReminderPolicy> {
  return policyOf(await opts.em.findOneOrFail(DeadlineSettings, { id: DEADLINE_SETTINGS_ID }, { refresh: true }));
}

/** The administrators' changes, newest first. */
export function listDeadlineSettingsChanges(opts: { em: EntityManager; first: number }): Promise<AuditEvent[]> {
  return opts.em.find(
    AuditEvent,
    { subjectId: DEADLINE_SETTINGS_SUBJECT.subjectId },
    { orderBy: { at: 'desc', id: 'desc' }, limit: Math.min(Math.max(opts.first, 1), 100) },
  );
}
