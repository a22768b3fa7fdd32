import { InputError, type FieldError } from '../../shared/errors.ts';
import { cleanMultiline } from '../../shared/text.ts';
import type { ReminderPolicy } from './alert-deadline.ts';

/** One setting: what the administrator sees and the range they may choose (the table's check constraint says the same). */
export interface SettingSpec {
  label: string;
  unit: string;
  min: number;
  max: number;
}

/**
 * Every deadline setting, in the order the page shows them. A new kind of deadline adds its entry here,
 * its column (migration + entity) and its field in ReminderPolicy.
 */
export const DEADLINE_SETTINGS: Record<keyof ReminderPolicy, SettingSpec> = {
  directionReminderWorkingHours: { label: 'Nhắc trước hạn cho ý kiến chỉ đạo', unit: 'giờ làm việc', min: 0, max: 16 },
  assignmentReminderWorkingDays: { label: 'Nhắc trước hạn xử lý của phần việc', unit: 'ngày làm việc', min: 0, max: 10 },
  taskFirstReminderWorkingDays: { label: 'Nhắc lần 1 trước hạn hoàn thành nhiệm vụ', unit: 'ngày làm việc', min: 0, max: 10 },
  taskSecondReminderWorkingDays: { label: 'Nhắc lần 2 trước hạn hoàn thành nhiệm vụ', unit: 'ngày làm việc', min: 0, max: 10 },
  taskReportGraceWorkingDays: { label: 'Chờ báo cáo tiến độ định kỳ trước khi báo người giao việc', unit: 'ngày làm việc', min: 1, max: 10 },
};

export type SettingKey = keyof ReminderPolicy;
export const SETTING_KEYS = Object.keys(DEADLINE_SETTINGS) as SettingKey[];
export const MAX_NOTE_LENGTH = 500;

/** A setting left out (null) keeps its value. */
export type DeadlineSettingsInput = { [K in SettingKey]?: number | null } & { note?: string | null };

/** The values to change and the administrator's note; each value a whole number in its range. */
export function validateDeadlineSettings(input: DeadlineSettingsInput): { values: Partial<ReminderPolicy>; note: string | null } {
  const errors: FieldError[] = [];
  const values: Partial<ReminderPolicy> = {};
  for (const key of SETTING_KEYS) {
    const v = input[key];
    if (v === undefined || v === null) continue;
    const s = DEADLINE_SETTINGS[key];
    if (!Number.isInteger(v) || v < s.min || v > s.max) {
      errors.push({ field: key, code: 'OUT_OF_RANGE', message: `${s.label}: phải là số nguyên từ ${s.min} đến ${s.max} ${s.unit}.` });
    } else values[key] = v;
  }
  const note = cleanMultiline(input.note ?? '');
  if (note.length > MAX_NOTE_LENGTH) errors.push({ field: 'note', code: 'TOO_LONG', message: `Ghi chú không được dài quá ${MAX_NOTE_LENGTH} ký tự.` });
  if (errors.length) throw new InputError(errors);
  return { values, note: note || null };
}

/** What a change did, in Vietnamese: "Nhắc trước hạn cho ý kiến chỉ đạo: 2 → 4 giờ làm việc". */
export function describeSettingsChange(data: { before?: Partial<Record<string, number>>; after?: Partial<Record<string, number>> }): string {
  const lines = SETTING_KEYS.flatMap((key) => {
    const before = data.before?.[key];
    const after = data.after?.[key];
    if (after === undefined || before === after) return [];
    const s = DEADLINE_SETTINGS[key];
    return [`${s.label}: ${before ?? '—'} → ${after} ${s.unit}`];
  });
  return lines.join('; ');
}
