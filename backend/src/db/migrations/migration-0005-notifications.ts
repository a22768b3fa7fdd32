import { Migration } from '@mikro-orm/migrations';

/**
 * In-app notifications (reminders and escalations of deadlines), and deadlines of assignments:
 * a deadline now names the document whose workflow keeps its timer, whatever its subject is.
 */
export class Migration0005Notifications extends Migration {
  override up(): void {
    this.addSql(`
      create table notification (
        id uuid primary key,
        user_id uuid not null references app_user(id),
        kind text not null check (kind in ('deadline.reminder','deadline.escalation')),
        subject_type text not null,
        subject_id uuid not null,
        title text not null,
        body text not null,
        created_at timestamptz not null,
        read_at timestamptz,
        -- One notification per workflow step and recipient, however often the activity runs.
        step_key text not null unique
      )`);
    this.addSql(`create index notification_user_idx on notification(user_id, created_at desc, id desc)`);
    this.addSql(`create index notification_unread_idx on notification(user_id) where read_at is null`);

    this.addSql(`alter table deadline add column document_id uuid`);
    // Every deadline so far is a document's direction deadline: its subject is the document.
    this.addSql(`update deadline set document_id = subject_id`);
    this.addSql(`alter table deadline alter column document_id set not null`);
    this.addSql(`create index deadline_document_idx on deadline(document_id)`);
    this.addSql(`alter table deadline drop constraint deadline_status_check`);
    this.addSql(`alter table deadline add constraint deadline_status_check check (status in ('pending','met','overdue','late','cancelled'))`);
    this.addSql(`create index deadline_overdue_idx on deadline(due_at) where status = 'overdue'`);
  }
}
