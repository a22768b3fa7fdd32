import { Migration } from '@mikro-orm/migrations';

/**
 * The agency's deadline settings, edited by the administrator (they were environment variables): one
 * row, one explicit column per setting, so each process adds its own with its own migration. The row
 * starts with the defaults; who changed what is an audit event (`deadline_settings.updated`).
 */
export class Migration0010DeadlineSettings extends Migration {
  override up(): void {
    this.addSql(`
      create table deadline_settings (
        id integer primary key check (id = 1),
        direction_reminder_working_hours integer not null check (direction_reminder_working_hours between 0 and 16),
        assignment_reminder_working_days integer not null check (assignment_reminder_working_days between 0 and 10),
        version integer not null,
        updated_by_id uuid references app_user(id),
        updated_at timestamptz
      )`);
    this.addSql(`insert into deadline_settings (id, direction_reminder_working_hours, assignment_reminder_working_days, version) values (1, 2, 1, 0)`);
  }
}
