import { describe, expect, it } from 'vitest';
import { dispatchTimeLeft, durationParts, formatDuration } from './dispatch-time';

const deadline = { targetAt: '2026-03-02T10:00:00.000Z', hardLimitAt: '2026-03-03T05:00:00.000Z' };
const at = (iso: string) => Date.parse(iso);
const units = { day: 'ngày', hour: 'giờ', minute: 'phút' };

describe('dispatch time left', () => {
  it('counts to the target, then to the hard limit, then past it', () => {
    expect(dispatchTimeLeft(deadline, at('2026-03-02T08:30:00Z'))).toEqual({ phase: 'BEFORE_TARGET', ms: 90 * 60_000 });
    expect(dispatchTimeLeft(deadline, at('2026-03-02T10:00:00Z'))).toEqual({ phase: 'BEFORE_LIMIT', ms: 19 * 3600_000 });
    expect(dispatchTimeLeft(deadline, at('2026-03-03T07:00:00Z'))).toEqual({ phase: 'OVERDUE', ms: 2 * 3600_000 });
  });

  it('says durations with their two largest units', () => {
    expect(durationParts(61_000)).toEqual({ days: 0, hours: 0, minutes: 2 });
    expect(formatDuration(90 * 60_000, units)).toBe('1 giờ 30 phút');
    expect(formatDuration(3 * 3600_000, units)).toBe('3 giờ');
    expect(formatDuration((26 * 60 + 59) * 60_000, units)).toBe('1 ngày 2 giờ');
    expect(formatDuration(48 * 3600_000, units)).toBe('2 ngày');
    expect(formatDuration(0, units)).toBe('0 phút');
  });
});
