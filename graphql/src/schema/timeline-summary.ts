import type { AuditEvent } from '../../../backend/src/modules/audit/audit.entity.ts';
import { formatViDate } from '../../../backend/src/shared/dates.ts';
import { formatVi } from '../../../workflows/src/calendar/index.ts';
import type { Context } from '../context.ts';

export const DEADLINE_TITLES: Record<string, string> = { direction: 'Hạn cho ý kiến chỉ đạo' };

const at = (iso: unknown) => (typeof iso === 'string' ? formatVi(Date.parse(iso)) : '?');

const ROLE_VI: Record<string, string> = { lead: 'chủ trì', coordinate: 'phối hợp', inform: 'để biết' };

const viDateOf = (iso: unknown) => (typeof iso === 'string' ? formatViDate(new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 10)) : null);

async function who(ctx: Context, unitId: unknown, userId: unknown): Promise<string> {
  if (typeof userId === 'string') return (await ctx.loaders.user.load(userId))?.fullName ?? '?';
  if (typeof unitId === 'string') return (await ctx.loaders.unit.load(unitId))?.name ?? '?';
  return '?';
}

/** One Vietnamese sentence per event, the way a văn thư would write it in the register's notes. */
export async function summarize(e: AuditEvent, ctx: Context): Promise<string> {
  const d = e.data as Record<string, unknown>;
  switch (e.kind) {
    case 'document.registered':
      return `Vào sổ văn bản đến, số đến ${String(d.arrivalNumber)}/${String(d.year)}.`;
    case 'document.directed': {
      const parts = await Promise.all(
        ((d.assignments as Array<Record<string, unknown>>) ?? []).map(async (a) => {
          const deadline = viDateOf(a.deadline);
          return `${ROLE_VI[String(a.role)]}: ${await who(ctx, a.unitId, a.userId)}${deadline ? ` (hạn ${deadline})` : ''}`;
        }),
      );
      const assigned = parts.join('; ');
      return `Cho ý kiến chỉ đạo: “${String(d.direction)}”. ${assigned.charAt(0).toUpperCase()}${assigned.slice(1)}.`;
    }
    case 'assignment.handler_assigned':
      return `Phân công ${await who(ctx, null, d.userId)} xử lý (${ROLE_VI[String(d.role)]}), hạn ${viDateOf(d.deadline)}.`;
    case 'assignment.completed':
      return `Hoàn thành phần việc ${ROLE_VI[String(d.role)]}: “${String(d.resultNote)}”.`;
    case 'document.completed':
      return 'Văn bản đã được giải quyết xong.';
    case 'deadline.set':
      return `${DEADLINE_TITLES[String(d.kind)]}: ${at(d.dueAt)} — ${String(d.ruleLabel)}.`;
    case 'deadline.moved':
      return `${DEADLINE_TITLES[String(d.kind)]} được tính lại theo lịch làm việc mới: ${at(d.dueAt)} (trước đó ${at(d.previousDueAt)}).`;
    case 'deadline.overdue':
      return `Quá ${DEADLINE_TITLES[String(d.kind)]?.toLowerCase()} (${at(d.dueAt)}).`;
  }
}
