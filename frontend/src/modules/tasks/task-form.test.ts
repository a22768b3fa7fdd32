import { describe, expect, it } from 'vitest';
import { emptyTaskForm, parseTarget, partyTarget, taskFormKey, taskFormProblems, toCreateSubtaskInput, toCreateTaskInput } from './task-form';

const today = '2026-03-10';

describe('task form', () => {
  it('builds a task from a document with a unit lead, people and units co-operating, and a weekly report', () => {
    const s = emptyTaskForm({ documentId: 'd1' });
    Object.assign(s, {
      title: '  Báo cáo giải ngân  ',
      content: 'Chi tiết',
      lead: partyTarget('unit', 'u1'),
      coordinators: [partyTarget('user', 'p1'), partyTarget('unit', 'u2'), partyTarget('unit', 'u1')],
      dueDate: '2026-03-20',
      reportFrequency: 'WEEKLY',
      reportWeekday: 5,
      reportMonthDay: 12,
    });
    expect(toCreateTaskInput(s)).toEqual({
      title: 'Báo cáo giải ngân',
      content: 'Chi tiết',
      priority: 'NORMAL',
      sourceType: 'DOCUMENT',
      sourceDocumentId: 'd1',
      lead: { unitId: 'u1' },
      coordinators: [{ userId: 'p1' }, { unitId: 'u2' }],
      dueDate: '2026-03-20',
      reportFrequency: 'WEEKLY',
      reportWeekday: 5,
    });
  });

  it('sends N working days instead of a date, and a meeting as the source', () => {
    const s = emptyTaskForm();
    Object.assign(s, { title: 'T', lead: partyTarget('user', 'p1'), deadlineMode: 'days', dueDate: '2026-03-20', dueInWorkingDays: 5, sourceType: 'MEETING', meetingName: ' Giao ban ', meetingDate: '2026-03-09' });
    const input = toCreateTaskInput(s);
    expect(input).toMatchObject({ lead: { userId: 'p1' }, dueInWorkingDays: 5, sourceType: 'MEETING', meetingName: 'Giao ban', meetingDate: '2026-03-09', content: null });
    expect(input).not.toHaveProperty('dueDate');
    expect(input).not.toHaveProperty('sourceDocumentId');
  });

  it('builds a subtask for people of the unit', () => {
    const s = emptyTaskForm();
    Object.assign(s, { title: 'Con', lead: partyTarget('user', 'p1'), coordinators: [partyTarget('user', 'p2')], dueDate: '2026-03-15' });
    expect(toCreateSubtaskInput('t1', s)).toMatchObject({ parentId: 't1', leadUserId: 'p1', coordinatorUserIds: ['p2'], dueDate: '2026-03-15' });
  });

  it('keeps ids containing a colon', () => {
    expect(parseTarget('user:a:b')).toEqual({ kind: 'user', id: 'a:b' });
    expect(parseTarget('')).toBeNull();
    expect(parseTarget('group:x')).toBeNull();
  });

  it('maps server fields to form items', () => {
    expect(taskFormKey('input.title')).toBe('title');
    expect(taskFormKey('lead.unitId')).toBe('lead');
    expect(taskFormKey('leadUserId')).toBe('lead');
    expect(taskFormKey('coordinators.1.userId')).toBe('coordinators');
    expect(taskFormKey('coordinatorUserIds.0')).toBe('coordinators');
    expect(taskFormKey('sourceDocumentId')).toBe('sourceType');
    expect(taskFormKey('files.2')).toBe('files');
    expect(taskFormKey('parentId')).toBeNull();
  });

  it('finds what the server would refuse', () => {
    const s = emptyTaskForm();
    expect(taskFormProblems(s, { today })).toEqual({ title: 'titleRequired', lead: 'leadRequired', dueDate: 'dueRequired' });
    Object.assign(s, { title: 'x'.repeat(501), lead: 'unit:u1', coordinators: ['unit:u1'], dueDate: '2026-03-09' });
    expect(taskFormProblems(s, { today })).toEqual({ title: 'titleTooLong', coordinators: 'coordinatorIsLead', dueDate: 'duePast' });
    Object.assign(s, { title: 'ok', coordinators: [], dueDate: '2026-04-01' });
    expect(taskFormProblems(s, { today, maxDueDate: '2026-03-31' })).toEqual({ dueDate: 'dueAfterParent' });
    expect(taskFormProblems({ ...s, dueDate: today }, { today })).toEqual({});
    Object.assign(s, { deadlineMode: 'days', dueInWorkingDays: 0, reportFrequency: 'WEEKLY', reportWeekday: null });
    expect(taskFormProblems(s, { today })).toEqual({ dueInWorkingDays: 'daysRange', reportWeekday: 'weekdayRequired' });
    Object.assign(s, { dueInWorkingDays: 3, reportFrequency: 'MONTHLY', reportMonthDay: 32, sourceType: 'MEETING', meetingName: ' ' });
    expect(taskFormProblems(s, { today })).toEqual({ reportMonthDay: 'monthDayRequired', meetingName: 'meetingRequired' });
  });
});
