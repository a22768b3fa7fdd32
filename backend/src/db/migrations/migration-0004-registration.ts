import { Migration } from '@mikro-orm/migrations';

/** Registration in full: configurable register books, the agency directory, the rest of Appendix VI's incoming metadata. */
export class Migration0004Registration extends Migration {
  override up(): void {
    this.addSql(`alter table register_book add column confidential boolean not null default false`);
    this.addSql(`alter table register_book add column advisory_body text`);
    this.addSql(`alter table register_book add column active boolean not null default true`);

    // QĐ 20/2020 codes: up to 35 characters; an issuer outside the state system may have none.
    this.addSql(`
      create table agency (
        id uuid primary key,
        code varchar(35) unique check (code ~ '^[0-9A-Z]+(\\.[0-9A-Z]+)*$'),
        name text not null,
        short_name text,
        active boolean not null default true
      )`);

    this.addSql(`alter table incoming_document add column issuer_agency_id uuid references agency(id)`);
    // The code as it was when the document came: mergers change codes, old documents keep theirs.
    this.addSql(`alter table incoming_document add column issuer_agency_code varchar(35)`);
    this.addSql(`alter table incoming_document add column signer_position text`);
    this.addSql(`alter table incoming_document add column receipt_form text not null default 'electronic'`);
    this.addSql(`alter table incoming_document alter column receipt_form drop default`);
    this.addSql(`alter table incoming_document add constraint incoming_document_receipt_form_check check (receipt_form in ('paper','electronic'))`);
    this.addSql(`alter table incoming_document add column internal_recipients text`);
    this.addSql(`alter table incoming_document add column notes text`);
    // Ngày đến may now be earlier than the moment of vào sổ (a paper document registered the next morning).
    this.addSql(`alter table incoming_document add column registered_at timestamptz`);
    this.addSql(`update incoming_document set registered_at = arrival_at`);
    this.addSql(`alter table incoming_document alter column registered_at set not null`);
    // The duplicate check narrows by the document's date, then compares issuer and number unaccented.
    this.addSql(`create index incoming_document_issued_date_idx on incoming_document(issued_date)`);
  }
}
