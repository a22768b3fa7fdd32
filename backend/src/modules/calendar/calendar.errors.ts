import { DomainError } from '../../shared/errors.ts';

export const CalendarErrorCode = {
  ChangedMeanwhile: 'CALENDAR_CHANGED_MEANWHILE',
  AlreadyDefault: 'CALENDAR_ALREADY_DEFAULT',
} as const;

export const changedMeanwhile = (what: string, current: number) =>
  new DomainError(
    CalendarErrorCode.ChangedMeanwhile,
    `${what} vừa được người khác thay đổi (phiên bản hiện tại: ${current}). Vui lòng tải lại rồi sửa tiếp.`,
    'expectedVersion',
  );

export const alreadyDefault = (year: number) =>
  new DomainError(CalendarErrorCode.AlreadyDefault, `Năm ${year} đang dùng lịch nghỉ mặc định, không có gì để khôi phục.`);

/** The one capability of this module: every change of the calendar is an administrator's. */
export const CALENDAR_ADMIN_ACTION = 'quản trị lịch làm việc';
