import { Migration } from '@mikro-orm/migrations';

/** Distribution actions: trả lại, thu hồi, chuyển tiếp, closing by the chủ trì. */
export class Migration0006Distribution extends Migration {
  override up(): void {
    this.addSql(`alter table incoming_document drop constraint incoming_document_status_check`);
    this.addSql(`alter table incoming_document add constraint incoming_document_status_check check (status in ('awaiting_direction','in_progress','completed','returned'))`);
    this.addSql(`alter table incoming_document add column closing_note text, add column reply_reference text, add column return_reason text`);
    this.addSql(`alter table assignment drop constraint assignment_status_check`);
    this.addSql(
      `alter table assignment add constraint assignment_status_check check (status in ('pending','handling','done','unseen','seen','returned','withdrawn','reassigned','cancelled'))`,
    );
    this.addSql(`alter table assignment add column status_reason text`);
  }
}
