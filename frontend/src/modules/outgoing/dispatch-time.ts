/**
 * Where a signed document stands against its dispatch deadline (QĐ 28/2018): before the target (end of
 * the signing day, "ngay" for khẩn and above), between the target and the hard limit (the next working
 * morning), or past the hard limit. `ms` is the time left to the next limit, or the time past the hard one.
 */
export type DispatchPhase = 'BEFORE_TARGET' | 'BEFORE_LIMIT' | 'OVERDUE';

export interface DispatchTimeLeft {
  phase: DispatchPhase;
  ms: number;
}

export function dispatchTimeLeft(deadline: { targetAt: string; hardLimitAt: string }, now: number): DispatchTimeLeft {
  const target = Date.parse(deadline.targetAt);
  const limit = Date.parse(deadline.hardLimitAt);
  if (now < target) return { phase: 'BEFORE_TARGET', ms: target - now };
  if (now < limit) return { phase: 'BEFORE_LIMIT', ms: limit - now };
  return { phase: 'OVERDUE', ms: now - limit };
}

export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
}

/** Whole days, hours and minutes (rounded up to the minute, so "0 phút" never shows while time is left). */
export function durationParts(ms: number): DurationParts {
  const totalMinutes = Math.max(0, Math.ceil(ms / 60_000));
  return {
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
  };
}

/** "2 ngày 3 giờ", "1 giờ 5 phút", "12 phút": the two largest units that matter, as a person would say it. */
export function formatDuration(ms: number, units: { day: string; hour: string; minute: string }): string {
  const p = durationParts(ms);
  if (p.days > 0) return p.hours > 0 ? `${p.days} ${units.day} ${p.hours} ${units.hour}` : `${p.days} ${units.day}`;
  if (p.hours > 0) return p.minutes > 0 ? `${p.hours} ${units.hour} ${p.minutes} ${units.minute}` : `${p.hours} ${units.hour}`;
  return `${p.minutes} ${units.minute}`;
}
