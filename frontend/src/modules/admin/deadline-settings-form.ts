import type { UpdateDeadlineSettingsInput } from '@/gql/graphql';

/** The settings the page edits, in its order and groups; the ranges are the server's (it checks them again). */
export const SETTING_FIELDS = [
  { key: 'directionReminderWorkingHours', group: 'incoming', min: 0, max: 16 },
  { key: 'assignmentReminderWorkingDays', group: 'incoming', min: 0, max: 10 },
  { key: 'taskFirstReminderWorkingDays', group: 'task', min: 0, max: 10 },
  { key: 'taskSecondReminderWorkingDays', group: 'task', min: 0, max: 10 },
  { key: 'taskReportGraceWorkingDays', group: 'task', min: 1, max: 10 },
] as const;

export const SETTING_GROUPS = ['incoming', 'task'] as const;

export type SettingKey = (typeof SETTING_FIELDS)[number]['key'];

export type DeadlineSettingsFormState = Record<SettingKey, number> & { note: string };

export type DeadlineSettingsSource = Record<SettingKey, number>;

export function settingsFormFrom(s: DeadlineSettingsSource | null): DeadlineSettingsFormState {
  const state = { note: '' } as DeadlineSettingsFormState;
  for (const { key, min } of SETTING_FIELDS) state[key] = s ? s[key] : min;
  return state;
}

/** Only what changed is sent: a setting left out keeps its value, so two administrators editing different ones do not undo each other. */
export function toSettingsInput(state: DeadlineSettingsFormState, stored: DeadlineSettingsSource, expectedVersion: number): UpdateDeadlineSettingsInput {
  const input: UpdateDeadlineSettingsInput = { expectedVersion, note: state.note.normalize('NFC').trim() || null };
  for (const { key } of SETTING_FIELDS) if (state[key] !== stored[key]) input[key] = state[key];
  return input;
}

export function isChanged(state: DeadlineSettingsFormState, stored: DeadlineSettingsSource): boolean {
  return SETTING_FIELDS.some(({ key }) => state[key] !== stored[key]);
}

const FIELD = new Set<string>([...SETTING_FIELDS.map((f) => f.key), 'note']);

export function settingsFormKey(serverField: string): string | null {
  const field = serverField.replace(/^input\./, '');
  return FIELD.has(field) ? field : null;
}
