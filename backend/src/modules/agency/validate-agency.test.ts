import { describe, expect, it } from 'vitest';
import { fieldErrorCodes as codes } from '../../../../test/support/field-error-codes.ts';
import { AGENCY_CODE, validateAgency } from './validate-agency.ts';

describe('agency codes (QĐ 20/2020)', () => {
  it('accepts dotted groups of digits and capitals up to 35 characters', () => {
    for (const ok of ['000.00.00.H30', '000.00.04.G14', 'G09', '01.02.03.04.05.06.07.08.09.10.H30', '0312345678']) expect(AGENCY_CODE.test(ok), ok).toBe(true);
  });

  it('refuses lower case, other characters, empty groups and more than 35 characters', () => {
    for (const bad of ['000.00.00.h30', '000-00-00-H30', '.H30', 'H30.', '000..H30', 'Đ30', '1'.repeat(36), '']) expect(AGENCY_CODE.test(bad), bad).toBe(false);
  });

  it('cleans the input: upper-cases the code, NFC and single spaces in names, empty optional fields as null', () => {
    const out = validateAgency({ code: ' 000.00.00.h30 ', name: ' Ủy ban  nhân dân tỉnh Hậu Giang'.normalize('NFD'), shortName: '' });
    expect(out).toEqual({ code: '000.00.00.H30', name: 'Ủy ban nhân dân tỉnh Hậu Giang', shortName: null });
  });

  it('names each bad field', () => {
    expect(codes(() => validateAgency({ code: '000 00', name: ' ', shortName: 'x'.repeat(51) }))).toEqual({
      code: 'INVALID_CODE',
      name: 'REQUIRED',
      shortName: 'TOO_LONG',
    });
  });
});
