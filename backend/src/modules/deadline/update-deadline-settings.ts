import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { recordEvent } from '../audit/record-event.ts';
import { forbidden } from '../org/org.errors.ts';
import type { ReminderPolicy } from './alert-deadline.ts';
import { DEADLINE_SETTINGS_ID, DEADLINE_SETTINGS_SUBJECT, DeadlineSettings } from './deadline-settings.entity.ts';
import { DEADLINE_SETTINGS_ADMIN_ACTION, settingsChangedMeanwhile } from './deadline-settings.errors.ts';
import { SETTING_KEYS, validateDeadlineSettings, type DeadlineSettingsInput } from './deadline-settings.ts';

/**
 * Saves the administrator's deadline settings as a new version, with an audit event of who changed
 * which value from what to what. A stale `expectedVersion` is refused; a save that changes nothing
 * writes nothing. A deadline watcher reads them when it loads its context (a document's first limit,
 * then each calendar change), so documents followed from now on use them.
 */
export async function updateDeadlineSettings(opts: {
  em: EntityManager;
  actor: Actor;
  input: DeadlineSettingsInput;
  expectedVersion: number;
  now: Date;
}): Promise<{ version: number; changed: boolean }> {
  const { actor, now } = opts;
  if (!actor.roles.includes('admin')) throw forbidden(DEADLINE_SETTINGS_ADMIN_ACTION);
  const { values, note } = validateDeadlineSettings(opts.input);

  return opts.em.transactional(async (em) => {
    const row = await em.findOneOrFail(DeadlineSettings, { id: DEADLINE_SETTINGS_ID }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (row.version !== opts.expectedVersion) throw settingsChangedMeanwhile(row.version);
    const keys = SETTING_KEYS.filter((k) => values[k] !== undefined && values[k] !== row[k]);
    if (keys.length === 0) return { version: row.version, changed: false };

    const before: Partial<ReminderPolicy> = {};
    const after: Partial<ReminderPolicy> = {};
    for (const k of keys) {
      before[k] = row[k];
      after[k] = values[k]!;
      row[k] = values[k]!;
    }
    row.version += 1;
    row.updatedById = actor.id;
    row.updatedAt = now;
    recordEvent(em, {
      // One event per version: the row lock makes versions unique.
      stepKey: `deadline_settings.updated:v${row.version}`,
      ...DEADLINE_SETTINGS_SUBJECT,
      kind: 'deadline_settings.updated',
      actorId: actor.id,
      at: now,
      data: { version: row.version, before, after, note },
    });
    await em.flush();
    return { version: row.version, changed: true };
  });
}
