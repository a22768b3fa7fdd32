import type { OfficeHours } from '../../../../workflows/src/calendar/index.ts';
import type { CalendarChangeScope, CalendarYearData } from './calendar.entity.ts';
import { minutesToHhmm, prefillYearData, viDate, yearDays } from './calendar-days.ts';

const MAX_LISTED = 8;

function list(dates: string[]): string {
  const shown = dates.slice(0, MAX_LISTED).map(viDate).join(', ');
  return dates.length > MAX_LISTED ? `${shown} … (+${dates.length - MAX_LISTED})` : shown;
}

/** What a year change did, in Vietnamese: days added, removed and changed (a null before is the pre-fill). */
export function describeYearChange(year: number, before: CalendarYearData | null, after: CalendarYearData | null): string {
  if (after === null) return `Khôi phục lịch nghỉ mặc định của năm ${year}.`;
  const key = (d: { kind: string; name: string }) => `${d.kind}|${d.name}`;
  const old = new Map(yearDays(before ?? prefillYearData(year)).map((d) => [d.date, key(d)]));
  const now = new Map(yearDays(after).map((d) => [d.date, key(d)]));
  const added = [...now.keys()].filter((d) => !old.has(d));
  const removed = [...old.keys()].filter((d) => !now.has(d));
  const changed = [...now.keys()].filter((d) => old.has(d) && old.get(d) !== now.get(d));
  const parts = [
    added.length ? `thêm ${added.length} ngày: ${list(added)}` : null,
    removed.length ? `bỏ ${removed.length} ngày: ${list(removed)}` : null,
    changed.length ? `sửa ${changed.length} ngày: ${list(changed)}` : null,
  ].filter((p): p is string => p !== null);
  if (!parts.length) return before === null ? `Lưu lịch năm ${year} như mặc định.` : 'Không thay đổi ngày nào.';
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const WEEKDAY_SHORT = ['', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'] as const;

function sessionsText(h: OfficeHours): string {
  return h.sessions.map((s) => `${minutesToHhmm(s.start)}–${minutesToHhmm(s.end)}`).join(', ');
}

function weekdaysText(h: OfficeHours): string {
  return h.weekdays.map((d) => WEEKDAY_SHORT[d] ?? String(d)).join(', ');
}

/** Which settings changed, before → after. */
export function describeOfficeHoursChange(before: OfficeHours, after: OfficeHours): string {
  const parts = [
    ['Buổi làm việc', sessionsText(before), sessionsText(after)],
    ['Hết buổi sáng', minutesToHhmm(before.morningEnd), minutesToHhmm(after.morningEnd)],
    ['Ngày làm việc', weekdaysText(before), weekdaysText(after)],
    ['"Ngay"', `${before.immediateMinutes} phút`, `${after.immediateMinutes} phút`],
  ]
    .filter(([, a, b]) => a !== b)
    .map(([label, a, b]) => `${label}: ${a} → ${b}`);
  return parts.length ? `${parts.join('; ')}.` : 'Không thay đổi giờ làm việc.';
}

export function describeChange(
  change: { scope: CalendarChangeScope; year?: number | null; before?: unknown; after?: unknown },
  defaultOfficeHours: OfficeHours,
): string {
  if (change.scope === 'year') {
    return describeYearChange(change.year ?? 0, (change.before ?? null) as CalendarYearData | null, (change.after ?? null) as CalendarYearData | null);
  }
  return describeOfficeHoursChange((change.before ?? defaultOfficeHours) as OfficeHours, change.after as OfficeHours);
}
