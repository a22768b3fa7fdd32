import type { AuditEvent, EventKind } from '../../../backend/src/modules/audit/audit.entity.ts';
import { formatViDate } from '../../../backend/src/shared/dates.ts';
import { formatVi } from '../../../workflows/src/calendar/index.ts';
import type { Context } from '../context.ts';
import { summarizeOutgoing } from './outgoing-timeline.ts';
import { summarizeTaskEvent } from './task-timeline.ts';

export const DEADLINE_TITLES: Record<string, string> = {
  direction: 'Hạn cho ý kiến chỉ đạo',
  assignment: 'Hạn xử lý',
  submission: 'Hạn vào sổ và trình',
  outgoing_review: 'Hạn cho ý kiến dự thảo',
  dispatch_target: 'Hạn phát hành trong ngày',
  dispatch_limit: 'Hạn cuối phát hành',
};

const at = (iso: unknown) => (typeof iso === 'string' ? formatVi(Date.parse(iso)) : '?');

const ROLE_VI: Record<string, string> = { lead: 'chủ trì', coordinate: 'phối hợp', inform: 'để biết' };

const viDateOf = (iso: unknown) => (typeof iso === 'string' ? formatViDate(new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 10)) : null);

async function who(ctx: Context, unitId: unknown, userId: unknown): Promise<string> {
  if (typeof userId === 'string') return (await ctx.loaders.user.load(userId))?.fullName ?? '?';
  if (typeof unitId === 'string') return (await ctx.loaders.unit.load(unitId))?.name ?? '?';
  return '?';
}

const lowerFirst = (s: string) => `${s.charAt(0).toLowerCase()}${s.slice(1)}`;

/** "Hạn cho ý kiến chỉ đạo", or "Hạn xử lý của Phòng Tài chính – Kế hoạch (chủ trì)". */
async function deadlineName(e: AuditEvent, d: Record<string, unknown>, ctx: Context): Promise<string> {
  const title = DEADLINE_TITLES[String(d.kind)] ?? String(d.kind);
  if (d.kind !== 'assignment') return title;
  const a = (await ctx.loaders.assignmentsByDocument.load(e.subjectId)).find((x) => x.id === d.assignmentId);
  return a ? `${title} của ${await who(ctx, a.unitId, a.assigneeId)} (${ROLE_VI[a.role]})` : title;
}

async function recipients(ctx: Context, ids: unknown): Promise<string> {
  const list = Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
  if (!list.length) return 'không có người nhận';
  return (await Promise.all(list.map((id) => who(ctx, null, id)))).join(', ');
}

const onTime = (v: unknown) => (v === true ? ' (đúng hạn vào sổ và trình)' : v === false ? ' (quá hạn vào sổ và trình)' : '');

const VIA_VI: Record<string, string> = { document: 'mở văn bản', file: 'xem, tải tệp', processing_slip: 'in phiếu giải quyết', timeline: 'xem diễn biến' };

/** Narrows an event kind by its prefix, so that the switch below stays exhaustive over the rest. */
const isKindOf = <P extends string>(k: EventKind, prefix: P): k is Extract<EventKind, `${P}${string}`> => k.startsWith(prefix);

