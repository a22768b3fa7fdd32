const VN_OFFSET_MS = 7 * 3600_000;

/** Today's date in Vietnam (UTC+7), whatever the server's zone, as yyyy-MM-dd. */
export function vnToday(now: Date = new Date()): string {
  return new Date(now.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

export function vnYear(now: Date = new Date()): number {
  return Number(vnToday(now).slice(0, 4));
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** dd/MM/yyyy, the way Vietnamese forms write a date. */
export function formatViDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** A deadline given as a date means the end of that working day in Vietnam. */
export function endOfVnDay(isoDate: string, endMinutes = 17 * 60): Date {
  const hh = String(Math.floor(endMinutes / 60)).padStart(2, '0');
  const mm = String(endMinutes % 60).padStart(2, '0');
  return new Date(`${isoDate}T${hh}:${mm}:00+07:00`);
}
