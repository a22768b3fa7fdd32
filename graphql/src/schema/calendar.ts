import { GraphQLError } from 'graphql';
import { DEFAULT_OFFICE_HOURS, type DeadlineExplanation, type DeadlineRule } from '../../../workflows/src/calendar/index.ts';
import { CalendarChange, type CalendarChangeScope } from '../../../backend/src/modules/calendar/calendar.entity.ts';
import { CALENDAR_ADMIN_ACTION } from '../../../backend/src/modules/calendar/calendar.errors.ts';
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR, minutesToHhmm, type CalendarDay, type CalendarDayKind } from '../../../backend/src/modules/calendar/calendar-days.ts';
import { describeChange } from '../../../backend/src/modules/calendar/describe-change.ts';
import { explainStoredDeadline } from '../../../backend/src/modules/calendar/explain-deadline.ts';
import { getOfficeHours, type OfficeHoursView } from '../../../backend/src/modules/calendar/get-office-hours.ts';
import { getYearCalendar, type YearCalendarView } from '../../../backend/src/modules/calendar/get-year-calendar.ts';
import { listCalendarChanges } from '../../../backend/src/modules/calendar/list-calendar-changes.ts';
import { resetYearCalendar } from '../../../backend/src/modules/calendar/reset-year-calendar.ts';
import { updateOfficeHours } from '../../../backend/src/modules/calendar/update-office-hours.ts';
import { updateYearCalendar } from '../../../backend/src/modules/calendar/update-year-calendar.ts';
import { User } from '../../../backend/src/modules/org/org.entity.ts';
import { forbidden } from '../../../backend/src/modules/org/org.errors.ts';
import type { Actor } from '../../../backend/src/shared/actor.ts';
import { InputError } from '../../../backend/src/shared/errors.ts';
import { requireActor, requireActorForQuery } from '../auth.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { mutationErrors } from './errors.ts';

// One deployment = one agency for now: these fields read and change that agency's calendar.

const CalendarDayKindEnum = builder.enumType('CalendarDayKind', {
  values: {
    HOLIDAY: { value: 'holiday', description: 'Ngày lễ, Tết' },
    IN_LIEU: { value: 'in-lieu', description: 'Nghỉ bù (ngày lễ trùng ngày nghỉ hằng tuần)' },
    SWAP_OFF: { value: 'swap-off', description: 'Ngày nghỉ do hoán đổi' },
    EXTRA_OFF: { value: 'extra-off', description: 'Ngày nghỉ thêm do cơ quan quyết định' },
    SWAP_WORK: { value: 'swap-work', description: 'Ngày làm bù của hoán đổi' },
    WORKING_SATURDAY: { value: 'working-saturday', description: 'Ngày nghỉ hằng tuần đi làm (không ghép cặp)' },
  } as const satisfies Record<string, { value: CalendarDayKind; description: string }>,
});

const HolidayKindEnum = builder.enumType('HolidayKind', {
  values: { HOLIDAY: { value: 'holiday' }, IN_LIEU: { value: 'in-lieu' } } as const,
});

const CalendarChangeScopeEnum = builder.enumType('CalendarChangeScope', {
  values: { YEAR: { value: 'year' }, OFFICE_HOURS: { value: 'office_hours' } } as const satisfies Record<string, { value: CalendarChangeScope }>,
});

const DeadlineRuleEnum = builder.enumType('DeadlineRule', {
  values: {
    SAME_WORKING_DAY: { value: 'sameWorkingDay', description: 'Trong ngày (NĐ 30/2020)' },
    NEXT_WORKING_DAY_END: { value: 'nextWorkingDayEnd', description: 'Chậm nhất trong ngày làm việc tiếp theo (NĐ 30/2020)' },
    NEXT_WORKING_MORNING: { value: 'nextWorkingMorning', description: 'Chậm nhất buổi sáng ngày làm việc tiếp theo (QĐ 28/2018)' },
    IMMEDIATELY: { value: 'immediately', description: 'Ngay (hỏa tốc, thượng khẩn)' },
    ADD_WORKING_DAYS: { value: 'addWorkingDays', description: 'Trong N ngày làm việc' },
    ADD_WORKING_HOURS: { value: 'addWorkingHours', description: 'Trong N giờ làm việc' },
    UNTIL_DATE: { value: 'untilDate', description: 'Đến hết ngày được giao; ngày nghỉ thì đến hết ngày làm việc tiếp theo (hạn xử lý)' },
  } as const satisfies Record<string, { value: DeadlineRule; description: string }>,
});

