import { describe, expect, it } from 'vitest';
import { markedRead, mergePages, notificationTarget, notificationTone, unreadIds } from './notification-list';

const n = (id: string, readAt: string | null = null, documentId: string | null = 'd1') => ({ id, readAt, documentId });

describe('notification list', () => {
  it('leads to the page of what it is about', () => {
    expect(notificationTarget(n('a'))).toEqual({ name: 'incoming-document', params: { id: 'd1' } });
    expect(notificationTarget({ id: 'a', documentId: null, outgoingDocumentId: 'o1', taskId: null })).toEqual({ name: 'outgoing-document', params: { id: 'o1' } });
    expect(notificationTarget({ id: 'a', documentId: null, outgoingDocumentId: null, taskId: 't1' })).toEqual({ name: 'task', params: { id: 't1' } });
    expect(notificationTarget({ id: 'a', documentId: null, outgoingDocumentId: null, taskId: null })).toBeNull();
    expect(notificationTarget({ id: 'a' })).toBeNull();
  });

  it('sets new work apart from reminders and overdue notices', () => {
    expect(['ASSIGNMENT_RECEIVED', 'DEADLINE_REMINDER', 'DEADLINE_ESCALATION'].map(notificationTone)).toEqual(['primary', 'warning', 'danger']);
    expect(['TASK_ASSIGNED', 'TASK_NUDGE', 'TASK_REPORT_MISSED', 'TASK_ESCALATION'].map(notificationTone)).toEqual(['primary', 'warning', 'warning', 'danger']);
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
