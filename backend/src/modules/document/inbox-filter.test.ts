import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors.ts';
import { filterSql } from './list-inbox.ts';
import { EMPTY_INBOX_FILTER, validateInboxFilter, type InboxFilter } from './inbox-filter.ts';

const fieldErrors = (raw: InboxFilter) => {
  try {
    validateInboxFilter(raw);
    return [];
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.fieldErrors.map((f) => [f.field, f.code, f.message]);
  }
};

describe('validateInboxFilter', () => {
  it('takes no filter as the empty one', () => {
    expect(validateInboxFilter(null)).toEqual(EMPTY_INBOX_FILTER);
    expect(validateInboxFilter({ bookId: ' ', q: '   ', urgency: [] })).toEqual(EMPTY_INBOX_FILTER);
  });

  it('normalises a valid filter', () => {
    const id = '0b9f7a52-4c2b-4a8e-9a51-1e2f3a4b5c6d';
    expect(
      validateInboxFilter({
        bookId: id,
        year: 2026,
        documentTypeCode: 'KH',
        urgency: ['urgent', 'urgent', 'flash'],
        status: 'in_progress',
        unitId: id,
        arrivalFrom: '2026-01-01',
        arrivalTo: '2026-01-31',
        q: '  Kế   hoạch ',
      }),
    ).toEqual({
      bookId: id,
      year: 2026,
      documentTypeCode: 'KH',
      urgency: ['urgent', 'flash'],
      status: 'in_progress',
      unitId: id,
      arrivalFrom: '2026-01-01',
      arrivalTo: '2026-01-31',
      q: 'Kế hoạch',
    });
  });

  it('reports every bad field in Vietnamese', () => {
    const errors = fieldErrors({
      bookId: 'abc',
      unitId: 'x',
      year: 99999,
      documentTypeCode: 'ZZ',
      urgency: ['soon' as never],
      status: 'lost' as never,
      arrivalFrom: '2026-02-30',
      arrivalTo: '31/01/2026',
      q: 'a'.repeat(201),
    });
    expect(errors.map(([f]) => f)).toEqual(['bookId', 'unitId', 'year', 'documentTypeCode', 'urgency', 'status', 'arrivalFrom', 'arrivalTo', 'q']);
    expect(errors.find(([f]) => f === 'arrivalFrom')?.[2]).toBe('Từ ngày không phải là một ngày hợp lệ.');
  });

  it('refuses a range that ends before it starts', () => {
    expect(fieldErrors({ arrivalFrom: '2026-02-01', arrivalTo: '2026-01-31' })).toEqual([
      ['arrivalTo', 'RANGE', 'Đến ngày phải sau hoặc bằng từ ngày.'],
    ]);
  });
});

describe('filterSql', () => {
  it('is true without filters, and binds every value as a parameter', () => {
    expect(filterSql(EMPTY_INBOX_FILTER)).toEqual({ sql: 'true', params: [] });
    const f = filterSql({ ...EMPTY_INBOX_FILTER, urgency: ['urgent', 'flash'], arrivalFrom: '2026-01-01', arrivalTo: '2026-01-31', q: '50%_x' });
    expect(f.sql).not.toContain('50%');
    // Vietnam dates: from 00:00 +07:00 of the first day to 00:00 +07:00 of the day after the last.
    expect(f.params).toEqual(['urgent', 'flash', new Date('2025-12-31T17:00:00Z'), new Date('2026-01-31T17:00:00Z'), '50\\%\\_x']);
  });
});
