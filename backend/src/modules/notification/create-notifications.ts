import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationKind } from './notification.entity.ts';

export interface NewNotification {
  kind: NotificationKind;
  subjectType: string;
  subjectId: string;
  title: string;
  body: string;
}

/**
 * Notifies each recipient once for a workflow step: `<stepKey>:<userId>` is unique, so a retried
 * activity inserts nothing new. Runs inside the step's transaction (activities only).
 */
export async function createNotifications(
  em: EntityManager,
  opts: { stepKey: string; userIds: readonly string[]; notification: NewNotification; now: Date },
): Promise<number> {
  const userIds = [...new Set(opts.userIds)];
  if (userIds.length === 0) return 0;
  const n = opts.notification;
  const values = userIds.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, null, ?)').join(', ');
  const params = userIds.flatMap((userId) => [
    randomUUID(),
    userId,
    n.kind,
    n.subjectType,
    n.subjectId,
    n.title.normalize('NFC'),
    n.body.normalize('NFC'),
    opts.now,
    `${opts.stepKey}:${userId}`,
  ]);
  const rows = await em.execute<{ id: string }[]>(
    `insert into notification (id, user_id, kind, subject_type, subject_id, title, body, created_at, read_at, step_key)
     values ${values} on conflict (step_key) do nothing returning id`,
    params,
  );
  return rows.length;
}
