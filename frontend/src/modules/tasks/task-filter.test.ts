import { describe, expect, it } from 'vitest';
import { baseTaskFilter, emptyTaskFilter, isFiltered, parseScope, taskFilterFromQuery, taskFilterToInput, taskFilterToQuery } from './task-filter';

describe('task list filter', () => {
  it('opens my tasks on the to-do view and the other lists on everything', () => {
    expect(taskFilterToInput(emptyTaskFilter('mine'))).toEqual({ openOnly: true });
    expect(taskFilterToInput(emptyTaskFilter('assigned'))).toEqual({});
    expect(isFiltered('mine', emptyTaskFilter('mine'))).toBe(false);
  });

  it('round-trips through the URL and drops what it does not understand', () => {
    const f = { ...emptyTaskFilter('unit'), status: 'DONE_LATE' as const, unitId: 'u1', userId: 'p1', dueFrom: '2026-01-01', dueTo: '2026-03-31', sourceType: 'DOCUMENT' as const, q: ' giải ngân ' };
    const query = taskFilterToQuery('unit', f);
    expect(query).toEqual({ status: 'DONE_LATE', unit: 'u1', user: 'p1', from: '2026-01-01', to: '2026-03-31', source: 'DOCUMENT', q: 'giải ngân' });
    expect(taskFilterFromQuery('unit', query as Record<string, string>)).toEqual({ ...f, q: 'giải ngân' });
    expect(taskFilterFromQuery('mine', { status: 'nope', from: '01/02/2026', source: 'X' })).toEqual(emptyTaskFilter('mine'));
  });

  it('narrows to one status, and counts chips within the rest of the filter', () => {
    const f = { ...emptyTaskFilter('all'), status: 'IN_PROGRESS_OVERDUE' as const, unitId: 'u1' };
    expect(taskFilterToInput(f)).toEqual({ unitId: 'u1', statuses: ['IN_PROGRESS_OVERDUE'] });
    expect(baseTaskFilter(f)).toEqual({ unitId: 'u1' });
    expect(taskFilterToQuery('mine', { ...emptyTaskFilter('mine'), status: 'all' })).toEqual({ status: 'all' });
  });

  it('knows the list segments', () => {
    expect(parseScope('assigned')).toBe('assigned');
    expect(parseScope('toString')).toBeNull();
    expect(parseScope(undefined)).toBeNull();
  });
});
