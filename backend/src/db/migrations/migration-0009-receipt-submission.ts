import { Migration } from '@mikro-orm/migrations';

/**
 * Electronic receipt and the submission step (Decree 30 art. 20–23): a document received electronically
 * exists before it is in a register (`received`: no book, number or registration yet); registration and
 * submission to the leader are two steps (`registered` in between, chờ trình); a returned document may be
 * sent back to its sender (`sent_back`, final).
 */
export class Migration0009ReceiptSubmission extends Migration {
  override up(): void {
    this.addSql(`alter table incoming_document drop constraint incoming_document_status_check`);
    this.addSql(
      `alter table incoming_document add constraint incoming_document_status_check
         check (status in ('received','registered','awaiting_direction','in_progress','completed','returned','sent_back'))`,
    );
    for (const column of ['book_id', 'year', 'arrival_number', 'registered_at', 'registered_by_id']) {
      this.addSql(`alter table incoming_document alter column ${column} drop not null`);
    }
    this.addSql(
      `alter table incoming_document add constraint incoming_document_registered_check
         check (status = 'received' or (book_id is not null and year is not null and arrival_number is not null
                                        and registered_at is not null and registered_by_id is not null))`,
    );
    this.addSql(`alter table incoming_document
      add column submitted_at timestamptz,
      add column submitted_by_id uuid references app_user(id),
      add column sent_back_reason text,
      add column source_outgoing_id uuid,
      add column recipient_unit_id uuid,
      add column sent_by_id uuid`);
    // Until now vào sổ was the submission.
    this.addSql(`update incoming_document set submitted_at = registered_at, submitted_by_id = registered_by_id`);
    // The sender lists its recipients' statuses in one query.
    this.addSql(`create index incoming_document_source_outgoing_idx on incoming_document(source_outgoing_id) where source_outgoing_id is not null`);
  }
}
