import { Migration } from '@mikro-orm/migrations';

/**
 * Outgoing documents (Decree 30 art. 10–19, Decision 28/2018): drafts with versions and files, a review chain
 * per document, the signature, the number in the outgoing book, the same-day dispatch deadline, recipients.
 */
export class Migration0011Outgoing extends Migration {
  override up(): void {
    // Chữ viết tắt of a unit (the công văn ký hiệu: 05/UBND-VP); the agency's own in outgoing_settings.
    this.addSql(`alter table unit add column abbreviation text`);
    this.addSql(`create table outgoing_settings (id int primary key check (id = 1), agency_abbreviation text not null)`);

    this.addSql(`
      create table outgoing_document (
        id uuid primary key,
        status text not null check (status in ('draft','in_review','returned','awaiting_signature','signed','issued','recalled','replaced','cancelled')),
        drafter_id uuid not null references app_user(id),
        drafting_unit_id uuid not null references unit(id),
        created_at timestamptz not null,
        document_type_code text not null,
        subject text not null,
        urgency text not null check (urgency in ('normal','urgent','very_urgent','flash')),
        confidentiality text not null check (confidentiality in ('normal','secret','top_secret','absolute_secret')),
        page_count int not null check (page_count > 0),
        copies int not null check (copies > 0),
        due_date date,
        notes text,
        current_version int not null,
        return_reason text,
        signed_by_id uuid references app_user(id),
        signed_at timestamptz,
        signing_authority text check (signing_authority in ('none','tm','kt','tl','tuq','q')),
        signer_position text,
        signed_version int,
        -- A cryptographic signature (PAdES, later issue) is kept here; null until then.
        digital_signature text,
        dispatch_target_at timestamptz,
        dispatch_limit_at timestamptz,
        book_id uuid references register_book(id),
        year int,
        number int,
        number_notation text,
        issued_date date,
        issued_at timestamptz,
        issued_by_id uuid references app_user(id),
        dispatch_outcome text check (dispatch_outcome in ('same_day','next_morning','late','after_escalation')),
        recalled_at timestamptz,
        recalled_by_id uuid references app_user(id),
        recall_reason text,
        relates_to_id uuid references outgoing_document(id),
        relation_kind text check (relation_kind in ('correction','replacement')),
        urgent boolean generated always as (urgency <> 'normal') stored,
        search_text text generated always as (eo_search_norm(coalesce(number_notation, '') || ' ' || subject)) stored,
        -- Gapless and unique per book (a book is one year's sequence); a retried issue finds its number.
        constraint outgoing_document_number_uq unique (book_id, number),
        constraint outgoing_document_issued_check check (status not in ('issued','recalled','replaced')
          or (book_id is not null and number is not null and number_notation is not null and issued_at is not null)),
        constraint outgoing_document_signed_check check (status not in ('signed','issued','recalled','replaced')
          or (signed_by_id is not null and signed_at is not null))
      )`);
    this.addSql(`create index outgoing_document_drafter_idx on outgoing_document(drafter_id, status, created_at desc, id desc)`);
    this.addSql(`create index outgoing_document_to_issue_idx on outgoing_document(urgent desc, dispatch_limit_at, id) where status = 'signed'`);
    this.addSql(`create index outgoing_document_issued_idx on outgoing_document(issued_at desc, id desc) where issued_at is not null`);
    this.addSql(`create index outgoing_document_unit_issued_idx on outgoing_document(drafting_unit_id, issued_at desc, id desc) where issued_at is not null`);
    this.addSql(`create index outgoing_document_book_issued_idx on outgoing_document(book_id, issued_date, number) where book_id is not null`);
    // Dispatch compliance: signed documents of a period, by drafting unit.
    this.addSql(`create index outgoing_document_signed_idx on outgoing_document(signed_at, drafting_unit_id) include (dispatch_outcome, status) where signed_at is not null`);
    this.addSql(`create index outgoing_document_search_trgm_idx on outgoing_document using gin (search_text gin_trgm_ops)`);
    this.addSql(`create index outgoing_document_relates_idx on outgoing_document(relates_to_id) where relates_to_id is not null`);

    this.addSql(`
      create table outgoing_version (
        id uuid primary key,
        document_id uuid not null references outgoing_document(id),
        number int not null,
        created_at timestamptz not null,
        created_by_id uuid not null references app_user(id),
        note text,
        metadata jsonb not null,
        unique (document_id, number)
      )`);
    this.addSql(`
      create table outgoing_file (
        id uuid primary key,
        document_id uuid not null references outgoing_document(id),
        version_id uuid not null references outgoing_version(id),
        role text not null check (role in ('main','attachment')),
        sha256 text not null,
        file_name text not null,
        mime_type text not null,
        size int not null,
        uploaded_by_id uuid not null references app_user(id),
        created_at timestamptz not null
      )`);
    this.addSql(`create index outgoing_file_version_idx on outgoing_file(version_id)`);
    this.addSql(`create index outgoing_file_document_idx on outgoing_file(document_id)`);

    this.addSql(`
      create table outgoing_review_step (
        id uuid primary key,
        document_id uuid not null references outgoing_document(id),
        position int not null,
        kind text not null check (kind in ('review','format_check','sign')),
        reviewer_id uuid not null references app_user(id),
        working_days int not null check (working_days between 1 and 30),
        status text not null check (status in ('waiting','pending','approved','returned')),
        -- Each time the step becomes pending it gets a new id: its deadline row's subject.
        activation_id uuid,
        acted_at timestamptz,
        comment text,
        version_number int,
        unique (document_id, position)
      )`);
    this.addSql(`create index outgoing_review_step_pending_idx on outgoing_review_step(reviewer_id, kind, document_id) where status = 'pending'`);
    this.addSql(`create index outgoing_review_step_reviewer_idx on outgoing_review_step(reviewer_id, document_id)`);

    this.addSql(`
      create table outgoing_recipient (
        id uuid primary key,
        document_id uuid not null references outgoing_document(id),
        position int not null,
        kind text not null check (kind in ('unit','agency','individual')),
        channel text not null check (channel in ('system','paper','electronic')),
        unit_id uuid references unit(id),
        agency_id uuid references agency(id),
        name text not null,
        address text,
        sent_at timestamptz,
        incoming_document_id uuid,
        recalled_at timestamptz,
        unique (document_id, position),
        check ((kind = 'unit') = (unit_id is not null)),
        check ((kind = 'agency') = (agency_id is not null)),
        check ((kind = 'unit') = (channel = 'system'))
      )`);
    this.addSql(`create index outgoing_recipient_document_idx on outgoing_recipient(document_id)`);
  }
}
