import { Migration } from '@mikro-orm/migrations';

export class Migration0001Initial extends Migration {
  override up(): void {
    this.addSql(`create extension if not exists unaccent`);
    this.addSql(`create extension if not exists pg_trgm`);
    this.addSql(`
      create table unit (
        id uuid primary key,
        code text not null unique,
        name text not null,
        kind text not null check (kind in ('leadership','office','department')),
        parent_id uuid references unit(id),
        sort_order int not null default 0
      )`);
    this.addSql(`
      create table app_user (
        id uuid primary key,
        username text not null unique,
        full_name text not null,
        position text not null,
        password_hash text not null,
        unit_id uuid not null references unit(id),
        roles text[] not null,
        active boolean not null default true
      )`);
    this.addSql(`create index app_user_unit_idx on app_user(unit_id)`);
    this.addSql(`
      create table session (
        id text primary key,
        user_id uuid not null references app_user(id),
        created_at timestamptz not null,
        expires_at timestamptz not null
      )`);
    this.addSql(`
      create table register_book (
        id uuid primary key,
        year int not null,
        direction text not null check (direction in ('incoming','outgoing')),
        code text not null,
        name text not null,
        last_number int not null default 0 check (last_number >= 0),
        unique (year, direction, code)
      )`);
    this.addSql(`
      create table incoming_document (
        id uuid primary key,
        book_id uuid not null references register_book(id),
        year int not null,
        arrival_number int not null check (arrival_number > 0),
        arrival_at timestamptz not null,
        document_type_code text not null,
        number_notation text not null,
        issuer text not null,
        issued_date date not null,
        subject text not null,
        urgency text not null check (urgency in ('normal','urgent','very_urgent','flash')),
        confidentiality text not null check (confidentiality in ('normal','secret','top_secret','absolute_secret')),
        signer text not null,
        page_count int not null check (page_count > 0),
        due_date date,
        status text not null check (status in ('awaiting_direction','in_progress','completed')),
        direction text,
        directed_by_id uuid references app_user(id),
        directed_at timestamptz,
        completed_at timestamptz,
        registered_by_id uuid not null references app_user(id),
        unique (book_id, arrival_number)
      )`);
    this.addSql(`create index incoming_document_status_idx on incoming_document(status, arrival_at desc, id desc)`);
    this.addSql(`create index incoming_document_registered_by_idx on incoming_document(registered_by_id, arrival_at desc, id desc)`);
    this.addSql(`
      create table assignment (
        id uuid primary key,
        document_id uuid not null references incoming_document(id),
        parent_id uuid references assignment(id),
        role text not null check (role in ('lead','coordinate','inform')),
        unit_id uuid references unit(id),
        assignee_id uuid references app_user(id),
        deadline timestamptz,
        status text not null check (status in ('pending','handling','done','unseen','seen')),
        result_note text,
        assigned_by_id uuid not null references app_user(id),
        assigned_at timestamptz not null,
        completed_at timestamptz,
        check (unit_id is not null or assignee_id is not null)
      )`);
    this.addSql(`create index assignment_document_idx on assignment(document_id)`);
    this.addSql(`create index assignment_unit_status_idx on assignment(unit_id, status) where assignee_id is null`);
    this.addSql(`create index assignment_assignee_status_idx on assignment(assignee_id, status)`);
    this.addSql(`
      create table document_file (
        id uuid primary key,
        document_id uuid not null references incoming_document(id),
        sha256 text not null,
        file_name text not null,
        mime_type text not null,
        size int not null,
        uploaded_by_id uuid not null references app_user(id),
        created_at timestamptz not null
      )`);
    this.addSql(`create index document_file_document_idx on document_file(document_id)`);
    this.addSql(`
      create table audit_event (
        id bigint generated always as identity primary key,
        step_key text not null unique,
        subject_type text not null,
        subject_id uuid not null,
        kind text not null,
        actor_id uuid references app_user(id),
        at timestamptz not null,
        data jsonb not null default '{}'
      )`);
    this.addSql(`create index audit_event_subject_idx on audit_event(subject_id, at)`);
  }
}
