import { describe, expect, it } from 'vitest';
import { isChanged, settingsFormFrom, settingsFormKey, toSettingsInput } from './deadline-settings-form';

const stored = {
  directionReminderWorkingHours: 2,
  assignmentReminderWorkingDays: 1,
  taskFirstReminderWorkingDays: 3,
  taskSecondReminderWorkingDays: 1,
  taskReportGraceWorkingDays: 1,
};

describe('deadline settings form', () => {
  it('sends only the settings that changed, with the version it was read at', () => {
    const form = settingsFormFrom(stored);
    expect(isChanged(form, stored)).toBe(false);
    form.assignmentReminderWorkingDays = 3;
    form.note = '  Theo quy chế làm việc  ';
    expect(isChanged(form, stored)).toBe(true);
    expect(toSettingsInput(form, stored, 4)).toEqual({ expectedVersion: 4, assignmentReminderWorkingDays: 3, note: 'Theo quy chế làm việc' });
    form.directionReminderWorkingHours = 0;
    form.note = ' ';
    expect(toSettingsInput(form, stored, 4)).toEqual({ expectedVersion: 4, directionReminderWorkingHours: 0, assignmentReminderWorkingDays: 3, note: null });
    form.taskFirstReminderWorkingDays = 5;
    expect(toSettingsInput(form, stored, 4)).toMatchObject({ taskFirstReminderWorkingDays: 5 });
    expect(toSettingsInput(form, stored, 4)).not.toHaveProperty('taskSecondReminderWorkingDays');
  });

  it('starts empty at each setting’s lowest value until the server answers', () => {
    expect(settingsFormFrom(null)).toMatchObject({ directionReminderWorkingHours: 0, taskFirstReminderWorkingDays: 0, taskReportGraceWorkingDays: 1, note: '' });
  });

  it('puts server messages under their fields', () => {
    expect(settingsFormKey('directionReminderWorkingHours')).toBe('directionReminderWorkingHours');
    expect(settingsFormKey('input.note')).toBe('note');
    expect(settingsFormKey('expectedVersion')).toBeNull();
  });
});
