import type { AuditEvent } from '../../../backend/src/modules/audit/audit.entity.ts';
import { DEADLINE_SETTINGS_ADMIN_ACTION } from '../../../backend/src/modules/deadline/deadline-settings.errors.ts';
import { describeSettingsChange } from '../../../backend/src/modules/deadline/deadline-settings.ts';
import { getDeadlineSettings, listDeadlineSettingsChanges, type DeadlineSettingsView } from '../../../backend/src/modules/deadline/get-deadline-settings.ts';
import { updateDeadlineSettings } from '../../../backend/src/modules/deadline/update-deadline-settings.ts';
import { User } from '../../../backend/src/modules/org/org.entity.ts';
import { forbidden } from '../../../backend/src/modules/org/org.errors.ts';
import { requireActor, requireActorForQuery } from '../auth.ts';
import { builder } from '../builder.ts';
import { mutationErrors } from './errors.ts';

// One deployment = one agency for now: these fields read and change that agency's deadline settings.

type ChangeData = { version?: number; before?: Record<string, number>; after?: Record<string, number>; note?: string | null };
const dataOf = (e: AuditEvent) => e.data as ChangeData;

const DeadlineSettingsChangeRef = builder.objectRef<AuditEvent>('DeadlineSettingsChange').implement({
  description: 'An administrator’s change of the deadline settings',
  fields: (t) => ({
    id: t.exposeID('id'),
    version: t.int({ resolve: (e) => dataOf(e).version ?? 0 }),
    changedBy: t.field({ type: User, nullable: true, resolve: (e, _, ctx) => (e.actorId ? ctx.loaders.user.load(e.actorId) : null) }),
    changedAt: t.field({ type: 'DateTime', resolve: (e) => e.at }),
    summary: t.string({ description: 'What changed, in Vietnamese', resolve: (e) => describeSettingsChange(dataOf(e)) }),
    note: t.string({ nullable: true, resolve: (e) => dataOf(e).note ?? null }),
  }),
});

const DeadlineSettingsRef = builder.objectRef<DeadlineSettingsView>('DeadlineSettings').implement({
  description:
    'How far ahead of a limit reminders go. A change applies to documents and tasks whose deadlines start being followed afterwards; one already followed keeps the settings it loaded until the calendar changes.',
  fields: (t) => ({
    directionReminderWorkingHours: t.exposeInt('directionReminderWorkingHours', {
      description: 'Working hours before the direction deadline the leaders are reminded (0: only when it falls due); 0–16',
    }),
    assignmentReminderWorkingDays: t.exposeInt('assignmentReminderWorkingDays', {
      description: 'Working days before a part’s hạn xử lý its assignee, or the unit’s heads, are reminded (0: only at the limit); 0–10',
    }),
    taskFirstReminderWorkingDays: t.exposeInt('taskFirstReminderWorkingDays', {
      description: 'Working days before a task’s hạn hoàn thành its chủ trì is first reminded (0: no such reminder); 0–10',
    }),
    taskSecondReminderWorkingDays: t.exposeInt('taskSecondReminderWorkingDays', {
      description: 'Working days before a task’s hạn hoàn thành its chủ trì is reminded again (0: no such reminder); 0–10',
    }),
    taskReportGraceWorkingDays: t.exposeInt('taskReportGraceWorkingDays', {
      description: 'Working days after a missed periodic report day before the task’s assigner is told (the chủ trì is reminded at once); 1–10',
    }),
    version: t.exposeInt('version', { description: 'Send back as expectedVersion when saving; 0 while the defaults stand' }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.updatedAt }),
    updatedBy: t.field({ type: User, nullable: true, resolve: (s, _, ctx) => (s.updatedById ? ctx.loaders.user.load(s.updatedById) : null) }),
    changes: t.field({
      type: [DeadlineSettingsChangeRef],
      description: 'Newest first',
      args: { first: t.arg.int({ defaultValue: 20 }) },
      resolve: (_, args, ctx) => listDeadlineSettingsChanges({ em: ctx.em, first: args.first ?? 20 }),
    }),
  }),
});

const UpdateDeadlineSettingsInput = builder.inputType('UpdateDeadlineSettingsInput', {
  description: 'A setting left out keeps its value',
  fields: (t) => ({
    expectedVersion: t.int({ required: true }),
    directionReminderWorkingHours: t.int(),
    assignmentReminderWorkingDays: t.int(),
    taskFirstReminderWorkingDays: t.int(),
    taskSecondReminderWorkingDays: t.int(),
    taskReportGraceWorkingDays: t.int(),
    note: t.string(),
  }),
});

builder.queryFields((t) => ({
  deadlineSettings: t.field({
    type: DeadlineSettingsRef,
    resolve: (_, __, ctx) => {
      requireActorForQuery(ctx);
      return getDeadlineSettings({ em: ctx.em });
    },
  }),
}));

builder.mutationFields((t) => ({
  updateDeadlineSettings: t.field({
    type: DeadlineSettingsRef,
    errors: mutationErrors,
    description: 'Administrators only; answers with the settings as stored now',
    args: { input: t.arg({ type: UpdateDeadlineSettingsInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      if (!actor.roles.includes('admin')) throw forbidden(DEADLINE_SETTINGS_ADMIN_ACTION);
      const { expectedVersion, ...rest } = input;
      await updateDeadlineSettings({ em: ctx.em, actor, input: rest, expectedVersion, now: new Date() });
      ctx.em.clear();
      return getDeadlineSettings({ em: ctx.em });
    },
  }),
}));
