import { describe, expect, it } from 'vitest';
import { emptyOutgoingFilter, outgoingFilterFromQuery, outgoingFilterToInput, outgoingFilterToQuery } from './outgoing-filter';

describe('outgoing box filter in the URL', () => {
  it('round-trips through the query string', () => {
    const state = { q: 'kế hoạch', documentTypeCode: 'KH', urgency: ['URGENT' as const, 'FLASH' as const] };
    expect(outgoingFilterToQuery(state)).toEqual({ q: 'kế hoạch', type: 'KH', urgency: 'URGENT,FLASH' });
    expect(outgoingFilterFromQuery(outgoingFilterToQuery(state) as never)).toEqual(state);
  });

  it('drops what it does not understand and sends nothing when empty', () => {
    expect(outgoingFilterFromQuery({ urgency: 'SOON,FLASH', other: 'x' })).toEqual({ ...emptyOutgoingFilter(), urgency: ['FLASH'] });
    expect(outgoingFilterToInput(emptyOutgoingFilter())).toBeNull();
    expect(outgoingFilterToInput({ ...emptyOutgoingFilter(), q: ' ke hoach ' })).toEqual({ q: 'ke hoach' });
  });
});
