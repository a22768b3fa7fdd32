import { describe, expect, it } from 'vitest';
import { abbreviationFormFrom, abbreviationFormKey, isChanged, normalizeAbbreviation, notationExamples, toSettingsInput } from './outgoing-settings-form';

const stored = {
  agencyAbbreviation: 'UBND',
  agencyName: 'Ủy ban nhân dân tỉnh Hậu Giang',
  governingBody: null,
  units: [
    { unit: { id: 'vp', code: 'VP' }, abbreviation: null },
    { unit: { id: 'tckh', code: 'TCKH' }, abbreviation: 'TCKH' },
  ],
};

describe('outgoing settings form', () => {
  it('starts from what the server holds, empty where the code stands in', () => {
    expect(abbreviationFormFrom(stored)).toEqual({ agencyAbbreviation: 'UBND', agencyName: 'Ủy ban nhân dân tỉnh Hậu Giang', governingBody: '', units: { vp: '', tckh: 'TCKH' } });
    expect(abbreviationFormFrom(null)).toEqual({ agencyAbbreviation: '', agencyName: '', governingBody: '', units: {} });
  });

  it('writes abbreviations in capitals without spaces, in NFC', () => {
    expect(normalizeAbbreviation(' ubnd tp ')).toBe('UBNDTP');
    expect(normalizeAbbreviation('sở-tc')).toBe('SỞ-TC');
    expect(normalizeAbbreviation('e\u0301')).toBe('É');
  });

  it('sends the agency and only the units that changed', () => {
    const form = abbreviationFormFrom(stored);
    expect(isChanged(form, stored)).toBe(false);
    form.units.vp = 'vp';
    form.units.tckh = 'TCKH';
    expect(isChanged(form, stored)).toBe(true);
    expect(toSettingsInput(form, stored)).toEqual({
      input: { agencyAbbreviation: 'UBND', agencyName: 'Ủy ban nhân dân tỉnh Hậu Giang', governingBody: '', units: [{ unitId: 'vp', abbreviation: 'VP' }] },
      unitIds: ['vp'],
    });
    form.units.vp = '';
    form.units.tckh = ' ';
    expect(toSettingsInput(form, stored).input.units).toEqual([{ unitId: 'tckh', abbreviation: '' }]);
    expect(isChanged({ ...abbreviationFormFrom(stored), agencyAbbreviation: 'ubnd ' }, stored)).toBe(false);
  });

  it('compares and sends the names as the server stores them', () => {
    const form = abbreviationFormFrom(stored);
    form.agencyName = ' Ủy ban  nhân dân tỉnh Hậu Giang ';
    form.governingBody = '  ';
    expect(isChanged(form, stored)).toBe(false);
    form.governingBody = 'Bộ  Nội vụ';
    expect(isChanged(form, stored)).toBe(true);
    expect(toSettingsInput(form, stored).input).toMatchObject({ agencyName: 'Ủy ban nhân dân tỉnh Hậu Giang', governingBody: 'Bộ Nội vụ' });
  });

  it('puts the server’s errors under their fields', () => {
    expect(abbreviationFormKey('agencyAbbreviation', [])).toBe('agencyAbbreviation');
    expect(abbreviationFormKey('input.agencyAbbreviation', [])).toBe('agencyAbbreviation');
    expect(abbreviationFormKey('input.agencyName', [])).toBe('agencyName');
    expect(abbreviationFormKey('governingBody', [])).toBe('governingBody');
    expect(abbreviationFormKey('units.1.abbreviation', ['vp', 'tckh'])).toBe('unit:tckh');
    expect(abbreviationFormKey('units.2.abbreviation', ['vp', 'tckh'])).toBeNull();
    expect(abbreviationFormKey('units', ['vp'])).toBeNull();
  });

  it('shows the số, ký hiệu the abbreviations give', () => {
    expect(notationExamples('UBND', 'TCKH')).toEqual({ letter: '05/UBND-TCKH', decision: '15/QĐ-UBND' });
    expect(notationExamples('', '')).toEqual({ letter: '05/', decision: '15/QĐ' });
  });
});
