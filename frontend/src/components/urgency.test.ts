import { describe, expect, it } from 'vitest';
import { isUrgent } from './urgency';

describe('isUrgent', () => {
  it('flags khẩn, thượng khẩn and hỏa tốc only', () => {
    expect(isUrgent('NORMAL')).toBe(false);
    expect(isUrgent('URGENT')).toBe(true);
    expect(isUrgent('VERY_URGENT')).toBe(true);
    expect(isUrgent('FLASH')).toBe(true);
    expect(isUrgent(null)).toBe(false);
  });
});
