import { describe, expect, it } from 'vitest';
import { barSegments, barTotal, complianceBars, onTimePercent, presetPeriod } from './compliance-chart';

const counts = { sameDay: 6, nextMorning: 2, late: 1, afterEscalation: 0, pending: 1 };

describe('dispatch compliance chart', () => {
  it('stacks the outcomes of a unit against the longest bar', () => {
    expect(barTotal(counts)).toBe(10);
    expect(barSegments(counts, 20)).toEqual([
      { key: 'sameDay', count: 6, width: 30 },
      { key: 'nextMorning', count: 2, width: 10 },
      { key: 'late', count: 1, width: 5 },
      { key: 'pending', count: 1, width: 5 },
    ]);
    expect(barSegments(counts, 0)).toEqual([]);
  });

  it('shows the on-time rate as a percentage', () => {
    expect(onTimePercent(8 / 9)).toBe('88.9%');
    expect(onTimePercent(null)).toBeNull();
  });

  it('offers this month, quarter and year up to today', () => {
    expect(presetPeriod('MONTH', '2026-05-17')).toEqual({ from: '2026-05-01', to: '2026-05-17' });
    expect(presetPeriod('QUARTER', '2026-05-17')).toEqual({ from: '2026-04-01', to: '2026-05-17' });
    expect(presetPeriod('YEAR', '2026-05-17')).toEqual({ from: '2026-01-01', to: '2026-05-17' });
  });
});

describe('complianceBars', () => {
  const counts = { sameDay: 3, nextMorning: 1, late: 1, afterEscalation: 0, pending: 2 };
  it('labels each unit’s bar by the unit and a row without a unit by the total’s label, keeping the rate', () => {
    const bars = complianceBars(
      [
        { ...counts, onTimeRate: 0.8, unit: { id: 'u1', name: 'Văn phòng' } },
        { ...counts, onTimeRate: null, unit: null },
      ],
      'Toàn cơ quan',
    );
    expect(bars).toEqual([
      { key: 'u1', label: 'Văn phòng', ...counts, onTimeRate: 0.8 },
      { key: 'row-1', label: 'Toàn cơ quan', ...counts, onTimeRate: null },
    ]);
  });
});
