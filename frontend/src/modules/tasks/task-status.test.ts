import { describe, expect, it } from 'vitest';
import { barSegments, onTimeRate } from './task-status';

const counts = { inProgressOnTime: 2, inProgressOverdue: 1, doneOnTime: 3, doneLate: 1, refused: 0, cancelled: 1, total: 8 };

describe('dashboard figures', () => {
  it('rates finished tasks only, and has no rate before any is finished', () => {
    expect(onTimeRate(counts)).toBe(75);
    expect(onTimeRate({ ...counts, doneOnTime: 0, doneLate: 0 })).toBeNull();
  });

  it('splits a bar into the non-empty statuses, in the order of the legend', () => {
    const segments = barSegments(counts);
    expect(segments.map((s) => s.status)).toEqual(['IN_PROGRESS_ON_TIME', 'IN_PROGRESS_OVERDUE', 'DONE_ON_TIME', 'DONE_LATE', 'CANCELLED']);
    expect(segments.reduce((sum, s) => sum + s.percent, 0)).toBeCloseTo(100);
    expect(barSegments({ ...counts, inProgressOnTime: 0, inProgressOverdue: 0, doneOnTime: 0, doneLate: 0, cancelled: 0, total: 0 })).toEqual([]);
  });
});
