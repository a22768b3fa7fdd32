import { describe, expect, it } from 'vitest';
import en from './en';
import vi from './vi';

function leaves(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leaves(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('message catalogues', () => {
  it('have the same keys in vi and en', () => {
    expect(leaves(en).sort()).toEqual(leaves(vi).sort());
  });

  it('have no empty label and no character vue-i18n would parse as syntax', () => {
    for (const catalogue of [vi, en]) {
      for (const key of leaves(catalogue)) {
        const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], catalogue);
        expect(typeof value === 'string' && value.length > 0, key).toBe(true);
        expect(/[|@$]/.test(value as string), key).toBe(false);
      }
    }
  });
});
