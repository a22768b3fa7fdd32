import { describe, expect, it } from 'vitest';
import { fieldErrorCodes as codes } from '../../../../test/support/field-error-codes.ts';
import type { InputError } from '../../shared/errors.ts';
import { periodInstants, validateRegisterPeriod } from './register-period.ts';

const BOOK = '0B7D3F5E-8A51-4D6E-9A1C-2F0E6B9D4C11';

describe('validateRegisterPeriod', () => {
  it('accepts a book and a range of dates, both ends included', () => {
    expect(validateRegisterPeriod({ bookId: BOOK, from: '2026-01-01', to: '2026-01-01' })).toEqual({
      bookId: BOOK.toLowerCase(),
      from: '2026-01-01',
      to: '2026-01-01',
    });
  });

  it('names every bad parameter, in Vietnamese', () => {
    expect(codes(() => validateRegisterPeriod({ bookId: 'x', from: '01/01/2026', to: '' }))).toEqual({
      bookId: 'INVALID_ID',
      from: 'INVALID_DATE',
      to: 'REQUIRED',
    });
    expect(codes(() => validateRegisterPeriod({ bookId: BOOK, from: '2026-02-30', to: '2026-03-01' }))).toEqual({ from: 'INVALID_DATE' });
    expect(codes(() => validateRegisterPeriod({ bookId: null, from: '2026-03-02', to: '2026-03-01' }))).toEqual({ bookId: 'REQUIRED', to: 'BEFORE_FROM' });
    try {
      validateRegisterPeriod({ bookId: BOOK, from: '2026-12-31', to: '2026-01-01' });
    } catch (e) {
      expect((e as InputError).fieldErrors[0]!.message).toBe('Đến ngày không được trước từ ngày.');
    }
  });
});

describe('periodInstants', () => {
  it('spans whole Vietnamese days (UTC+7), the end exclusive', () => {
    const { start, end } = periodInstants({ from: '2026-01-01', to: '2026-12-31' });
    expect(start.toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(end.toISOString()).toBe('2026-12-31T17:00:00.000Z');
  });
});
