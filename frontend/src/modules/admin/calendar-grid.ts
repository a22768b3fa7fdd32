import type { CalendarDayKind } from '@/gql/graphql';

export interface MarkedDay {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

export interface GridCell {
  date: string;
  day: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** A weekly rest day by the office hours. */
  rest: boolean;
  mark: MarkedDay | null;
  /** Whether the agency works that day, all things considered. */
  working: boolean;
}

export interface GridMonth {
  month: number;
  /** Weeks from Monday; days of the neighbouring months are null. */
  weeks: Array<Array<GridCell | null>>;
}

const OFF_KINDS: ReadonlySet<CalendarDayKind> = new Set(['HOLIDAY', 'IN_LIEU', 'SWAP_OFF', 'EXTRA_OFF']);

/** Kinds in the order of the legend. */
export const DAY_KINDS: readonly CalendarDayKind[] = ['HOLIDAY', 'IN_LIEU', 'SWAP_OFF', 'EXTRA_OFF', 'SWAP_WORK', 'WORKING_SATURDAY'];

export function isOffKind(kind: CalendarDayKind): boolean {
  return OFF_KINDS.has(kind);
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** ISO weekday of a yyyy-MM-dd date, whatever the browser's time zone. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const w = new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay();
  return w === 0 ? 7 : w;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The twelve months of a year, weeks starting on Monday, each day with its mark and whether it is worked. */
export function yearGrid(year: number, marked: readonly MarkedDay[], weekdays: readonly number[]): GridMonth[] {
  const marks = new Map(marked.map((d) => [d.date, d]));
  const workingWeekday = new Set(weekdays);
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const cells: Array<GridCell | null> = [];
    const first = isoWeekday(isoDate(year, month, 1));
    for (let k = 1; k < first; k++) cells.push(null);
    for (let day = 1; day <= daysInMonth(year, month); day++) {
      const date = isoDate(year, month, day);
      const weekday = ((first - 1 + day - 1) % 7) + 1;
      const rest = !workingWeekday.has(weekday);
      const mark = marks.get(date) ?? null;
      cells.push({ date, day, weekday, rest, mark, working: mark ? !isOffKind(mark.kind) : !rest });
    }
    while (cells.length % 7 !== 0) cells.push(null);
    const weeks: Array<Array<GridCell | null>> = [];
    for (let k = 0; k < cells.length; k += 7) weeks.push(cells.slice(k, k + 7));
    return { month, weeks };
  });
}

/** Days off and worked days of the year (for the summary line above the grid). */
export function countWorkingDays(months: readonly GridMonth[]): { working: number; off: number } {
  let working = 0;
  let off = 0;
  for (const c of months.flatMap((m) => m.weeks.flat())) {
    if (c?.working) working++;
    else if (c) off++;
  }
  return { working, off };
}
