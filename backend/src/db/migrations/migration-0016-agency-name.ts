import { Migration } from '@mikro-orm/migrations';

/**
 * Tên cơ quan and tên cơ quan chủ quản (Decree 30 App. I §II.2, App. IV: the covers and phiếu name the agency in
 * full), edited with the chữ viết tắt. Backfilled with what the covers printed until now (the root unit's name
 * without "Lãnh đạo"), so nothing changes on paper until the administrator writes the full name.
 */
export class Migration0016AgencyName extends Migration {
  override up(): void {
    this.addSql(`alter table outgoing_settings add column agency_name text, add column governing_body text`);
    this.addSql(`
      insert into outgoing_settings (id, agency_abbreviation)
      select 1, code from unit where parent_id is null order by sort_order, name limit 1
      on conflict (id) do nothing`);
    this.addSql(`
      update outgoing_settings set agency_name = coalesce(
        (select nullif(trim(regexp_replace(name, '^lãnh đạo\\s+', '', 'i')), '') from unit where parent_id is null order by sort_order, name limit 1), '')`);
    this.addSql(`alter table outgoing_settings alter column agency_name set not null`);
  }
}
