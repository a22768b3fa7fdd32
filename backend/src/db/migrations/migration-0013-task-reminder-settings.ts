import { Migration } from '@mikro-orm/migrations';

/**
 * Tasks' follow-up becomes the administrator's setting, next to the documents' (migration 0010): the two
 * reminders before a task's hạn hoàn thành (3 and 1 working days; 0 turns one off) and the working days a
 * missed periodic report waits before the assigner is told (at least 1: the chủ trì is reminded first).
 */
export class Migration0013TaskReminderSettings extends Migration {
  override up(): void {
    this.addSql(`
      alter table deadline_settings
        add column task_first_reminder_working_days integer not null default 3 check (task_first_reminder_working_days between 0 and 10),
        add column task_second_reminder_working_days integer not null default 1 check (task_second_reminder_working_days between 0 and 10),
        add column task_report_grace_working_days integer not null default 1 check (task_report_grace_working_days between 1 and 10)`);
  }
}
