import { describe, expect, it } from 'vitest';
import { authorityMarker, signatureLine } from './signature';

describe('signature line', () => {
  it('prints the authority marker of Decree 30 before the position', () => {
    expect(authorityMarker('TUQ')).toBe('TUQ.');
    expect(signatureLine('KT', 'Phó Chủ tịch')).toBe('KT. Phó Chủ tịch');
    expect(signatureLine('NONE', 'Chủ tịch')).toBe('Chủ tịch');
  });
});
