import type { AuditEvent } from '../../../backend/src/modules/audit/audit.entity.ts';
import type { Context } from '../context.ts';

const STEP_VI: Record<string, string> = { review: 'cho ý kiến', format_check: 'kiểm tra thể thức', sign: 'ký' };
const AUTHORITY_VI: Record<string, string> = { none: '', tm: 'TM. ', kt: 'KT. ', tl: 'TL. ', tuq: 'TUQ. ', q: 'Q. ' };
const OUTCOME_VI: Record<string, string> = {
  same_day: 'trong ngày ký',
  next_morning: 'buổi sáng ngày làm việc tiếp theo',
  late: 'quá hạn phát hành',
  after_escalation: 'quá hạn, sau khi đã báo chánh văn phòng',
};

const name = async (ctx: Context, id: unknown) => (typeof id === 'string' ? ((await ctx.loaders.user.load(id))?.fullName ?? '?') : '?');
const quoted = (v: unknown) => (typeof v === 'string' && v ? `: “${v}”` : '');

/** One Vietnamese sentence per step of an outgoing document (timeline-summary.ts hands these over). */
export async function summarizeOutgoing(e: AuditEvent, ctx: Context): Promise<string> {
  const d = e.data as Record<string, unknown>;
  switch (e.kind) {
    case 'outgoing.drafted':
      return d.relationKind ? `Soạn dự thảo ${d.relationKind === 'replacement' ? 'thay thế' : 'đính chính'} văn bản đã phát hành (phiên bản 1).` : 'Soạn dự thảo (phiên bản 1).';
    case 'outgoing.revised': {
      const changes = Array.isArray(d.changes) && d.changes.length ? ` Thay đổi: ${d.changes.join(', ')}.` : '';
      return `Cập nhật dự thảo, phiên bản ${String(d.version)}.${changes}`;
    }
    case 'outgoing.submitted':
      return `Trình dự thảo (phiên bản ${String(d.version)}) tới ${await name(ctx, d.to)}${quoted(d.note)}.`;
    case 'outgoing.approved':
      return `Đồng ý (${STEP_VI[String(d.stepKind)] ?? ''}, phiên bản ${String(d.version)})${quoted(d.comment)}; chuyển ${await name(ctx, d.to)}.`;
    case 'outgoing.returned':
      return `Trả lại dự thảo (bước ${STEP_VI[String(d.stepKind)] ?? ''}). Lý do: “${String(d.reason)}”.`;
    case 'outgoing.signed':
      return `Ký ban hành phiên bản ${String(d.version)}: ${AUTHORITY_VI[String(d.authority)] ?? ''}${String(d.position ?? '')}.`;
    case 'outgoing.issued':
      return `Cấp số ${String(d.numberNotation)} và phát hành (${OUTCOME_VI[String(d.outcome)] ?? ''}).`;
    case 'outgoing.delivered': {
      const unit = typeof d.unitId === 'string' ? ((await ctx.loaders.unit.load(d.unitId))?.name ?? '?') : '?';
      return `Đã gửi đến ${unit} qua hệ thống.`;
    }
    case 'outgoing.recalled':
      return `Thu hồi văn bản. Lý do: “${String(d.reason)}”.`;
    case 'outgoing.replaced':
      return `Được thay thế bởi văn bản ${String(d.numberNotation)}.`;
    case 'outgoing.cancelled':
      return `Hủy dự thảo. Lý do: “${String(d.reason)}”.`;
    default:
      return e.kind;
  }
}