const CalendarDayRef = builder.objectRef<CalendarDay>('CalendarDay').implement({
  fields: (t) => ({
    date: t.field({ type: 'Date', resolve: (d) => d.date }),
    kind: t.field({ type: CalendarDayKindEnum, resolve: (d) => d.kind }),
    name: t.exposeString('name'),
  }),
});

type SwapShape = { dayOff: string; workedDay: string; name: string };
const CalendarSwapRef = builder.objectRef<SwapShape>('CalendarSwap').implement({
  description: 'Hoán đổi: a working weekday off, worked on a weekend day instead',
  fields: (t) => ({
    dayOff: t.field({ type: 'Date', resolve: (s) => s.dayOff }),
    workedDay: t.field({ type: 'Date', resolve: (s) => s.workedDay }),
    name: t.exposeString('name'),
  }),
});

const CalendarChangeRef = builder.objectType(CalendarChange, {
  name: 'CalendarChange',
  fields: (t) => ({
    id: t.exposeID('id'),
    scope: t.field({ type: CalendarChangeScopeEnum, resolve: (c) => c.scope }),
    year: t.exposeInt('year', { nullable: true }),
    version: t.exposeInt('version'),
    changedBy: t.field({ type: User, nullable: true, resolve: (c, _, ctx) => (c.changedById ? ctx.loaders.user.load(c.changedById) : null) }),
    changedAt: t.field({ type: 'DateTime', resolve: (c) => c.changedAt }),
    note: t.exposeString('note', { nullable: true }),
    summary: t.string({ description: 'What changed, in Vietnamese', resolve: (c) => describeChange(c, DEFAULT_OFFICE_HOURS) }),
  }),
});

const lastChange = async (ctx: Context, where: { year?: number; scope?: CalendarChangeScope }) =>
  (await listCalendarChanges({ em: ctx.em, ...where, first: 1 }))[0] ?? null;

const CalendarYearRef = builder.objectRef<YearCalendarView>('CalendarYear').implement({
  description: "One year of the agency's working-day calendar",
  fields: (t) => ({
    year: t.exposeInt('year'),
    version: t.exposeInt('version', { description: 'Send back as expectedVersion when saving' }),
    prefilled: t.exposeBoolean('prefilled', { description: 'No stored data: the Labour Code 2019 pre-fill applies' }),
    days: t.field({ type: [CalendarDayRef], description: 'Every marked day, sorted by date', resolve: (y) => y.days }),
    swaps: t.field({ type: [CalendarSwapRef], description: 'The swaps as pairs, for editing', resolve: (y) => y.data.swaps }),
    lastChange: t.field({ type: CalendarChangeRef, nullable: true, resolve: (y, _, ctx) => lastChange(ctx, { year: y.year }) }),
  }),
});

type SessionShape = { start: number; end: number };
const OfficeSessionRef = builder.objectRef<SessionShape>('OfficeSession').implement({
  fields: (t) => ({
    start: t.string({ description: 'HH:mm', resolve: (s) => minutesToHhmm(s.start) }),
    end: t.string({ description: 'HH:mm, exclusive', resolve: (s) => minutesToHhmm(s.end) }),
  }),
});

