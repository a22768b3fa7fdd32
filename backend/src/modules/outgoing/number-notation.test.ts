import { describe, expect, it } from 'vitest';
import { buildNumberNotation } from './number-notation.ts';

describe('số, ký hiệu (Decree 30 App. I)', () => {
  it('typed documents: số/type-agency, leading zero below 10', () => {
    expect(buildNumberNotation({ number: 15, documentTypeCode: 'QĐ', agencyAbbreviation: 'UBND', unitAbbreviation: 'VP' })).toBe('15/QĐ-UBND');
    expect(buildNumberNotation({ number: 183, documentTypeCode: 'KH', agencyAbbreviation: 'UBND', unitAbbreviation: null })).toBe('183/KH-UBND');
    expect(buildNumberNotation({ number: 7, documentTypeCode: 'TTr', agencyAbbreviation: 'UBND', unitAbbreviation: 'TCKH' })).toBe('07/TTr-UBND');
    expect(buildNumberNotation({ number: 3, documentTypeCode: 'QyĐ', agencyAbbreviation: 'BNV', unitAbbreviation: null })).toBe('03/QyĐ-BNV');
  });

  it('công văn: số/agency-drafting unit, never "CV"', () => {
    expect(buildNumberNotation({ number: 5, documentTypeCode: 'CV', agencyAbbreviation: 'UBND', unitAbbreviation: 'VP' })).toBe('05/UBND-VP');
    expect(buildNumberNotation({ number: 12, documentTypeCode: 'CV', agencyAbbreviation: 'UBND', unitAbbreviation: 'VX' })).toBe('12/UBND-VX');
    expect(buildNumberNotation({ number: 10, documentTypeCode: 'CV', agencyAbbreviation: 'U BND', unitAbbreviation: ' T CKH ' })).toBe('10/UBND-TCKH');
  });
});
