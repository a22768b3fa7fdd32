import { DomainError } from '../../shared/errors.ts';

export const DeadlineSettingsErrorCode = {
  ChangedMeanwhile: 'DEADLINE_SETTINGS_CHANGED_MEANWHILE',
} as const;

export const settingsChangedMeanwhile = (current: number) =>
  new DomainError(
    DeadlineSettingsErrorCode.ChangedMeanwhile,
    `Thiết lập nhắc hạn vừa được người khác thay đổi (phiên bản hiện tại: ${current}). Vui lòng tải lại rồi sửa tiếp.`,
    'expectedVersion',
  );

/** The one capability: changing the settings is an administrator's. */
export const DEADLINE_SETTINGS_ADMIN_ACTION = 'thay đổi thiết lập nhắc hạn';
