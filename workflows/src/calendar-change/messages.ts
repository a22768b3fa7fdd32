import { defineSignal } from '@temporalio/workflow';

/** A year's calendar (or, with year null, the office hours) changed: recompute pending deadlines. */
export interface CalendarChange {
  year: number | null;
  version: number;
}

export const calendarChangedSignal = defineSignal<[CalendarChange]>('calendarChanged');

export const calendarChangeWorkflowId = (c: CalendarChange) => `calendar-change/${c.year ?? 'office-hours'}/v${c.version}`;

export interface CalendarChangeInput extends CalendarChange {
  /** Resume point after continue-as-new. */
  after?: string | null;
  signalled?: number;
}