/** One Vietnamese sentence per event, the way a văn thư would write it in the register's notes. */
export async function summarize(e: AuditEvent, ctx: Context): Promise<string> {
  if (isKindOf(e.kind, 'outgoing.')) return summarizeOutgoing(e, ctx);
  // Tasks have their own timeline type; an event of theirs read through this one still gets its sentence.
  if (isKindOf(e.kind, 'task.')) return summarizeTaskEvent(e, ctx);
  const d = e.data as Record<string, unknown>;
  switch (e.kind) {
    case 'document.registered': {
      const confirmed = Array.isArray(d.confirmedDuplicateIds) ? d.confirmedDuplicateIds.length : 0;
      const note = confirmed ? ` Văn thư đã xác nhận vào sổ dù trùng cơ quan ban hành, số, ký hiệu và ngày với ${confirmed} văn bản đã vào sổ trước.` : '';
      // Since there are several books a year, the number names its book (events of the first release do not carry it).
      const book = typeof d.bookId === 'string' ? await ctx.loaders.book.load(d.bookId) : null;
      // Since the submission step: whether it was also submitted (trình), and in time.
      const submitted =
        d.submitted === false ? ' Chưa trình lãnh đạo (chờ trình).' : d.submitted === true ? ` Đã trình lãnh đạo${onTime(d.submissionOnTime)}.` : '';
      return `Vào sổ văn bản đến${book ? ` (${book.name})` : ''}, số đến ${String(d.arrivalNumber)}/${String(d.year)}.${submitted}${note}`;
    }
    case 'document.received':
      return 'Văn bản điện tử đã đến (gửi nội bộ), chờ vào sổ.';
    case 'document.submitted':
      return `Trình lãnh đạo${onTime(d.onTime)}${typeof d.note === 'string' && d.note ? `: “${d.note}”` : ''}.`;
    case 'document.sent_back':
      return `Kết thúc, trả lại nơi gửi. Lý do: “${String(d.reason)}”.`;
    case 'document.recalled':
      return `Nơi gửi đã thu hồi văn bản${d.frozen ? ', văn bản dừng xử lý' : ''}. Lý do: “${String(d.reason)}”.`;
    case 'document.files_attached': {
      const files = (d.files as Array<{ fileName: string }> | undefined) ?? [];
      return `Đính kèm ${files.length} tệp: ${files.map((f) => f.fileName).join(', ')}.`;
    }
    case 'file.viewed':
      return `Xem tệp “${String(d.fileName)}”.`;
    case 'file.downloaded':
      return `Tải về tệp “${String(d.fileName)}”.`;
    case 'deadline_settings.updated':
      return 'Cập nhật thời hạn nhắc việc.';
    case 'register_book.created':
      return `Mở sổ “${String(d.name)}” (${String(d.code)}) năm ${String(d.year)}.`;
    case 'register_book.updated':
      return `Cập nhật sổ “${String((d.after as Record<string, unknown>)?.name)}”.`;
    case 'agency.created':
      return `Thêm cơ quan “${String(d.name)}” vào danh mục.`;
    case 'agency.updated':
      return `Cập nhật cơ quan “${String((d.after as Record<string, unknown>)?.name)}” trong danh mục.`;
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
    case 'document.completed': {
      // Closed by the chủ trì with a note (and the reply's số, ký hiệu); earlier documents completed with the lead part.
      if (typeof d.closingNote !== 'string') return 'Văn bản đã được giải quyết xong.';
      const reply = typeof d.replyReference === 'string' && d.replyReference ? ` Văn bản trả lời: ${d.replyReference}.` : '';
      return `Kết thúc xử lý văn bản: “${d.closingNote}”.${reply}`;
    }
    case 'document.returned':
      return `Trả lại văn bản cho văn thư. Lý do: “${String(d.reason)}”.`;
    case 'document.resubmitted':
      return `Trình lại văn bản để cho ý kiến chỉ đạo${typeof d.note === 'string' && d.note ? `: “${d.note}”` : ''}.`;
    case 'assignment.returned':
      return `Trả lại phần việc ${ROLE_VI[String(d.role)]} của ${await who(ctx, d.unitId, d.userId)} cho ${d.toParent ? 'trưởng đơn vị' : 'lãnh đạo'}. Lý do: “${String(d.reason)}”.`;
    case 'assignment.withdrawn':
      return `Thu hồi phần việc ${ROLE_VI[String(d.role)]} của ${await who(ctx, d.unitId, d.userId)}. Lý do: “${String(d.reason)}”.`;
    case 'assignment.reassigned': {
      const from = (d.from ?? {}) as Record<string, unknown>;
      const to = (d.to ?? {}) as Record<string, unknown>;
      const deadline = viDateOf(d.deadline);
      const toWho = await who(ctx, to.userId ? null : to.unitId, to.userId);
      return `Chuyển tiếp phần việc ${ROLE_VI[String(d.role)]} từ ${await who(ctx, from.userId ? null : from.unitId, from.userId)} sang ${toWho}${deadline ? ` (hạn ${deadline})` : ''}. Lý do: “${String(d.reason)}”.`;
    }
    case 'assignment.added': {
      const deadline = viDateOf(d.deadline);
      return `Bổ sung ${ROLE_VI[String(d.role)]}: ${await who(ctx, d.unitId, d.userId)}${deadline ? ` (hạn ${deadline})` : ''}.`;
    }
    case 'assignment.seen':
      return `Đã xem (để biết${d.userId ? '' : `, ${await who(ctx, d.unitId, null)}`}).`;
    case 'deadline.set':
      return `${await deadlineName(e, d, ctx)}: ${at(d.dueAt)} — ${String(d.ruleLabel)}.`;
    case 'deadline.moved':
      return `${await deadlineName(e, d, ctx)} được tính lại theo lịch làm việc mới: ${at(d.dueAt)} (trước đó ${at(d.previousDueAt)}).`;
    case 'deadline.overdue':
      return `Quá ${lowerFirst(await deadlineName(e, d, ctx))} (${at(d.dueAt)}).`;
    case 'deadline.reminded': {
      const due = d.moment === 'before' ? '' : ', đã đến hạn';
      return `Nhắc ${lowerFirst(await deadlineName(e, d, ctx))} (${at(d.dueAt)}${due}) tới: ${await recipients(ctx, d.recipientIds)}.`;
    }
    case 'document.access_refused':
      return `Từ chối truy cập văn bản mật (${VIA_VI[String(d.via)] ?? String(d.via)}).`;
    case 'deadline.escalated': {
      const day = typeof d.overdueDay === 'number' ? `, ngày làm việc thứ ${d.overdueDay} quá hạn` : '';
      return `Báo quá ${lowerFirst(await deadlineName(e, d, ctx))} (${at(d.dueAt)}${day}) tới: ${await recipients(ctx, d.recipientIds)}.`;
    }
  }
  const unhandled: never = e.kind;
  return unhandled;
}
