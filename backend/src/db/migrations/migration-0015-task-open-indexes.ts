import { Migration } from '@mikro-orm/migrations';

const OPEN = `status in ('awaiting_acceptance','in_progress','awaiting_evaluation')`;

/**
 * Task lists whose first page costs the same at any size. An open-only list walks indexes of open tasks
 * only (closed ones pile up year after year, open ones do not). A phối hợp row carries its task's
 * deadline and openness, so "tasks my unit/I coordinate" walks its own index in deadline order instead of
 * probing every task; the database keeps those copies in step (triggers), so no use case can forget to.
 */
export class Migration0015TaskOpenIndexes extends Migration {
  override up(): void {
    this.addSql(`alter table task_coordinator add column due_at timestamptz, add column is_open boolean`);
    this.addSql(`update task_coordinator c set due_at = t.due_at, is_open = t.${OPEN} from task t where t.id = c.task_id`);
    this.addSql(`alter table task_coordinator alter column due_at set not null, alter column is_open set not null`);
    this.addSql(`
      create function task_coordinator_copy_task() returns trigger language plpgsql as $$
      begin
        select t.due_at, t.${OPEN} into new.due_at, new.is_open from task t where t.id = new.task_id;
        return new;
      end $$`);
    this.addSql(`create trigger task_coordinator_copy_task before insert or update of task_id on task_coordinator for each row execute function task_coordinator_copy_task()`);
    this.addSql(`
      create function task_to_coordinators() returns trigger language plpgsql as $$
      begin
        update task_coordinator set due_at = new.due_at, is_open = new.${OPEN} where task_id = new.id;
        return null;
      end $$`);
    this.addSql(
      `create trigger task_to_coordinators after update of due_at, status on task for each row
         when (old.due_at is distinct from new.due_at or old.status is distinct from new.status) execute function task_to_coordinators()`,
    );

    // Phối hợp by deadline (any status), and open ones only.
    this.addSql(`drop index task_coordinator_user_idx`);
    this.addSql(`drop index task_coordinator_unit_idx`);
    this.addSql(`create index task_coordinator_user_idx on task_coordinator(user_id, due_at, task_id) where user_id is not null`);
    this.addSql(`create index task_coordinator_unit_idx on task_coordinator(unit_id, due_at, task_id) where unit_id is not null`);
    this.addSql(`create index task_coordinator_user_open_idx on task_coordinator(user_id, due_at, task_id) where user_id is not null and is_open`);
    this.addSql(`create index task_coordinator_unit_open_idx on task_coordinator(unit_id, due_at, task_id) where unit_id is not null and is_open`);

    // Open tasks by each "who" of the lists (and the dashboard's overdue list for one unit).
    this.addSql(`create index task_open_lead_user_idx on task(lead_user_id, due_at, id) where lead_user_id is not null and ${OPEN}`);
    this.addSql(`create index task_open_lead_unit_idx on task(lead_unit_id, due_at, id) where lead_unit_id is not null and ${OPEN}`);
    this.addSql(`create index task_open_holder_idx on task(lead_holder_unit_id, due_at, id) where ${OPEN}`);
    this.addSql(`create index task_open_assigned_by_idx on task(assigned_by_id, due_at, id) where ${OPEN}`);

    // One unit's dashboard counts that unit's period only (the whole agency's is task_due_date_idx).
    this.addSql(`create index task_holder_due_date_idx on task(lead_holder_unit_id, due_date) include (status, lead_user_id, completed_on_time, submitted_at, due_at)`);
  }
}
