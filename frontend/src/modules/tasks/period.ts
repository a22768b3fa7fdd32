import { todayInVietnam } from '../../app/format';

/** Ready-made periods of the dashboard and the lists (dates yyyy-MM-dd, both ends included, Vietnam calendar). */
export type PeriodPreset = 'month' | 'quarter' | 'year' | 'lastMonth';
export const PERIOD_PRESETS: readonly PeriodPreset[] = ['month', 'quarter', 'year', 'lastMonth'];

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const range = (year: number, fromMonth: number, toMonth: number) => ({
  from: `${year}-${pad(fromMonth)}-01`,
  to: `${year}-${pad(toMonth)}-${pad(lastDay(year, toMonth))}`,
});

export function presetRange(preset: PeriodPreset, today: string = todayInVietnam()): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (preset) {
    case 'month':
      return range(year, month, month);
    case 'quarter': {
      const first = Math.floor((month - 1) / 3) * 3 + 1;
      return range(year, first, first + 2);
    }
    case 'year':
      return range(year, 1, 12);
    case 'lastMonth':
      return month === 1 ? range(year - 1, 12, 12) : range(year, month - 1, month - 1);
  }
}

/** The preset a range equals, if any (to light its button). */
export function matchPreset(from: string, to: string, today: string = todayInVietnam()): PeriodPreset | null {
  return PERIOD_PRESETS.find((p) => {
    const r = presetRange(p, today);
    return r.from === from && r.to === to;
  }) ?? null;
}
