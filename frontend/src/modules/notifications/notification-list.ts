import type { RouteLocationRaw } from 'vue-router';

/** How often the bell asks for the unread count while a page stays open. */
export const NOTIFICATION_POLL_MS = 30_000;

export interface NotificationLike {
  id: string;
  readAt?: string | null;
  documentId?: string | null;
  outgoingDocumentId?: string | null;
  taskId?: string | null;
}

export type NotificationTone = 'primary' | 'warning' | 'danger';

/**
 * How a kind stands out in the bell: overdue as danger, reminders and nudges as warnings, new work and
 * news in the primary colour. By the kind's name, so the kinds each process adds fall in place.
 */
export function notificationTone(kind: string): NotificationTone {
  if (kind.endsWith('ESCALATION')) return 'danger';
  if (/(REMINDER|REPORT_MISSED|NUDGE)$/.test(kind)) return 'warning';
  return 'primary';
}

/**
 * Where a notification leads: the page of what it is about — an incoming document, an outgoing document or a
 * task (a notification has one subject) — or nowhere for a notification about nothing we show.
 */
export function notificationTarget(n: NotificationLike): RouteLocationRaw | null {
  if (n.documentId) return { name: 'incoming-document', params: { id: n.documentId } };
  if (n.outgoingDocumentId) return { name: 'outgoing-document', params: { id: n.outgoingDocumentId } };
  if (n.taskId) return { name: 'task', params: { id: n.taskId } };
  return null;
}

/** The unread ones among those shown, for "mark all read". */
export function unreadIds(list: readonly NotificationLike[]): string[] {
  return list.filter((n) => !n.readAt).map((n) => n.id);
}

/**
 * A page appended to the list: pages can overlap when new notifications arrive while paging, so
 * an id is kept once (the newer copy wins: it carries the latest read state).
 */
export function mergePages<T extends NotificationLike>(shown: readonly T[], page: readonly T[], append: boolean): T[] {
  if (!append) return [...page];
  const fresh = new Map(page.map((n) => [n.id, n]));
  const kept = shown.map((n) => fresh.get(n.id) ?? n);
  const seen = new Set(kept.map((n) => n.id));
  return [...kept, ...page.filter((n) => !seen.has(n.id))];
}

/** Marks ids read locally once the server said so. */
export function markedRead<T extends NotificationLike>(list: readonly T[], read: ReadonlyArray<{ id: string; readAt?: string | null }>): T[] {
  const at = new Map(read.map((r) => [r.id, r.readAt ?? null]));
  return list.map((n) => (at.has(n.id) ? { ...n, readAt: at.get(n.id) ?? n.readAt ?? null } : n));
}
