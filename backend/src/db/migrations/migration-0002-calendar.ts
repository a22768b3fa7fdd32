import { Migration } from '@mikro-orm/migrations';

/**
 * The agency's working-day calendar: yearly admin data, office hours, and the log of every change.
 * One deployment serves one agency for now, so the year (or the single settings row) is the key;
 * serving several agencies later means adding `agency_id` to these keys, nothing else.
 */
export class Migration0002Calendar extends Migration {
  override up(): void {
    this.addSql(`
      create table calendar_year (
        year int primary key check (year between 1000 and 9999),
        data jsonb not null,
        version int not null check (version > 0),
        updated_by_id uuid references app_user(id),
        updated_at timestamptz
      )`);
    this.addSql(`
      create table calendar_settings (
        id int primary key check (id = 1),
        office_hours jsonb not null,
        version int not null check (version > 0),
        updated_by_id uuid references app_user(id),
        updated_at timestamptz
      )`);
    // before is null when the year was pre-filled (no stored row); after is null when a year is reset to the pre-fill.
    this.addSql(`
      create table calendar_change (
        id bigint generated always as identity primary key,
        scope text not null check (scope in ('year','office_hours')),
        year int,
        version int not null,
        before jsonb,
        after jsonb,
        changed_by_id uuid references app_user(id),
        changed_at timestamptz not null,
        note text,
        check ((scope = 'year') = (year is not null))
      )`);
    this.addSql(`create index calendar_change_year_idx on calendar_change(year, changed_at)`);
  }
}
