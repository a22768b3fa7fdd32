import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** Vietnam has one time zone and no daylight saving: UTC+7 all year. */
const VIETNAM_OFFSET_MINUTES = 7 * 60;
const EMPTY = '—';

function inVietnam(instant: string | Date) {
  return dayjs.utc(instant).utcOffset(VIETNAM_OFFSET_MINUTES);
}

/** A `Date` scalar (yyyy-MM-dd, already a Vietnamese calendar date) as dd/MM/yyyy. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return EMPTY;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
}

/** The Vietnamese calendar date of a `DateTime` instant, as dd/MM/yyyy. */
export function formatInstantDate(instant: string | null | undefined): string {
  return instant ? inVietnam(instant).format('DD/MM/YYYY') : EMPTY;
}

/** A `DateTime` instant as HH:mm dd/MM/yyyy in Vietnamese time. */
export function formatInstant(instant: string | null | undefined): string {
  return instant ? inVietnam(instant).format('HH:mm DD/MM/YYYY') : EMPTY;
}

/** The Vietnamese calendar date (yyyy-MM-dd) of an instant; used to prefill date pickers. */
export function vietnamDate(instant: string | Date): string {
  return inVietnam(instant).format('YYYY-MM-DD');
}

export function todayInVietnam(now: Date = new Date()): string {
  return vietnamDate(now);
}

export function currentYearInVietnam(now: Date = new Date()): number {
  return inVietnam(now).year();
}

/** yyyy-MM-dd strings compare correctly as strings. */
export function isPastDate(date: string | null | undefined, today: string = todayInVietnam()): boolean {
  return Boolean(date) && (date as string).slice(0, 10) < today;
}

/** The calendar day a date picker cell stands for (pickers hand over local midnight). */
export function pickerDay(date: Date): string {
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${m}-${d}`;
}

/** Date-picker guards mirroring the server: deadlines not in the past, document dates not in the future. */
export const beforeToday = (date: Date) => pickerDay(date) < todayInVietnam();
export const afterToday = (date: Date) => pickerDay(date) > todayInVietnam();

/** "Kế hoạch (KH)"; công văn and thư công have no abbreviation (Decree 30, Appendix III), so just the name. */
export function documentTypeLabel(type: { name: string; abbreviation: string }): string {
  return type.abbreviation ? `${type.name} (${type.abbreviation})` : type.name;
}
