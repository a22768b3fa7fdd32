import { Migration } from '@mikro-orm/migrations';

/** Tasks (giao việc, theo dõi, đôn đốc): the task, its phối hợp, progress reports, extension requests and files. */
export class Migration0012Tasks extends Migration {
  override up(): void {
    this.addSql(`
      create table task (
        id uuid primary key,
        parent_id uuid references task(id),
        title text not null,
        content text,
        priority text not null check (priority in ('low','normal','high','urgent')),
        source_type text not null check (source_type in ('none','document','meeting')),
        source_document_id uuid references incoming_document(id),
        meeting_name text,
        meeting_date date,
        assigned_by_id uuid not null references app_user(id),
        assigned_at timestamptz not null,
        lead_unit_id uuid references unit(id),
        lead_user_id uuid references app_user(id),
        lead_holder_unit_id uuid not null references unit(id),
        due_date date not null,
        due_at timestamptz not null,
        due_in_working_days int,
        status text not null check (status in ('awaiting_acceptance','in_progress','awaiting_evaluation','done','refused','cancelled')),
        progress int not null default 0 check (progress between 0 and 100),
        report_frequency text not null check (report_frequency in ('none','weekly','monthly')),
        report_weekday int check (report_weekday between 1 and 7),
        report_month_day int check (report_month_day between 1 and 31),
        accepted_at timestamptz,
        submitted_at timestamptz,
        result_text text,
        completed_at timestamptz,
        completed_on_time boolean,
        rating int check (rating between 1 and 5),
        evaluation_note text,
        status_reason text,
        created_at timestamptz not null,
        search_text text generated always as (eo_search_norm(title)) stored,
        check ((lead_unit_id is null) <> (lead_user_id is null)),
        check ((source_type = 'document') = (source_document_id is not null))
      )`);
    // Lists are ordered by deadline and keyset-paged on (due_at, id); each "who" has its own index.
    this.addSql(`create index task_lead_user_idx on task(lead_user_id, due_at, id) include (status) where lead_user_id is not null`);
    this.addSql(`create index task_lead_unit_idx on task(lead_unit_id, due_at, id) include (status) where lead_unit_id is not null`);
    this.addSql(`create index task_assigned_by_idx on task(assigned_by_id, due_at, id) include (status)`);
    this.addSql(`create index task_holder_due_idx on task(lead_holder_unit_id, due_at, id) include (status)`);
    this.addSql(`create index task_due_idx on task(due_at, id) include (status)`);
    // The dashboard counts a period of deadlines by unit and person.
    this.addSql(`create index task_due_date_idx on task(due_date) include (status, lead_holder_unit_id, lead_user_id, completed_on_time, submitted_at, due_at)`);
    this.addSql(`create index task_open_due_idx on task(due_at) where status in ('awaiting_acceptance','in_progress','awaiting_evaluation')`);
    this.addSql(`create index task_parent_idx on task(parent_id) where parent_id is not null`);
    this.addSql(`create index task_source_document_idx on task(source_document_id) where source_document_id is not null`);
    this.addSql(`create index task_search_trgm_idx on task using gin (search_text gin_trgm_ops)`);

    this.addSql(`
      create table task_coordinator (
        id uuid primary key,
        task_id uuid not null references task(id),
        unit_id uuid references unit(id),
        user_id uuid references app_user(id),
        check ((unit_id is null) <> (user_id is null))
      )`);
    this.addSql(`create index task_coordinator_task_idx on task_coordinator(task_id)`);
    this.addSql(`create index task_coordinator_user_idx on task_coordinator(user_id, task_id) where user_id is not null`);
    this.addSql(`create index task_coordinator_unit_idx on task_coordinator(unit_id, task_id) where unit_id is not null`);

    this.addSql(`
      create table task_report (
        id uuid primary key,
        task_id uuid not null references task(id),
        reported_by_id uuid not null references app_user(id),
        at timestamptz not null,
        percent int not null check (percent between 0 and 100),
        text text not null
      )`);
    this.addSql(`create index task_report_task_idx on task_report(task_id, at)`);

    this.addSql(`
      create table task_extension (
        id uuid primary key,
        task_id uuid not null references task(id),
        requested_by_id uuid not null references app_user(id),
        requested_at timestamptz not null,
        previous_due_date date not null,
        proposed_due_date date not null,
        reason text not null,
        status text not null check (status in ('pending','approved','refused')),
        decided_by_id uuid references app_user(id),
        decided_at timestamptz,
        decision_note text
      )`);
    this.addSql(`create index task_extension_task_idx on task_extension(task_id, requested_at)`);
    // One pending request per task, whatever races the edge.
    this.addSql(`create unique index task_extension_one_pending_idx on task_extension(task_id) where status = 'pending'`);

    this.addSql(`
      create table task_file (
        id uuid primary key,
        task_id uuid not null references task(id),
        purpose text not null check (purpose in ('task','report','result')),
        report_id uuid references task_report(id),
        sha256 text not null,
        file_name text not null,
        mime_type text not null,
        size int not null,
        uploaded_by_id uuid not null references app_user(id),
        created_at timestamptz not null
      )`);
    this.addSql(`create index task_file_task_idx on task_file(task_id)`);
  }
}