const OfficeHoursRef = builder.objectRef<OfficeHoursView>('OfficeHours').implement({
  fields: (t) => ({
    sessions: t.field({ type: [OfficeSessionRef], resolve: (h) => h.officeHours.sessions }),
    morningEnd: t.string({
      description: 'HH:mm: end of "buổi sáng" for QĐ 28/2018 (an interpretation, set by the agency)',
      resolve: (h) => minutesToHhmm(h.officeHours.morningEnd),
    }),
    weekdays: t.field({ type: ['Int'], description: 'Working ISO weekdays, 1 = Monday … 7 = Sunday', resolve: (h) => h.officeHours.weekdays }),
    immediateMinutes: t.int({ description: 'Working minutes granted by "ngay"', resolve: (h) => h.officeHours.immediateMinutes }),
    version: t.exposeInt('version', { description: '0 while the defaults apply' }),
    stored: t.exposeBoolean('stored'),
    lastChange: t.field({ type: CalendarChangeRef, nullable: true, resolve: (_, __, ctx) => lastChange(ctx, { scope: 'office_hours' }) }),
  }),
});

const DeadlineExplanationRef = builder.objectRef<DeadlineExplanation>('DeadlineExplanation').implement({
  fields: (t) => ({
    at: t.field({ type: 'DateTime', resolve: (e) => new Date(e.at) }),
    rule: t.field({ type: DeadlineRuleEnum, resolve: (e) => e.rule }),
    label: t.exposeString('label'),
    basis: t.exposeString('basis'),
    steps: t.exposeStringList('steps'),
  }),
});

/** Queries answer bad arguments with a GraphQL error carrying the Vietnamese message (a query has no error union). */
function badQueryInput(e: unknown): never {
  if (e instanceof InputError) {
    throw new GraphQLError(e.fieldErrors.map((f) => f.message).join(' '), {
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: e.fieldErrors },
    });
  }
  throw e;
}

