import { Migration } from '@mikro-orm/migrations';

/**
 * An internal recipient's copy of an outgoing document that was recalled or replaced is frozen (Decree 30
 * art. 18.4b, App. VI §8): `recalled_at` and the reason are kept, and a copy still being worked on becomes
 * `recalled` (final). One received electronically and never registered has no book or số đến.
 */
export class Migration0014SourceRecalled extends Migration {
  override up(): void {
    this.addSql(`alter table incoming_document add column recalled_at timestamptz, add column recall_reason text`);
    this.addSql(`alter table incoming_document drop constraint incoming_document_status_check`);
    this.addSql(
      `alter table incoming_document add constraint incoming_document_status_check
         check (status in ('received','registered','awaiting_direction','in_progress','completed','returned','sent_back','recalled')
                and (status <> 'recalled' or recalled_at is not null))`,
    );
    this.addSql(`alter table incoming_document drop constraint incoming_document_registered_check`);
    this.addSql(
      `alter table incoming_document add constraint incoming_document_registered_check
         check (status = 'received' or (status = 'recalled' and registered_at is null)
                or (book_id is not null and year is not null and arrival_number is not null
                    and registered_at is not null and registered_by_id is not null))`,
    );
  }
}
