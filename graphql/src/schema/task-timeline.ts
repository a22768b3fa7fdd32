import type { AuditEvent } from '../../../backend/src/modules/audit/audit.entity.ts';
import { formatViDate } from '../../../backend/src/shared/dates.ts';
import { formatVi } from '../../../workflows/src/calendar/index.ts';
import type { Context } from '../context.ts';

const date = (v: unknown) => (typeof v === 'string' ? formatViDate(v) : '?');
const at = (iso: unknown) => (typeof iso === 'string' ? formatVi(Date.parse(iso)) : '?');

async function who(ctx: Context, p: unknown): Promise<string> {
  const party = (p ?? {}) as { unitId?: string | null; userId?: string | null };
  if (party.userId) return (await ctx.loaders.user.load(party.userId))?.fullName ?? '?';
  if (party.unitId) return (await ctx.loaders.unit.load(party.unitId))?.name ?? '?';
  return '?';
}

async function people(ctx: Context, ids: unknown): Promise<string> {
  const list = Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
  if (!list.length) return 'không có người nhận';
  return (await Promise.all(list.map((id) => who(ctx, { userId: id })))).join(', ');
}

const files = (d: Record<string, unknown>) => {
  const list = (d.files as Array<{ fileName: string }> | undefined) ?? [];
  return list.length ? ` Tệp: ${list.map((f) => f.fileName).join(', ')}.` : '';
};

/** One Vietnamese sentence per event of a task's timeline. */
export async function summarizeTaskEvent(e: AuditEvent, ctx: Context): Promise<string> {
  const d = e.data as Record<string, unknown>;
  switch (e.kind) {
    case 'task.created': {
      const coordinators = await Promise.all(((d.coordinators as unknown[]) ?? []).map((p) => who(ctx, p)));
      const days = typeof d.dueInWorkingDays === 'number' ? ` (${d.dueInWorkingDays} ngày làm việc)` : '';
      return `Giao nhiệm vụ${d.parentId ? ' con' : ''}: chủ trì ${await who(ctx, d.lead)}${coordinators.length ? `, phối hợp ${coordinators.join(', ')}` : ''}; hạn hoàn thành ${date(d.dueDate)}${days}.${files(d)}`;
    }
    case 'task.subtask_created':
      return `Giao nhiệm vụ con “${String(d.title)}” cho ${await who(ctx, d.lead)}, hạn ${date(d.dueDate)}.`;
    case 'task.accepted':
      return 'Tiếp nhận nhiệm vụ.';
    case 'task.refused':
      return `Từ chối nhiệm vụ. Lý do: ${String(d.reason)}`;
    case 'task.progress_reported':
      return `Báo cáo tiến độ ${String(d.percent)}%: ${String(d.text)}${files(d)}`;
    case 'task.extension_requested':
      return `Xin gia hạn từ ${date(d.previousDueDate)} đến ${date(d.proposedDueDate)}. Lý do: ${String(d.reason)}`;
    case 'task.extension_approved':
      return `Đồng ý gia hạn đến ${date(d.proposedDueDate)}${d.note ? `: ${String(d.note)}` : '.'}`;
    case 'task.extension_refused':
      return `Không đồng ý gia hạn đến ${date(d.proposedDueDate)}. Lý do: ${String(d.note)}`;
    case 'task.result_submitted':
      return `Báo cáo kết quả${d.onTime === false ? ' (quá hạn)' : ''}: ${String(d.resultText)}${files(d)}`;
    case 'task.evaluated':
      return `Đánh giá: hoàn thành ${d.onTime ? 'đúng hạn' : 'quá hạn'}${typeof d.rating === 'number' ? `, xếp loại ${d.rating}/5` : ''}${d.note ? `. ${String(d.note)}` : '.'}`;
    case 'task.reopened':
      return `Kết quả chưa đạt, yêu cầu thực hiện tiếp. Lý do: ${String(d.reason)}`;
    case 'task.cancelled':
      return `Hủy nhiệm vụ${d.byParent ? ' (theo nhiệm vụ cha)' : ''}. Lý do: ${String(d.reason)}`;
    case 'task.nudged':
      return `Đôn đốc ${await people(ctx, d.recipientIds)}${d.message ? `: ${String(d.message)}` : '.'}`;
    case 'task.reminded':
      return `Nhắc ${await people(ctx, d.recipientIds)}: ${d.moment === 'before' ? 'sắp đến hạn' : 'đã đến hạn'} hoàn thành (${at(d.dueAt)}).`;
    case 'task.escalated':
      return `Báo người giao việc (${await people(ctx, d.recipientIds)}): nhiệm vụ quá hạn${typeof d.overdueDay === 'number' ? ` ${d.overdueDay} ngày làm việc` : ''} (hạn ${at(d.dueAt)}).`;
    case 'task.overdue':
      return d.kind === 'task_report' ? `Quá hạn báo cáo tiến độ định kỳ (${String(d.ruleLabel)}).` : `Nhiệm vụ quá hạn hoàn thành (${at(d.dueAt)}).`;
    case 'task.report_missed':
      return d.to === 'escalate'
        ? `Báo người giao việc (${await people(ctx, d.recipientIds)}): chưa báo cáo tiến độ định kỳ (${String(d.ruleLabel)}).`
        : `Nhắc ${await people(ctx, d.recipientIds)} báo cáo tiến độ định kỳ (${String(d.ruleLabel)}).`;
    case 'deadline.moved':
      return `${d.kind === 'task_report' ? 'Hạn báo cáo tiến độ' : 'Hạn hoàn thành'} được tính lại: ${at(d.previousDueAt)} → ${at(d.dueAt)}.`;
    case 'deadline.set':
      return `Hạn: ${at(d.dueAt)} (${String(d.ruleLabel)}).`;
    case 'file.viewed':
      return `Xem tệp “${String(d.fileName)}”.`;
    case 'file.downloaded':
      return `Tải về tệp “${String(d.fileName)}”.`;
    default:
      return e.kind;
  }
}
