import type { EntityManager } from '@mikro-orm/postgresql';
import { Notification } from './notification.entity.ts';

/**
 * Marks the user's own notifications read (others' ids are ignored, already read ones keep their
 * time) and returns them as they are now.
 */
export async function markNotificationsRead(opts: { em: EntityManager; userId: string; ids: readonly string[]; now: Date }): Promise<Notification[]> {
  const ids = [...new Set(opts.ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id)).slice(0, 500);
  if (ids.length === 0) return [];
  return opts.em.transactional(async (em) => {
    const rows = await em.find(Notification, { id: { $in: ids }, userId: opts.userId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    for (const n of rows) n.readAt ??= opts.now;
    await em.flush();
    return rows;
  });
}
