import { describe, expect, it } from 'vitest';
import { matchPreset, presetRange } from './period';

describe('dashboard periods', () => {
  it('gives whole months, quarters and years in the Vietnamese calendar', () => {
    expect(presetRange('month', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(presetRange('quarter', '2026-08-31')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(presetRange('year', '2026-08-31')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presetRange('lastMonth', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('recognises a preset range', () => {
    expect(matchPreset('2026-03-01', '2026-03-31', '2026-03-10')).toBe('month');
    expect(matchPreset('2026-03-02', '2026-03-31', '2026-03-10')).toBeNull();
  });
});
