import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { prefillYear } from '../../workflows/src/calendar/index.ts';
import { GqlClient } from '../support/graphql-client.ts';

const stack = inject('stack');
const db = new pg.Pool({ connectionString: stack.databaseUrl, max: 2 });

const client = () => new GqlClient(stack.url);
const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].n);
const changesOf = (year: number) => count(`select count(*) n from calendar_change where year = $1`, [year]);

const YEAR_FIELDS = `year version prefilled days { date kind name } swaps { dayOff workedDay name }
  lastChange { version changedBy { username } changedAt note summary }`;
const HOURS_FIELDS = `sessions { start end } morningEnd weekdays immediateMinutes version stored`;
const result = (success: string, fields: string) => `__typename
  ... on Error { code message }
  ... on InputError { fieldErrors { field code message } }
  ... on DomainError { field }
  ... on ${success} { data { ${fields} } }`;

const YEAR = `query($year: Int!) { calendarYear(year: $year) { ${YEAR_FIELDS} } }`;
const UPDATE_YEAR = `mutation($input: UpdateCalendarYearInput!) { updateCalendarYear(input: $input) { ${result('MutationUpdateCalendarYearSuccess', YEAR_FIELDS)} } }`;
const RESET_YEAR = `mutation($year: Int!, $v: Int!, $note: String) { resetCalendarYear(year: $year, expectedVersion: $v, note: $note) {
  ${result('MutationResetCalendarYearSuccess', YEAR_FIELDS)} } }`;
const HOURS = `{ officeHours { ${HOURS_FIELDS} } }`;
const UPDATE_HOURS = `mutation($input: UpdateOfficeHoursInput!) { updateOfficeHours(input: $input) { ${result('MutationUpdateOfficeHoursSuccess', HOURS_FIELDS)} } }`;
const EXPLAIN = `query($rule: DeadlineRule!, $at: DateTime!, $days: Int, $hours: Float) {
  explainDeadline(rule: $rule, at: $at, days: $days, hours: $hours) { at rule label basis steps } }`;
const CHANGES = `query($year: Int, $scope: CalendarChangeScope) { calendarChanges(year: $year, scope: $scope) {
  scope year version changedBy { username } changedAt note summary } }`;

const kindEnum = (kind: string) => kind.toUpperCase().replace('-', '_');

/** 2026 as the agency enters it: the announced Tết (16–20/02, the pre-fill's days), the other holidays, and a swap around Quốc khánh (illustrative). */
const announced2026 = (expectedVersion: number) => ({
  year: 2026,
  expectedVersion,
  holidays: prefillYear(2026).map((h) => ({ date: h.date, kind: kindEnum(h.kind), name: h.name })),
  swaps: [{ dayOff: '2026-08-31', workedDay: '2026-09-12', name: 'Hoán đổi dịp Quốc khánh' }],
  extraDaysOff: [],
  workingSaturdays: [{ date: '2026-12-26', name: 'Làm việc tổng kết năm' }],
  note: 'Theo thông báo lịch nghỉ năm 2026',
});

