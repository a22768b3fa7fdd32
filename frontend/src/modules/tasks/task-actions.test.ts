import { describe, expect, it } from 'vitest';
import { actionFieldKey, actionProblems, emptyActionForm, orderedActions } from './task-actions';

describe('task actions', () => {
  it('orders the buttons the chủ trì needs first', () => {
    expect(orderedActions(['CANCEL', 'NUDGE', 'EVALUATE'])).toEqual(['EVALUATE', 'NUDGE', 'CANCEL']);
    expect(orderedActions(['SUBMIT_RESULT', 'REQUEST_EXTENSION', 'REPORT_PROGRESS'])).toEqual(['REPORT_PROGRESS', 'SUBMIT_RESULT', 'REQUEST_EXTENSION']);
  });

  it('checks each dialog before sending', () => {
    const empty = emptyActionForm(40);
    expect(empty.percent).toBe(40);
    expect(actionProblems('REFUSE', empty, '2026-03-20')).toEqual({ reason: 'reasonRequired' });
    expect(actionProblems('ACCEPT', empty, '2026-03-20')).toEqual({});
    expect(actionProblems('REPORT_PROGRESS', { ...empty, percent: 120 }, '2026-03-20')).toEqual({ percent: 'percentRange', text: 'reportTextRequired' });
    expect(actionProblems('REQUEST_EXTENSION', { ...empty, newDueDate: '2026-03-20', reason: 'x' }, '2026-03-20')).toEqual({ newDueDate: 'newDueNotLater' });
    expect(actionProblems('REQUEST_EXTENSION', { ...empty, newDueDate: '2026-03-27', reason: 'x' }, '2026-03-20')).toEqual({});
    expect(actionProblems('APPROVE_EXTENSION', empty, '2026-03-20')).toEqual({});
    expect(actionProblems('REFUSE_EXTENSION', empty, '2026-03-20')).toEqual({ note: 'reasonRequired' });
    expect(actionProblems('EVALUATE', { ...empty, decision: 'REOPEN' }, '2026-03-20')).toEqual({ note: 'noteRequired' });
    expect(actionProblems('EVALUATE', empty, '2026-03-20')).toEqual({});
  });

  it('maps server fields to dialog fields', () => {
    expect(actionFieldKey('input.newDueDate')).toBe('newDueDate');
    expect(actionFieldKey('files.0')).toBe('files');
    expect(actionFieldKey('taskId')).toBeNull();
  });
});
