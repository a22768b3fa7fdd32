import { Migration } from '@mikro-orm/migrations';

/**
 * Notification kinds grow with every process (incoming, outgoing, tasks); the list lives in the entity
 * (NOTIFICATION_KINDS), as it already does for audit events and deadline kinds, so that each module can add
 * its own without a migration racing another's over one check constraint.
 */
export class Migration0008OpenKinds extends Migration {
  override up(): void {
    this.addSql(`alter table notification drop constraint notification_kind_check`);
  }
}
