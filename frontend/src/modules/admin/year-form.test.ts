import { describe, expect, it } from 'vitest';
import {
  applyQuickAction,
  draftDays,
  duplicateDates,
  formSnapshot,
  quickActions,
  toUpdateInput,
  yearFormFrom,
  yearFormKey,
  type YearSource,
} from './year-form';

const source: YearSource = {
  year: 2026,
  days: [
    { date: '2026-01-01', kind: 'HOLIDAY', name: 'Tết Dương lịch' },
    { date: '2026-04-27', kind: 'IN_LIEU', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' },
    { date: '2026-06-01', kind: 'EXTRA_OFF', name: 'Thành lập cơ quan' },
    { date: '2026-08-31', kind: 'SWAP_OFF', name: 'Hoán đổi — nghỉ, làm bù vào thứ Bảy 12/09/2026' },
    { date: '2026-09-12', kind: 'SWAP_WORK', name: 'Hoán đổi — làm bù cho thứ Hai 31/08/2026' },
    { date: '2026-12-26', kind: 'WORKING_SATURDAY', name: 'Tổng kết' },
  ],
  swaps: [{ dayOff: '2026-08-31', workedDay: '2026-09-12', name: 'Hoán đổi' }],
};
const names = { holiday: 'Ngày lễ', inLieu: 'Nghỉ bù', extraOff: 'Nghỉ thêm', swap: 'Hoán đổi', workingSaturday: 'Làm việc thứ Bảy' };
const WEEK = [1, 2, 3, 4, 5];

describe('year form', () => {
  it('splits a calendar year into the editor lists and back into the mutation input', () => {
    const state = yearFormFrom(source);
    expect(state.holidays.map((h) => h.kind)).toEqual(['HOLIDAY', 'IN_LIEU']);
    expect(state.swaps).toEqual([{ dayOff: '2026-08-31', workedDay: '2026-09-12', name: 'Hoán đổi' }]);
    state.note = '  Theo thông báo ';
    expect(toUpdateInput(state, 3)).toEqual({
      year: 2026,
      expectedVersion: 3,
      holidays: [
        { date: '2026-01-01', kind: 'HOLIDAY', name: 'Tết Dương lịch' },
        { date: '2026-04-27', kind: 'IN_LIEU', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' },
      ],
      swaps: [{ dayOff: '2026-08-31', workedDay: '2026-09-12', name: 'Hoán đổi' }],
      extraDaysOff: [{ date: '2026-06-01', name: 'Thành lập cơ quan' }],
      workingSaturdays: [{ date: '2026-12-26', name: 'Tổng kết' }],
      note: 'Theo thông báo',
    });
  });

  it('shows the draft on the grid and finds dates used twice', () => {
    const state = yearFormFrom(source);
    expect(draftDays(state).map((d) => d.kind)).toEqual(['HOLIDAY', 'IN_LIEU', 'EXTRA_OFF', 'SWAP_OFF', 'SWAP_WORK', 'WORKING_SATURDAY']);
    state.extraDaysOff.push({ date: '2026-01-01', name: 'x' }, { date: null, name: '' });
    expect([...duplicateDates(state)]).toEqual(['2026-01-01']);
  });

  it('offers quick actions that fit the day and applies them', () => {
    const state = yearFormFrom(source);
    const before = formSnapshot(state);
    expect(quickActions(state, '2026-01-01', WEEK)).toEqual(['remove']);
    expect(quickActions(state, '2026-03-02', WEEK)).toEqual(['holiday', 'inLieu', 'extraOff', 'swapOff']);
    expect(quickActions(state, '2026-03-07', WEEK)).toEqual(['holiday', 'workingSaturday', 'swapWork']);

    applyQuickAction(state, '2026-03-02', 'swapOff', names);
    expect(state.swaps[0]).toEqual({ dayOff: '2026-03-02', workedDay: null, name: 'Hoán đổi' });
    applyQuickAction(state, '2026-03-07', 'swapWork', names);
    expect(state.swaps[0]).toEqual({ dayOff: '2026-03-02', workedDay: '2026-03-07', name: 'Hoán đổi' });

    applyQuickAction(state, '2026-09-12', 'remove', names);
    expect(state.swaps).toHaveLength(1);
    expect(formSnapshot(state)).not.toBe(before);
  });

  it('maps server fields to the form items that show them', () => {
    expect(yearFormKey('swaps.0.workedDay')).toBe('swaps.0.workedDay');
    expect(yearFormKey('input.holidays.3.name')).toBe('holidays.3.name');
    expect(yearFormKey('expectedVersion')).toBeNull();
    expect(yearFormKey('holidays')).toBeNull();
  });
});
