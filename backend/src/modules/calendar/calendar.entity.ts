import { defineEntity, p } from '@mikro-orm/core';
import type { OfficeHours } from '../../../../workflows/src/calendar/index.ts';

/**
 * What the administrator edits for one year, stored as is: swaps keep their pairing, so the editor
 * shows them as pairs; `toYearCalendar` turns this into the engine's `YearCalendar`.
 */
export interface CalendarYearData {
  /** Public holidays and their nghỉ bù, as announced for the year. */
  holidays: Array<{ date: string; kind: 'holiday' | 'in-lieu'; name: string }>;
  /** Hoán đổi: a weekday off, worked on a weekend day instead. */
  swaps: Array<{ dayOff: string; workedDay: string; name: string }>;
  /** Other days off the agency decides (e.g. a local event). */
  extraDaysOff: Array<{ date: string; name: string }>;
  /** Weekend days worked without a paired day off. */
  workingSaturdays: Array<{ date: string; name: string }>;
}

export const CALENDAR_CHANGE_SCOPES = ['year', 'office_hours'] as const;
export type CalendarChangeScope = (typeof CALENDAR_CHANGE_SCOPES)[number];

// One deployment = one agency for now: a year (or the settings row) is the whole key.

const CalendarYearSchema = defineEntity({
  name: 'CalendarYear',
  tableName: 'calendar_year',
  properties: {
    year: p.integer().primary().autoincrement(false),
    data: p.json<CalendarYearData>(),
    /** Optimistic lock: every saved change increments it; a reset keeps counting in `calendar_change`. */
    version: p.integer(),
    updatedById: p.uuid().nullable(),
    updatedAt: p.datetime().nullable(),
  },
});
export class CalendarYear extends CalendarYearSchema.class {}
CalendarYearSchema.setClass(CalendarYear);

const CalendarSettingsSchema = defineEntity({
  name: 'CalendarSettings',
  tableName: 'calendar_settings',
  properties: {
    /** Always 1: the single row of the agency. */
    id: p.integer().primary().autoincrement(false),
    officeHours: p.json<OfficeHours>(),
    version: p.integer(),
    updatedById: p.uuid().nullable(),
    updatedAt: p.datetime().nullable(),
  },
});
export class CalendarSettings extends CalendarSettingsSchema.class {}
CalendarSettingsSchema.setClass(CalendarSettings);

const CalendarChangeSchema = defineEntity({
  name: 'CalendarChange',
  tableName: 'calendar_change',
  indexes: [{ properties: ['year', 'changedAt'] }],
  properties: {
    id: p.bigint('string').primary().autoincrement(),
    scope: p.enum(CALENDAR_CHANGE_SCOPES),
    year: p.integer().nullable(),
    version: p.integer(),
    /** CalendarYearData or OfficeHours; null when the year was pre-filled before the change. */
    before: p.json<CalendarYearData | OfficeHours>().nullable(),
    /** null when the year was reset to the pre-fill. */
    after: p.json<CalendarYearData | OfficeHours>().nullable(),
    changedById: p.uuid().nullable(),
    changedAt: p.datetime(),
    note: p.text().nullable(),
  },
});
export class CalendarChange extends CalendarChangeSchema.class {}
CalendarChangeSchema.setClass(CalendarChange);
