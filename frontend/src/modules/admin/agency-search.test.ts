import { describe, expect, it } from 'vitest';
import { fold, matchesAgency } from './agency-search';

describe('filtering the agency directory', () => {
  it('folds case and Vietnamese diacritics, đ included', () => {
    expect(fold('Ủy ban nhân dân tỉnh Hậu Giang')).toBe('uy ban nhan dan tinh hau giang');
    expect(fold('Sở Kế hoạch và Đầu tư')).toBe('so ke hoach va dau tu');
  });

  it('matches name, short name or code', () => {
    const a = { name: 'Ủy ban nhân dân tỉnh Hậu Giang', shortName: 'UBND tỉnh Hậu Giang', code: '000.00.00.H30' };
    expect(matchesAgency(a, 'hau giang')).toBe(true);
    expect(matchesAgency(a, 'ubnd HẬU')).toBe(true);
    expect(matchesAgency(a, 'uy ban hau giang')).toBe(true);
    expect(matchesAgency(a, 'can tho')).toBe(false);
    expect(matchesAgency(a, 'h30')).toBe(true);
    expect(matchesAgency(a, '  ')).toBe(true);
    expect(matchesAgency({ name: 'Bộ Nội vụ', code: null }, 'noi vu')).toBe(true);
  });
});
