import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { forbidden } from '../org/org.errors.ts';
import { Checker } from '../document/validate-incoming.ts';
import { periodInstants } from '../register-book/register-period.ts';

export interface ComplianceRow {
  unitId: string | null;
  signed: number;
  sameDay: number;
  nextMorning: number;
  late: number;
  afterEscalation: number;
  pending: number;
  onTimeRate: number | null;
}

export interface ComplianceReport {
  from: string;
  to: string;
  rows: ComplianceRow[];
  total: ComplianceRow;
}

const rate = (r: Omit<ComplianceRow, 'onTimeRate'>) => {
  const issued = r.sameDay + r.nextMorning + r.late + r.afterEscalation;
  return issued ? (r.sameDay + r.nextMorning) / issued : null;
};

/**
 * Dispatch compliance (Decision 28/2018, the figure provinces report): of the documents signed in the
 * period, by drafting unit, how many went out the same day, by the next working morning, late, or only after
 * the chánh văn phòng was told — and how many are still waiting. One grouped query over the signed index.
 */
export async function dispatchCompliance(opts: { em: EntityManager; actor: Actor; from: string; to: string; unitId?: string | null }): Promise<ComplianceReport> {
  if (!opts.actor.roles.some((r) => r === 'leader' || r === 'office_chief' || r === 'clerk' || r === 'admin')) throw forbidden('xem thống kê phát hành văn bản');
  const c = new Checker();
  const from = c.date('from', opts.from, 'từ ngày', true);
  const to = c.date('to', opts.to, 'đến ngày', true);
  if (from && to && from > to) c.add('to', 'BEFORE_FROM', 'Đến ngày không được trước từ ngày.');
  const unitId = opts.unitId ? c.id('unitId', opts.unitId, 'đơn vị') : null;
  c.done(null);
  const { start, end } = periodInstants({ from: from!, to: to! });
  const rows = await opts.em.execute<Array<{ unit_id: string; signed: string; same_day: string; next_morning: string; late: string; after_escalation: string; pending: string }>>(
    `select drafting_unit_id as unit_id, count(*) as signed,
            count(*) filter (where dispatch_outcome = 'same_day') as same_day,
            count(*) filter (where dispatch_outcome = 'next_morning') as next_morning,
            count(*) filter (where dispatch_outcome = 'late') as late,
            count(*) filter (where dispatch_outcome = 'after_escalation') as after_escalation,
            count(*) filter (where status = 'signed') as pending
       from outgoing_document
      where signed_at >= ? and signed_at < ? and signed_at is not null ${unitId ? 'and drafting_unit_id = ?::uuid' : ''}
      group by drafting_unit_id`,
    [start, end, ...(unitId ? [unitId] : [])],
  );
  const parsed = rows.map((r) => ({
    unitId: r.unit_id,
    signed: Number(r.signed),
    sameDay: Number(r.same_day),
    nextMorning: Number(r.next_morning),
    late: Number(r.late),
    afterEscalation: Number(r.after_escalation),
    pending: Number(r.pending),
  }));
  const sum = (k: keyof (typeof parsed)[number] & string) => parsed.reduce((s, r) => s + (r[k] as number), 0);
  const totalBase = { unitId: null, signed: sum('signed'), sameDay: sum('sameDay'), nextMorning: sum('nextMorning'), late: sum('late'), afterEscalation: sum('afterEscalation'), pending: sum('pending') };
  return { from: from!, to: to!, rows: parsed.map((r) => ({ ...r, onTimeRate: rate(r) })), total: { ...totalBase, onTimeRate: rate(totalBase) } };
}
