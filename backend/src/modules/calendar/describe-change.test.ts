import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '../../../../workflows/src/calendar/index.ts';
import { prefillYearData } from './calendar-days.ts';
import { describeOfficeHoursChange, describeYearChange } from './describe-change.ts';

describe('describeYearChange', () => {
  it('compares a first save with the pre-fill', () => {
    const pre = prefillYearData(2026);
    const after = {
      ...pre,
      holidays: pre.holidays.filter((h) => h.date !== '2026-04-27'),
      swaps: [{ dayOff: '2026-08-31', workedDay: '2026-09-12', name: 'Hoán đổi' }],
    };
    expect(describeYearChange(2026, null, after)).toBe('Thêm 2 ngày: 31/08/2026, 12/09/2026; bỏ 1 ngày: 27/04/2026.');
    expect(describeYearChange(2026, null, pre)).toBe('Lưu lịch năm 2026 như mặc định.');
    expect(describeYearChange(2026, pre, null)).toBe('Khôi phục lịch nghỉ mặc định của năm 2026.');
  });

  it('names renamed days as changed', () => {
    const pre = prefillYearData(2026);
    const renamed = { ...pre, holidays: pre.holidays.map((h) => (h.date === '2026-01-01' ? { ...h, name: 'Tết Dương lịch 2026' } : h)) };
    expect(describeYearChange(2026, pre, renamed)).toBe('Sửa 1 ngày: 01/01/2026.');
  });
});

describe('describeOfficeHoursChange', () => {
  it('lists only what changed', () => {
    const after = { ...DEFAULT_OFFICE_HOURS, sessions: [{ start: 480, end: 720 }, { start: 780, end: 1020 }], immediateMinutes: 60 };
    expect(describeOfficeHoursChange(DEFAULT_OFFICE_HOURS, after)).toBe(
      'Buổi làm việc: 07:30–11:30, 13:30–17:00 → 08:00–12:00, 13:00–17:00; "Ngay": 120 phút → 60 phút.',
    );
    expect(describeOfficeHoursChange(DEFAULT_OFFICE_HOURS, DEFAULT_OFFICE_HOURS)).toBe('Không thay đổi giờ làm việc.');
  });
});
