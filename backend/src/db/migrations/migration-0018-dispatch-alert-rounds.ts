import { Migration } from '@mikro-orm/migrations';

/**
 * Dispatch alerts come in rounds (alert-dispatch-round.ts): every signed document whose reminder or limit falls
 * on the same instant is alerted by one transaction. The row keeps when its early reminder is due and when each
 * alert went, so that the round and the document's own timer (the safety net) alert it once between them.
 */
export class Migration0018DispatchAlertRounds extends Migration {
  override up(): void {
    this.addSql(`alter table deadline add column remind_at timestamptz, add column reminded_at timestamptz, add column alerted_at timestamptz`);
    this.addSql(`create index deadline_dispatch_remind_idx on deadline(remind_at) where status = 'pending' and kind = 'dispatch_target'`);
    this.addSql(`create index deadline_dispatch_due_idx on deadline(due_at) where status = 'pending' and kind in ('dispatch_target', 'dispatch_limit')`);
  }
}
