import { describe, expect, it } from 'vitest';
import { emptyFilterState, filterFromQuery, filterToInput, filterToQuery } from './inbox-filter';

describe('inbox filter in the URL', () => {
  it('round-trips through the query string', () => {
    const f = { ...emptyFilterState(), q: 'kế hoạch', year: 2026, urgency: ['URGENT', 'FLASH'] as const, from: '2026-01-01', to: '2026-01-31', status: 'IN_PROGRESS' as const };
    const state = { ...f, urgency: [...f.urgency] };
    expect(filterFromQuery(filterToQuery(state) as never)).toEqual(state);
    expect(filterToQuery(state)).toEqual({ q: 'kế hoạch', year: '2026', urgency: 'URGENT,FLASH', status: 'IN_PROGRESS', from: '2026-01-01', to: '2026-01-31' });
  });

  it('drops what it does not understand', () => {
    expect(filterFromQuery({ year: 'abc', urgency: 'SOON,FLASH', status: 'LOST', from: '01/02/2026' })).toEqual({ ...emptyFilterState(), urgency: ['FLASH'] });
  });

  it('sends no filter when nothing is set', () => {
    expect(filterToInput(emptyFilterState())).toBeNull();
    expect(filterToInput({ ...emptyFilterState(), from: '2026-01-01' })).toEqual({ arrivalFrom: '2026-01-01' });
  });
});
