import { Migration } from '@mikro-orm/migrations';

/**
 * Inbox filters and speed with a large register: a diacritic-insensitive search column, and the indexes the
 * box conditions, filters and confidentiality rule read (see list-inbox.ts and visibility.ts).
 */
export class Migration0007Inbox extends Migration {
  override up(): void {
    // unaccent() is only STABLE (it reads its dictionary by name through search_path); naming the dictionary makes
    // it safe to declare IMMUTABLE, so that it can feed a stored generated column and its index.
    this.addSql(`
      create or replace function eo_search_norm(text) returns text
        language sql immutable parallel safe strict
        as $$ select regexp_replace(public.unaccent('public.unaccent'::regdictionary, lower($1)), '\\s+', ' ', 'g') $$`);
    // Số/ký hiệu, trích yếu, cơ quan ban hành: "ke hoach" finds "Kế hoạch", "183/kh" finds "183/KH-UBND".
    this.addSql(`
      alter table incoming_document add column search_text text
        generated always as (eo_search_norm(number_notation || ' ' || subject || ' ' || issuer)) stored`);
    this.addSql(`create index incoming_document_search_trgm_idx on incoming_document using gin (search_text gin_trgm_ops)`);

    // Lists are newest first, keyset-paged on (arrival_at, id).
    this.addSql(`create index incoming_document_arrival_idx on incoming_document(arrival_at desc, id desc)`);
    this.addSql(`create index incoming_document_book_arrival_idx on incoming_document(book_id, arrival_at desc, id desc)`);
    // The boxes reach documents by id from a set of parts: this lets them check status and độ mật without the heap.
    this.addSql(`create index incoming_document_id_cover_idx on incoming_document(id) include (status, confidentiality, arrival_at)`);
    // What a chánh văn phòng directed (leaders see every completed document anyway).
    this.addSql(`create index incoming_document_directed_by_idx on incoming_document(directed_by_id) where directed_by_id is not null`);
    // Few documents are confidential: the rule's exception reads them through this small index.
    this.addSql(`create index incoming_document_confidential_idx on incoming_document(id) where confidentiality <> 'normal'`);

    // A person's parts, a unit's parts, and the parts of a document, each index-only for the boxes' semi-joins.
    this.addSql(`drop index if exists assignment_assignee_status_idx`);
    this.addSql(`create index assignment_assignee_status_idx on assignment(assignee_id, status, document_id) include (role, id)`);
    this.addSql(`drop index if exists assignment_unit_status_idx`);
    this.addSql(`create index assignment_unit_status_idx on assignment(unit_id, status, document_id) include (role, id) where assignee_id is null`);
    this.addSql(`create index assignment_unit_document_idx on assignment(unit_id, document_id)`);

    // Due soon / overdue: the open deadlines of a subject (a document's direction, an assignment's hạn xử lý).
    this.addSql(`create index deadline_open_subject_idx on deadline(subject_id, kind) include (status, due_at) where status in ('pending','overdue')`);
    this.addSql(`create index deadline_kind_status_due_idx on deadline(kind, status, due_at)`);
  }
}
