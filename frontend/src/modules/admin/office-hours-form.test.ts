import { describe, expect, it } from 'vitest';
import { isHhmm, officeHoursFormFrom, officeHoursFormKey, toOfficeHoursInput } from './office-hours-form';

describe('office hours form', () => {
  it('round-trips the office hours, weekdays in order', () => {
    const state = officeHoursFormFrom({ sessions: [{ start: '07:30', end: '11:30' }], morningEnd: '11:30', weekdays: [5, 1], immediateMinutes: 90 });
    state.sessions[0]!.start = ' 08:00 ';
    expect(toOfficeHoursInput(state, 2)).toEqual({
      expectedVersion: 2,
      sessions: [{ start: '08:00', end: '11:30' }],
      morningEnd: '11:30',
      weekdays: [1, 5],
      immediateMinutes: 90,
      note: null,
    });
  });

  it('accepts HH:mm up to 24:00', () => {
    expect(['00:00', '07:30', '23:59', '24:00'].every(isHhmm)).toBe(true);
    expect(['7:30', '24:01', '12:60', 'ab:cd', ''].some(isHhmm)).toBe(false);
  });

  it('maps server fields', () => {
    expect(officeHoursFormKey('sessions.1.start')).toBe('sessions.1.start');
    expect(officeHoursFormKey('weekdays')).toBe('weekdays');
    expect(officeHoursFormKey('expectedVersion')).toBeNull();
  });
});
