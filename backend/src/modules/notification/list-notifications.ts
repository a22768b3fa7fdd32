import type { EntityManager } from '@mikro-orm/postgresql';
import { Notification } from './notification.entity.ts';

export interface NotificationPage {
  items: Notification[];
  hasNextPage: boolean;
  endCursor: string | null;
}

const encodeCursor = (n: Notification) => Buffer.from(JSON.stringify([n.createdAt.toISOString(), n.id])).toString('base64url');

function decodeCursor(cursor: string): { at: string; id: string } | null {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    return typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at)) && /^[0-9a-f-]{36}$/i.test(id) ? { at, id } : null;
  } catch {
    return null;
  }
}

/** The user's own notifications, newest first, page by page. */
export async function listMyNotifications(opts: { em: EntityManager; userId: string; first: number; after?: string | null }): Promise<NotificationPage> {
  const first = Math.min(Math.max(opts.first, 1), 100);
  const cursor = opts.after ? decodeCursor(opts.after) : null;
  const params: unknown[] = [opts.userId];
  let where = 'user_id = ?';
  if (cursor) {
    where += ' and (created_at, id) < (?::timestamptz, ?::uuid)';
    params.push(cursor.at, cursor.id);
  }
  params.push(first + 1);
  const rows = await opts.em.execute(`select * from notification where ${where} order by created_at desc, id desc limit ?`, params);
  const items = rows.slice(0, first).map((r) => opts.em.map(Notification, r));
  return { items, hasNextPage: rows.length > first, endCursor: items.length ? encodeCursor(items.at(-1)!) : null };
}

export async function countUnreadNotifications(opts: { em: EntityManager; userId: string }): Promise<number> {
  return opts.em.count(Notification, { userId: opts.userId, readAt: null });
}