function checkYear(year: number): void {
  if (year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) {
    throw new GraphQLError(`Năm phải từ ${CALENDAR_MIN_YEAR} đến ${CALENDAR_MAX_YEAR}.`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

builder.queryFields((t) => ({
  calendarYear: t.field({
    type: CalendarYearRef,
    args: { year: t.arg.int({ required: true }) },
    resolve: (_, { year }, ctx) => {
      requireActorForQuery(ctx);
      checkYear(year);
      return getYearCalendar({ em: ctx.em, year });
    },
  }),
  officeHours: t.field({
    type: OfficeHoursRef,
    resolve: (_, __, ctx) => {
      requireActorForQuery(ctx);
      return getOfficeHours({ em: ctx.em });
    },
  }),
  explainDeadline: t.field({
    type: DeadlineExplanationRef,
    description: 'A deadline computed on the stored calendar, with the steps in Vietnamese',
    args: {
      rule: t.arg({ type: DeadlineRuleEnum, required: true }),
      at: t.arg({ type: 'DateTime', required: true }),
      days: t.arg.int({ description: 'For ADD_WORKING_DAYS' }),
      hours: t.arg.float({ description: 'For ADD_WORKING_HOURS' }),
    },
    resolve: (_, args, ctx) => {
      requireActorForQuery(ctx);
      return explainStoredDeadline({ em: ctx.em, rule: args.rule, at: args.at, days: args.days, hours: args.hours }).catch(badQueryInput);
    },
  }),
  calendarChanges: t.field({
    type: [CalendarChangeRef],
    description: 'Newest first; with a year, that year only',
    args: { year: t.arg.int(), scope: t.arg({ type: CalendarChangeScopeEnum }), first: t.arg.int({ defaultValue: 50 }) },
    resolve: (_, args, ctx) => {
      requireActorForQuery(ctx);
      return listCalendarChanges({ em: ctx.em, year: args.year, scope: args.scope, first: args.first ?? 50 });
    },
  }),
}));

const HolidayInput = builder.inputType('CalendarHolidayInput', {
  fields: (t) => ({
    date: t.field({ type: 'Date', required: true }),
    kind: t.field({ type: HolidayKindEnum, defaultValue: 'holiday' }),
    name: t.string({ required: true }),
  }),
});
const SwapInput = builder.inputType('CalendarSwapInput', {
  fields: (t) => ({
    dayOff: t.field({ type: 'Date', required: true }),
    workedDay: t.field({ type: 'Date', required: true }),
    name: t.string({ required: true }),
  }),
});
const DayInput = builder.inputType('CalendarDateInput', {
  fields: (t) => ({ date: t.field({ type: 'Date', required: true }), name: t.string({ required: true }) }),
});
const UpdateYearInput = builder.inputType('UpdateCalendarYearInput', {
  fields: (t) => ({
    year: t.int({ required: true }),
    expectedVersion: t.int({ required: true }),
    holidays: t.field({ type: [HolidayInput], required: true }),
    swaps: t.field({ type: [SwapInput], required: true, defaultValue: [] }),
    extraDaysOff: t.field({ type: [DayInput], required: true, defaultValue: [] }),
    workingSaturdays: t.field({ type: [DayInput], required: true, defaultValue: [] }),
    note: t.string(),
  }),
});
const SessionInput = builder.inputType('OfficeSessionInput', {
  fields: (t) => ({ start: t.string({ required: true, description: 'HH:mm' }), end: t.string({ required: true, description: 'HH:mm' }) }),
});
const UpdateOfficeHoursInput = builder.inputType('UpdateOfficeHoursInput', {
  fields: (t) => ({
    expectedVersion: t.int({ required: true }),
    sessions: t.field({ type: [SessionInput], required: true }),
    morningEnd: t.string({ required: true, description: 'HH:mm' }),
    weekdays: t.intList({ required: true }),
    immediateMinutes: t.int({ required: true }),
    note: t.string(),
  }),
});

function requireAdmin(ctx: Context): Actor {
  const actor = requireActor(ctx);
  if (!actor.roles.includes('admin')) throw forbidden(CALENDAR_ADMIN_ACTION);
  return actor;
}

builder.mutationFields((t) => ({
  updateCalendarYear: t.field({
    type: CalendarYearRef,
    errors: mutationErrors,
    args: { input: t.arg({ type: UpdateYearInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireAdmin(ctx);
      const { year, version } = await updateYearCalendar({
        em: ctx.em,
        actor,
        input: {
          year: input.year,
          holidays: input.holidays.map((h) => ({ date: h.date, kind: h.kind ?? 'holiday', name: h.name })),
          swaps: input.swaps,
          extraDaysOff: input.extraDaysOff,
          workingSaturdays: input.workingSaturdays,
          note: input.note,
        },
        expectedVersion: input.expectedVersion,
        now: new Date(),
      });
      await ctx.services.calendarChanged({ year, version });
      ctx.em.clear();
      return getYearCalendar({ em: ctx.em, year });
    },
  }),
  resetCalendarYear: t.field({
    type: CalendarYearRef,
    description: 'Deletes the stored year: the pre-fill applies again',
    errors: mutationErrors,
    args: { year: t.arg.int({ required: true }), expectedVersion: t.arg.int({ required: true }), note: t.arg.string() },
    resolve: async (_, args, ctx) => {
      const actor = requireAdmin(ctx);
      const { year, version } = await resetYearCalendar({ em: ctx.em, actor, ...args, now: new Date() });
      await ctx.services.calendarChanged({ year, version });
      ctx.em.clear();
      return getYearCalendar({ em: ctx.em, year });
    },
  }),
  updateOfficeHours: t.field({
    type: OfficeHoursRef,
    errors: mutationErrors,
    args: { input: t.arg({ type: UpdateOfficeHoursInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireAdmin(ctx);
      const { expectedVersion, ...rest } = input;
      const { version } = await updateOfficeHours({ em: ctx.em, actor, input: rest, expectedVersion, now: new Date() });
      await ctx.services.calendarChanged({ year: null, version });
      ctx.em.clear();
      return getOfficeHours({ em: ctx.em });
    },
  }),
}));
