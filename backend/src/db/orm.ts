import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities.ts';
import { Migration0001Initial } from './migrations/migration-0001-initial.ts';
import { Migration0002Calendar } from './migrations/migration-0002-calendar.ts';
import { Migration0003Deadlines } from './migrations/migration-0003-deadlines.ts';
import { Migration0004Registration } from './migrations/migration-0004-registration.ts';
import { Migration0005Notifications } from './migrations/migration-0005-notifications.ts';
import { Migration0006Distribution } from './migrations/migration-0006-distribution.ts';
import { Migration0007Inbox } from './migrations/migration-0007-inbox.ts';
import { Migration0008OpenKinds } from './migrations/migration-0008-open-kinds.ts';
import { Migration0009ReceiptSubmission } from './migrations/migration-0009-receipt-submission.ts';
import { Migration0010DeadlineSettings } from './migrations/migration-0010-deadline-settings.ts';
import { Migration0011Outgoing } from './migrations/migration-0011-outgoing.ts';
import { Migration0012Tasks } from './migrations/migration-0012-tasks.ts';
import { Migration0013TaskReminderSettings } from './migrations/migration-0013-task-reminder-settings.ts';
import { Migration0014SourceRecalled } from './migrations/migration-0014-source-recalled.ts';
import { Migration0015TaskOpenIndexes } from './migrations/migration-0015-task-open-indexes.ts';
import { Migration0016AgencyName } from './migrations/migration-0016-agency-name.ts';
import { Migration0017DuplicateIndex } from './migrations/migration-0017-duplicate-index.ts';
import { Migration0018DispatchAlertRounds } from './migrations/migration-0018-dispatch-alert-rounds.ts';

export type Orm = MikroORM;

/** Committed migrations, in order; the database is only ever changed through these. */
const migrationsList = [
  { name: 'Migration0001Initial', class: Migration0001Initial },
  { name: 'Migration0002Calendar', class: Migration0002Calendar },
  { name: 'Migration0003Deadlines', class: Migration0003Deadlines },
  { name: 'Migration0004Registration', class: Migration0004Registration },
  { name: 'Migration0005Notifications', class: Migration0005Notifications },
  { name: 'Migration0006Distribution', class: Migration0006Distribution },
  // 0006 is the distribution actions' migration (reserved); this one comes after it.
  { name: 'Migration0007Inbox', class: Migration0007Inbox },
  { name: 'Migration0008OpenKinds', class: Migration0008OpenKinds },
  { name: 'Migration0009ReceiptSubmission', class: Migration0009ReceiptSubmission },
  { name: 'Migration0010DeadlineSettings', class: Migration0010DeadlineSettings },
  { name: 'Migration0011Outgoing', class: Migration0011Outgoing },
  { name: 'Migration0012Tasks', class: Migration0012Tasks },
  { name: 'Migration0013TaskReminderSettings', class: Migration0013TaskReminderSettings },
  { name: 'Migration0014SourceRecalled', class: Migration0014SourceRecalled },
  { name: 'Migration0015TaskOpenIndexes', class: Migration0015TaskOpenIndexes },
  { name: 'Migration0016AgencyName', class: Migration0016AgencyName },
  { name: 'Migration0017DuplicateIndex', class: Migration0017DuplicateIndex },
  { name: 'Migration0018DispatchAlertRounds', class: Migration0018DispatchAlertRounds },
];

export function ormOptions(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return {
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false },
    pool: { min: 0, max: 10 },
    debug: false,
    ...overrides,
  };
}

export async function initOrm(clientUrl: string, overrides: Partial<Options> = {}): Promise<Orm> {
  return MikroORM.init(ormOptions(clientUrl, overrides));
}

export async function migrate(orm: Orm): Promise<void> {
  await orm.migrator.up();
}
