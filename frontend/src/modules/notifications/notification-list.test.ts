import { describe, expect, it } from 'vitest';
import { markedRead, mergePages, notificationTarget, unreadIds } from './notification-list';

const n = (id: string, readAt: string | null = null, documentId: string | null = 'd1') => ({ id, readAt, documentId });

describe('notification list', () => {
  it('leads to the document page', () => {
    expect(notificationTarget(n('a'))).toEqual({ name: 'incoming-document', params: { id: 'd1' } });
    expect(notificationTarget(n('a', null, null))).toBeNull();
  });

  it('finds the unread ones', () => {
    expect(unreadIds([n('a'), n('b', '2026-11-20T10:00:00Z'), n('c')])).toEqual(['a', 'c']);
  });

  it('appends pages without duplicates, keeping the newer copy', () => {
    const shown = [n('a'), n('b')];
    expect(mergePages(shown, [n('b', '2026-11-20T10:00:00Z'), n('c')], true)).toEqual([n('a'), n('b', '2026-11-20T10:00:00Z'), n('c')]);
    expect(mergePages(shown, [n('c')], false)).toEqual([n('c')]);
  });

  it('marks read what the server marked', () => {
    expect(markedRead([n('a'), n('b')], [{ id: 'b', readAt: '2026-11-20T10:00:00Z' }])).toEqual([n('a'), n('b', '2026-11-20T10:00:00Z')]);
  });
});
