import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors.ts';
import { describeSettingsChange, validateDeadlineSettings } from './deadline-settings.ts';

function fieldErrors(run: () => unknown) {
  try {
    run();
  } catch (e) {
    if (e instanceof InputError) return e.fieldErrors.map((f) => [f.field, f.code, f.message]);
    throw e;
  }
  return [];
}

describe('deadline settings', () => {
  it('takes whole numbers in range; a setting left out keeps its value', () => {
    expect(validateDeadlineSettings({ directionReminderWorkingHours: 0, assignmentReminderWorkingDays: 10, note: '  Theo quy chế  ' })).toEqual({
      values: { directionReminderWorkingHours: 0, assignmentReminderWorkingDays: 10 },
      note: 'Theo quy chế',
    });
    expect(validateDeadlineSettings({ assignmentReminderWorkingDays: 2, directionReminderWorkingHours: null })).toEqual({
      values: { assignmentReminderWorkingDays: 2 },
      note: null,
    });
  });

  it('refuses values out of range, fractions and long notes, each on its field in Vietnamese', () => {
    expect(fieldErrors(() => validateDeadlineSettings({ directionReminderWorkingHours: 17, assignmentReminderWorkingDays: -1, note: 'x'.repeat(501) }))).toEqual([
      ['directionReminderWorkingHours', 'OUT_OF_RANGE', 'Nhắc trước hạn cho ý kiến chỉ đạo: phải là số nguyên từ 0 đến 16 giờ làm việc.'],
      ['assignmentReminderWorkingDays', 'OUT_OF_RANGE', 'Nhắc trước hạn xử lý của phần việc: phải là số nguyên từ 0 đến 10 ngày làm việc.'],
      ['note', 'TOO_LONG', 'Ghi chú không được dài quá 500 ký tự.'],
    ]);
    expect(fieldErrors(() => validateDeadlineSettings({ assignmentReminderWorkingDays: 1.5 })).map(([f]) => f)).toEqual(['assignmentReminderWorkingDays']);
  });

  it('takes a task’s two reminders (0 turns one off) and a report grace of at least one working day', () => {
    expect(validateDeadlineSettings({ taskFirstReminderWorkingDays: 5, taskSecondReminderWorkingDays: 0, taskReportGraceWorkingDays: 2 }).values).toEqual({
      taskFirstReminderWorkingDays: 5,
      taskSecondReminderWorkingDays: 0,
      taskReportGraceWorkingDays: 2,
    });
    expect(fieldErrors(() => validateDeadlineSettings({ taskFirstReminderWorkingDays: 11, taskReportGraceWorkingDays: 0 }))).toEqual([
      ['taskFirstReminderWorkingDays', 'OUT_OF_RANGE', 'Nhắc lần 1 trước hạn hoàn thành nhiệm vụ: phải là số nguyên từ 0 đến 10 ngày làm việc.'],
      ['taskReportGraceWorkingDays', 'OUT_OF_RANGE', 'Chờ báo cáo tiến độ định kỳ trước khi báo người giao việc: phải là số nguyên từ 1 đến 10 ngày làm việc.'],
    ]);
  });

  it('says what a change did', () => {
    expect(describeSettingsChange({ before: { directionReminderWorkingHours: 2 }, after: { directionReminderWorkingHours: 4 } })).toBe(
      'Nhắc trước hạn cho ý kiến chỉ đạo: 2 → 4 giờ làm việc',
    );
    expect(
      describeSettingsChange({
        before: { directionReminderWorkingHours: 2, assignmentReminderWorkingDays: 1 },
        after: { directionReminderWorkingHours: 3, assignmentReminderWorkingDays: 0 },
      }),
    ).toBe('Nhắc trước hạn cho ý kiến chỉ đạo: 2 → 3 giờ làm việc; Nhắc trước hạn xử lý của phần việc: 1 → 0 ngày làm việc');
  });
});
