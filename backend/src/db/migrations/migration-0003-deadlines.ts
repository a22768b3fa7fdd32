import { Migration } from '@mikro-orm/migrations';

export class Migration0003Deadlines extends Migration {
  override up(): void {
    this.addSql(`
      create table deadline (
        id uuid primary key,
        subject_type text not null,
        subject_id uuid not null,
        kind text not null,
        due_at timestamptz not null,
        rule text not null,
        rule_label text not null,
        basis text not null,
        steps jsonb not null default '[]',
        status text not null check (status in ('pending','met','overdue','late')),
        started_at timestamptz not null,
        met_at timestamptz,
        computed_at timestamptz not null,
        unique (subject_id, kind)
      )`);
    this.addSql(`create index deadline_pending_idx on deadline(due_at) where status = 'pending'`);
  }
}
