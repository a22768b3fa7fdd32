import { describe, expect, it } from 'vitest';
import { fieldErrorCodes } from '../../../../test/support/field-error-codes.ts';
import { validateEvaluation, validateExtensionRequest, validateTask } from './validate-task.ts';

const TODAY = '2026-11-20';
const unit = '0b6f3c1e-2f4a-4c55-9d1e-6a7b8c9d0e1f';
const person = '1c7a4d2f-3b5c-4d66-8e2f-7b8c9d0e1f2a';

describe('validateTask', () => {
  it('cleans a task given in working days', () => {
    const t = validateTask({ title: '  Rà soát   hồ sơ ', lead: { unitId: unit }, coordinators: [{ userId: person }], dueInWorkingDays: 5 }, TODAY);
    expect(t).toMatchObject({ title: 'Rà soát hồ sơ', priority: 'normal', sourceType: 'none', dueDate: null, dueInWorkingDays: 5, reportFrequency: 'none' });
  });

  it('reports every bad field at once', () => {
    expect(
      fieldErrorCodes(() =>
        validateTask({ title: '', lead: {}, sourceType: 'meeting', meetingName: '', dueDate: '2026-11-19', reportFrequency: 'weekly', reportWeekday: 8 }, TODAY),
      ),
    ).toEqual({ title: 'REQUIRED', meetingName: 'REQUIRED', meetingDate: 'REQUIRED', lead: 'REQUIRED', dueDate: 'IN_PAST', reportWeekday: 'REQUIRED' });
    expect(fieldErrorCodes(() => validateTask({ title: 'x', lead: { unitId: unit }, dueInWorkingDays: 0 }, TODAY))).toEqual({ dueInWorkingDays: 'OUT_OF_RANGE' });
    expect(fieldErrorCodes(() => validateTask({ title: 'x', lead: { unitId: unit, userId: person }, dueDate: TODAY }, TODAY))).toEqual({ lead: 'AMBIGUOUS' });
    expect(fieldErrorCodes(() => validateTask({ title: 'x', lead: { unitId: unit }, coordinators: [{ unitId: unit }], dueDate: TODAY }, TODAY))).toEqual({
      coordinators: 'SAME_AS_LEAD',
    });
  });

  it('checks the extension date and the evaluation', () => {
    expect(fieldErrorCodes(() => validateExtensionRequest({ taskId: unit, newDueDate: '2026-11-19', reason: 'x' }, TODAY))).toEqual({ newDueDate: 'IN_PAST' });
    expect(fieldErrorCodes(() => validateEvaluation({ taskId: unit, decision: 'reopen', note: ' ' }))).toEqual({ note: 'REQUIRED' });
    expect(fieldErrorCodes(() => validateEvaluation({ taskId: unit, decision: 'accept', rating: 6 }))).toEqual({ rating: 'OUT_OF_RANGE' });
  });
});
