import { describe, expect, it } from 'vitest';
import { dispatchOutcome } from './issue-outgoing-document.ts';

const at = (hhmm: string, day = '2026-11-20') => new Date(`${day}T${hhmm}:00+07:00`);

describe('dispatch outcome (Decree 30 art. 18.1, Decision 28/2018)', () => {
  const target = { dueAt: at('17:00') };
  const limit = { dueAt: at('12:00', '2026-11-23'), status: 'pending' };
  it('same day, next morning, late, after escalation', () => {
    expect(dispatchOutcome(at('16:59').getTime(), at('10:00').getTime(), false, target, limit)).toBe('same_day');
    expect(dispatchOutcome(at('09:00', '2026-11-23').getTime(), at('10:00').getTime(), false, target, limit)).toBe('next_morning');
    expect(dispatchOutcome(at('12:01', '2026-11-23').getTime(), at('10:00').getTime(), false, target, limit)).toBe('late');
    expect(dispatchOutcome(at('12:01', '2026-11-23').getTime(), at('10:00').getTime(), false, target, { ...limit, status: 'overdue' })).toBe('after_escalation');
  });
  it('signed after hours: the target is the next morning, and meeting it is "next morning"; khẩn meeting "ngay" is on time', () => {
    const morning = { dueAt: at('12:00', '2026-11-23') };
    const signedFridayEvening = at('18:00').getTime();
    expect(dispatchOutcome(at('09:00', '2026-11-23').getTime(), signedFridayEvening, false, morning, { ...morning, status: 'pending' })).toBe('next_morning');
    // Still sent the evening it was signed: that is the same day.
    expect(dispatchOutcome(at('18:30').getTime(), signedFridayEvening, false, morning, { ...morning, status: 'pending' })).toBe('same_day');
    const ngay = { dueAt: at('10:30') };
    expect(dispatchOutcome(at('10:20').getTime(), at('10:00').getTime(), true, ngay, { ...ngay, status: 'pending' })).toBe('same_day');
  });
});
