import { describe, expect, it } from 'vitest';
import { countWorkingDays, isoWeekday, yearGrid } from './calendar-grid';

describe('yearGrid', () => {
  const grid = yearGrid(2026, [{ date: '2026-02-17', kind: 'HOLIDAY', name: 'Tết Nguyên đán' }, { date: '2026-09-12', kind: 'SWAP_WORK', name: 'Làm bù' }], [1, 2, 3, 4, 5]);

  it('lays out weeks from Monday, neighbouring months empty', () => {
    // 01/02/2026 is a Sunday: six empty cells before it.
    const feb = grid[1]!;
    expect(feb.weeks[0]!.map((c) => c?.day ?? null)).toEqual([null, null, null, null, null, null, 1]);
    expect(feb.weeks.flat().filter(Boolean)).toHaveLength(28);
    expect(grid.every((m) => m.weeks.every((w) => w.length === 7))).toBe(true);
  });

  it('marks rest days, days off and worked days', () => {
    const cell = (date: string) => grid.flatMap((m) => m.weeks.flat()).find((c) => c?.date === date)!;
    expect(cell('2026-02-17')).toMatchObject({ working: false, rest: false, mark: { kind: 'HOLIDAY' } });
    expect(cell('2026-09-12')).toMatchObject({ working: true, rest: true, weekday: 6 });
    expect(cell('2026-09-13')).toMatchObject({ working: false, rest: true, mark: null });
    expect(cell('2026-09-14')).toMatchObject({ working: true, rest: false, mark: null });
  });

  it('counts the days of the year', () => {
    // 2026: 261 weekdays, one holiday on a weekday, one Saturday worked.
    expect(countWorkingDays(grid)).toEqual({ working: 261, off: 104 });
  });

  it('knows the weekday of a date in any browser zone', () => {
    expect(isoWeekday('2026-02-17')).toBe(2);
    expect(isoWeekday('2026-02-22')).toBe(7);
  });
});
