import { describe, expect, it } from 'vitest';
import { directFormKey, duplicateUnitIds, emptyDirectForm, readerTarget, toDirectInput } from './direct-form';

describe('direct form', () => {
  it('builds the direction input with units and people for information', () => {
    const state = emptyDirectForm('2026-02-01');
    state.direction = '  Giao phòng A chủ trì ';
    state.lead.unitId = 'uA';
    state.coordinators.push({ unitId: 'uB', deadline: '2026-01-30' }, { unitId: 'uC', deadline: '' });
    state.readers.push({ target: readerTarget('unit', 'uD'), deadline: null }, { target: readerTarget('user', 'p1'), deadline: '2026-01-20' });
    expect(toDirectInput('d1', state)).toEqual({
      documentId: 'd1',
      direction: 'Giao phòng A chủ trì',
      lead: { unitId: 'uA', deadline: '2026-02-01' },
      coordinators: [
        { unitId: 'uB', deadline: '2026-01-30' },
        { unitId: 'uC', deadline: null },
      ],
      readers: [
        { unitId: 'uD', deadline: null },
        { userId: 'p1', deadline: '2026-01-20' },
      ],
    });
  });

  it('keeps ids that contain a colon intact', () => {
    const state = emptyDirectForm(null);
    state.readers.push({ target: 'user:a:b', deadline: null });
    expect(toDirectInput('d', state).readers?.[0]).toEqual({ userId: 'a:b', deadline: null });
  });

  it('finds a unit chosen twice', () => {
    const state = emptyDirectForm(null);
    state.lead.unitId = 'uA';
    state.coordinators.push({ unitId: 'uB', deadline: null }, { unitId: 'uA', deadline: null }, { unitId: '', deadline: null });
    expect([...duplicateUnitIds(state)]).toEqual(['uA']);
  });

  it('maps server field paths to form items', () => {
    expect(directFormKey('direction')).toBe('direction');
    expect(directFormKey('lead.unitId')).toBe('lead.unitId');
    expect(directFormKey('lead')).toBe('lead.unitId');
    expect(directFormKey('input.lead.deadline')).toBe('lead.deadline');
    expect(directFormKey('coordinators.2.unitId')).toBe('coordinators.2.unitId');
    expect(directFormKey('coordinators.0.deadline')).toBe('coordinators.0.deadline');
    expect(directFormKey('readers.1.userId')).toBe('readers.1.target');
    expect(directFormKey('readers.1')).toBe('readers.1.target');
    expect(directFormKey('documentId')).toBeNull();
  });
});
