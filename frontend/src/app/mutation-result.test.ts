import { describe, expect, it } from 'vitest';
import { isMutationError, toFormErrors } from './mutation-result';

const known = (f: string) => ['numberNotation', 'file', 'lead.unitId'].includes(f);

describe('toFormErrors', () => {
  it('puts field errors under their fields and a generic alert above', () => {
    const result = toFormErrors(
      {
        __typename: 'InputError',
        code: 'INVALID_INPUT',
        message: 'Dữ liệu không hợp lệ',
        fieldErrors: [
          { field: 'numberNotation', code: 'REQUIRED', message: 'Bắt buộc' },
          { field: 'lead.unitId', code: 'NOT_FOUND', message: 'Không có đơn vị' },
        ],
      },
      known,
      'Kiểm tra lại',
    );
    expect(result).toEqual({
      fields: { numberNotation: 'Bắt buộc', 'lead.unitId': 'Không có đơn vị' },
      alert: 'Kiểm tra lại',
    });
  });

  it('never drops an error on a field the form does not show', () => {
    const result = toFormErrors(
      {
        __typename: 'InputError',
        code: 'INVALID_INPUT',
        message: 'x',
        fieldErrors: [{ field: 'bookId', code: 'CLOSED', message: 'Sổ đã khóa' }],
      },
      known,
      'Kiểm tra lại',
    );
    expect(result).toEqual({ fields: {}, alert: 'Sổ đã khóa' });
  });

  it('alerts domain errors and marks their field', () => {
    const result = toFormErrors(
      { __typename: 'DomainError', code: 'DUPLICATE', message: 'Trùng số', field: 'numberNotation' },
      known,
      'Kiểm tra lại',
    );
    expect(result).toEqual({ fields: { numberNotation: 'Trùng số' }, alert: 'Trùng số' });
  });

  it('narrows error members', () => {
    expect(isMutationError({ __typename: 'InputError' })).toBe(true);
    expect(isMutationError({ __typename: 'MutationLoginSuccess' })).toBe(false);
  });
});