describe('agency calendar, through GraphQL', () => {
  const admin = client();
  const clerk = client();
  const anonymous = client();
  let v0 = 0;
  let hours0 = 0;

  beforeAll(async () => {
    await Promise.all([admin.login('quantri'), clerk.login('vanthu')]);
  });

  afterAll(async () => {
    // Leave the shared stack as we found it: 2026 pre-filled, default office hours.
    const y = (await admin.ok(YEAR, { year: 2026 })).calendarYear;
    if (!y.prefilled) await admin.ok(RESET_YEAR, { year: 2026, v: y.version });
    const h = (await admin.ok(HOURS)).officeHours;
    if (h.stored) {
      await admin.ok(UPDATE_HOURS, {
        input: { expectedVersion: h.version, sessions: [{ start: '07:30', end: '11:30' }, { start: '13:30', end: '17:00' }], morningEnd: '12:00', weekdays: [1, 2, 3, 4, 5], immediateMinutes: 120 },
      });
    }
    await db.end();
  });

  it('reads a year nobody entered as the Labour Code pre-fill', async () => {
    const y = (await clerk.ok(YEAR, { year: 2026 })).calendarYear;
    expect(y.prefilled).toBe(true);
    expect(y.swaps).toEqual([]);
    expect(y.days).toEqual(prefillYear(2026).map((h) => ({ date: h.date, kind: kindEnum(h.kind), name: h.name })));
    expect(y.days.filter((d: { name: string }) => d.name === 'Tết Nguyên đán').map((d: { date: string }) => d.date)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
    v0 = y.version;

    const anon = await anonymous.request(YEAR, { year: 2026 });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await clerk.request(YEAR, { year: 1500 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets the administrator save the announced schedule with a swap: a new version, logged with who and when', async () => {
    const before = await changesOf(2026);
    const started = Date.now();
    const saved = (await admin.ok(UPDATE_YEAR, { input: announced2026(v0) })).updateCalendarYear;
    expect(saved.__typename).toBe('MutationUpdateCalendarYearSuccess');
    const y = saved.data;
    expect(y).toMatchObject({ year: 2026, version: v0 + 1, prefilled: false });
    expect(y.swaps).toEqual([{ dayOff: '2026-08-31', workedDay: '2026-09-12', name: 'Hoán đổi dịp Quốc khánh' }]);
    expect(y.days).toContainEqual({ date: '2026-08-31', kind: 'SWAP_OFF', name: 'Hoán đổi dịp Quốc khánh — nghỉ, làm bù vào thứ Bảy 12/09/2026' });
    expect(y.days).toContainEqual({ date: '2026-09-12', kind: 'SWAP_WORK', name: 'Hoán đổi dịp Quốc khánh — làm bù cho thứ Hai 31/08/2026' });
    expect(y.days).toContainEqual({ date: '2026-12-26', kind: 'WORKING_SATURDAY', name: 'Làm việc tổng kết năm' });
    expect(y.days.map((d: { date: string }) => d.date)).toEqual([...y.days.map((d: { date: string }) => d.date)].sort());
    expect(y.lastChange).toMatchObject({ version: v0 + 1, changedBy: { username: 'quantri' }, note: 'Theo thông báo lịch nghỉ năm 2026' });

    expect(await changesOf(2026)).toBe(before + 1);
    const stored = (await db.query(`select version, data, updated_by_id from calendar_year where year = 2026`)).rows[0];
    expect(stored.version).toBe(v0 + 1);
    expect(stored.data.swaps).toHaveLength(1);
    const logged = (await db.query(`select before, after from calendar_change where year = 2026 order by id desc limit 1`)).rows[0];
    expect(logged.before).toBeNull();
    expect(logged.after).toEqual(stored.data);

    const changes = (await clerk.ok(CHANGES, { year: 2026 })).calendarChanges;
    expect(changes[0]).toMatchObject({ scope: 'YEAR', year: 2026, version: v0 + 1, changedBy: { username: 'quantri' } });
    expect(Date.parse(changes[0].changedAt)).toBeGreaterThanOrEqual(started - 5_000);
    expect(changes[0].summary).toBe('Thêm 3 ngày: 31/08/2026, 12/09/2026, 26/12/2026.');

    // Everyone reads the stored year now.
    const read = (await clerk.ok(YEAR, { year: 2026 })).calendarYear;
    expect(read).toMatchObject({ version: v0 + 1, prefilled: false });
  });

  it('refuses a save based on a stale version and keeps the newer one', async () => {
    const before = await changesOf(2026);
    const stale = (await admin.ok(UPDATE_YEAR, { input: { ...announced2026(v0), swaps: [] } })).updateCalendarYear;
    expect(stale).toMatchObject({ __typename: 'DomainError', code: 'CALENDAR_CHANGED_MEANWHILE', field: 'expectedVersion' });
    expect(stale.message).toMatch(/người khác/);
    expect(await changesOf(2026)).toBe(before);
    expect((await admin.ok(YEAR, { year: 2026 })).calendarYear.swaps).toHaveLength(1);
  });

  it('lets one of two simultaneous first saves of a pre-filled year through', async () => {
    const { version, days } = (await admin.ok(YEAR, { year: 2027 })).calendarYear;
    const holidays = days.map((d: { date: string; kind: string; name: string }) => ({ date: d.date, kind: d.kind, name: d.name }));
    const input = (name: string) => ({ year: 2027, expectedVersion: version, holidays, extraDaysOff: [{ date: '2027-06-01', name }] });
    const both = await Promise.all([admin.ok(UPDATE_YEAR, { input: input('Một') }), admin.ok(UPDATE_YEAR, { input: input('Hai') })]);
    expect(both.map((r) => r.updateCalendarYear.__typename).sort()).toEqual(['DomainError', 'MutationUpdateCalendarYearSuccess']);
    expect(await changesOf(2027)).toBe(1);
    const saved = (await admin.ok(YEAR, { year: 2027 })).calendarYear;
    expect(saved.version).toBe(version + 1);
    await admin.ok(RESET_YEAR, { year: 2027, v: saved.version });
  });

  it('lets only an administrator change the calendar', async () => {
    const before = await changesOf(2026);
    const { version } = (await admin.ok(YEAR, { year: 2026 })).calendarYear;
    const byClerk = (await clerk.ok(UPDATE_YEAR, { input: announced2026(version) })).updateCalendarYear;
    expect(byClerk).toMatchObject({ __typename: 'DomainError', code: 'FORBIDDEN' });
    const resetByClerk = (await clerk.ok(RESET_YEAR, { year: 2026, v: version })).resetCalendarYear;
    expect(resetByClerk).toMatchObject({ __typename: 'DomainError', code: 'FORBIDDEN' });
    const byNobody = (await anonymous.ok(UPDATE_YEAR, { input: announced2026(version) })).updateCalendarYear;
    expect(byNobody).toMatchObject({ __typename: 'DomainError', code: 'UNAUTHENTICATED' });
    expect(await changesOf(2026)).toBe(before);
  });

  it('answers bad input with field errors and writes nothing', async () => {
    const before = await changesOf(2026);
    const { version } = (await admin.ok(YEAR, { year: 2026 })).calendarYear;
    const input = {
      ...announced2026(version),
      holidays: [
        { date: '2027-01-01', name: 'Tết Dương lịch' },
        { date: '2026-02-16', name: 'Tết Nguyên đán' },
        { date: '2026-02-16', name: 'Tết Nguyên đán' },
        { date: '2026-02-17', name: '   ' },
      ],
      swaps: [{ dayOff: '2026-09-05', workedDay: '2026-09-07', name: 'Sai chiều' }],
    };
    const bad = (await admin.ok(UPDATE_YEAR, { input })).updateCalendarYear;
    expect(bad.__typename).toBe('InputError');
    expect(Object.fromEntries(bad.fieldErrors.map((f: { field: string; code: string }) => [f.field, f.code]))).toEqual({
      'holidays.0.date': 'NOT_IN_YEAR',
      'holidays.2.date': 'DUPLICATE_DATE',
      'holidays.3.name': 'REQUIRED',
      'swaps.0.dayOff': 'NOT_WORKING_WEEKDAY',
      'swaps.0.workedDay': 'NOT_REST_DAY',
    });
    expect(bad.fieldErrors.find((f: { field: string }) => f.field === 'holidays.0.date').message).toBe('Ngày 01/01/2027 không thuộc năm 2026.');
    expect(await changesOf(2026)).toBe(before);
    expect((await admin.ok(YEAR, { year: 2026 })).calendarYear.version).toBe(version);
  });

  it('explains a deadline on the stored calendar, naming the swapped days', async () => {
    // Friday 28/08 → Monday 31/08 swapped off, 01–02/09 Quốc khánh: two working days end on Friday 04/09.
    const e = (await clerk.ok(EXPLAIN, { rule: 'ADD_WORKING_DAYS', at: '2026-08-28T10:00:00+07:00', days: 2 })).explainDeadline;
    expect(e.at).toBe('2026-09-04T10:00:00.000Z');
    expect(e.label).toBe('trong 2 ngày làm việc');
    expect(e.steps).toContain('31/08/2026 là ngày nghỉ: Hoán đổi dịp Quốc khánh — nghỉ, làm bù vào thứ Bảy 12/09/2026.');
    expect(e.steps).toContain('01/09/2026 là ngày nghỉ: Quốc khánh.');
    expect(e.steps.at(-1)).toBe('Hạn: 17:00 04/09/2026 (thứ Sáu).');
    expect(e.steps.join(' ')).not.toMatch(/Năm 2026 chưa có lịch/);

    // The worked Saturday counts: "the next working day" after Friday 11/09 is Saturday 12/09.
    const sat = (await clerk.ok(EXPLAIN, { rule: 'NEXT_WORKING_DAY_END', at: '2026-09-11T09:00:00+07:00' })).explainDeadline;
    expect(sat.at).toBe('2026-09-12T10:00:00.000Z');
    expect(sat.steps).toContain('12/09/2026 (thứ Bảy) là ngày làm việc: Hoán đổi dịp Quốc khánh — làm bù cho thứ Hai 31/08/2026.');

    // A deadline running into a year nobody entered says it uses the pre-fill there.
    const late = (await clerk.ok(EXPLAIN, { rule: 'ADD_WORKING_DAYS', at: '2026-12-30T10:00:00+07:00', days: 3 })).explainDeadline;
    expect(late.steps).toContain('Năm 2027 chưa có lịch do quản trị viên nhập; dùng lịch nghỉ mặc định theo Bộ luật Lao động 2019.');

    const missingDays = await clerk.request(EXPLAIN, { rule: 'ADD_WORKING_DAYS', at: '2026-08-28T10:00:00+07:00' });
    expect(missingDays.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(missingDays.errors?.[0]?.message).toMatch(/Số ngày làm việc/);
  });

  it('resets a year to the pre-fill as a logged change that keeps counting versions', async () => {
    const { version } = (await admin.ok(YEAR, { year: 2026 })).calendarYear;
    const reset = (await admin.ok(RESET_YEAR, { year: 2026, v: version, note: 'Nhập lại' })).resetCalendarYear;
    expect(reset.__typename).toBe('MutationResetCalendarYearSuccess');
    expect(reset.data).toMatchObject({ prefilled: true, version: version + 1, swaps: [] });
    expect(reset.data.lastChange).toMatchObject({ version: version + 1, note: 'Nhập lại', summary: 'Khôi phục lịch nghỉ mặc định của năm 2026.' });
    expect(await count(`select count(*) n from calendar_year where year = 2026`)).toBe(0);

    const again = (await admin.ok(RESET_YEAR, { year: 2026, v: version + 1 })).resetCalendarYear;
    expect(again).toMatchObject({ __typename: 'DomainError', code: 'CALENDAR_ALREADY_DEFAULT' });
    // Someone who loaded the year before the first save is still told it changed.
    const stale = (await admin.ok(UPDATE_YEAR, { input: announced2026(v0) })).updateCalendarYear;
    expect(stale).toMatchObject({ __typename: 'DomainError', code: 'CALENDAR_CHANGED_MEANWHILE' });

    const e = (await clerk.ok(EXPLAIN, { rule: 'ADD_WORKING_DAYS', at: '2026-08-28T10:00:00+07:00', days: 2 })).explainDeadline;
    expect(e.at).toBe('2026-09-03T10:00:00.000Z');
  });

  it('updates office hours with validation and an optimistic lock; deadlines follow them', async () => {
    const h = (await clerk.ok(HOURS)).officeHours;
    expect(h).toMatchObject({
      sessions: [
        { start: '07:30', end: '11:30' },
        { start: '13:30', end: '17:00' },
      ],
      morningEnd: '12:00',
      weekdays: [1, 2, 3, 4, 5],
      immediateMinutes: 120,
    });
    hours0 = h.version;
    const good = {
      expectedVersion: hours0,
      sessions: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
      morningEnd: '12:00',
      weekdays: [5, 4, 3, 2, 1],
      immediateMinutes: 60,
      note: 'Giờ làm việc mùa hè',
    };

    const bad = (
      await admin.ok(UPDATE_HOURS, {
        input: { ...good, sessions: [{ start: '08:00', end: '12:00' }, { start: '11:00', end: '25:00' }], morningEnd: '07:00', weekdays: [], immediateMinutes: 0 },
      })
    ).updateOfficeHours;
    expect(bad.__typename).toBe('InputError');
    expect(Object.fromEntries(bad.fieldErrors.map((f: { field: string; code: string }) => [f.field, f.code]))).toEqual({
      'sessions.1.end': 'INVALID_TIME',
      weekdays: 'REQUIRED',
      immediateMinutes: 'OUT_OF_RANGE',
    });
    const overlap = (await admin.ok(UPDATE_HOURS, { input: { ...good, sessions: [{ start: '08:00', end: '12:00' }, { start: '11:00', end: '17:00' }] } }))
      .updateOfficeHours;
    expect(overlap.fieldErrors.map((f: { field: string; code: string }) => [f.field, f.code])).toEqual([['sessions.1.start', 'OVERLAP']]);
    const byClerk = (await clerk.ok(UPDATE_HOURS, { input: good })).updateOfficeHours;
    expect(byClerk).toMatchObject({ __typename: 'DomainError', code: 'FORBIDDEN' });
    expect((await clerk.ok(HOURS)).officeHours.version).toBe(hours0);

    const saved = (await admin.ok(UPDATE_HOURS, { input: good })).updateOfficeHours;
    expect(saved.__typename).toBe('MutationUpdateOfficeHoursSuccess');
    expect(saved.data).toMatchObject({ version: hours0 + 1, stored: true, weekdays: [1, 2, 3, 4, 5], immediateMinutes: 60, sessions: good.sessions });
    const stale = (await admin.ok(UPDATE_HOURS, { input: good })).updateOfficeHours;
    expect(stale).toMatchObject({ __typename: 'DomainError', code: 'CALENDAR_CHANGED_MEANWHILE' });

    const [logged] = (await clerk.ok(CHANGES, { scope: 'OFFICE_HOURS' })).calendarChanges;
    expect(logged).toMatchObject({ scope: 'OFFICE_HOURS', year: null, version: hours0 + 1, changedBy: { username: 'quantri' }, note: 'Giờ làm việc mùa hè' });
    expect(logged.summary).toBe('Buổi làm việc: 07:30–11:30, 13:30–17:00 → 08:00–12:00, 13:00–17:00; "Ngay": 120 phút → 60 phút.');

    // "Ngay" at 11:30 Wednesday: 30 minutes before lunch, 30 after 13:00.
    const now = (await clerk.ok(EXPLAIN, { rule: 'IMMEDIATELY', at: '2026-03-04T11:30:00+07:00' })).explainDeadline;
    expect(now.label).toBe('ngay (trong 60 phút làm việc)');
    expect(now.at).toBe('2026-03-04T06:30:00.000Z');
  });
});
