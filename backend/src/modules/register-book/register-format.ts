import { formatViDate } from '../../shared/dates.ts';
import { findDocumentType } from '../document/document-types.ts';
import type { Confidentiality, Urgency } from '../document/document.entity.ts';
import type { RegisterEntry, RegisterPart } from './register-entries.ts';

// How the paper registers word things (Decree 30/2020, Appendix IV). Pure: the xlsx, the printable page and the phiếu share it.

const ROLE_LABEL = { lead: 'Chủ trì', coordinate: 'Phối hợp' } as const;
const URGENCY_LABEL: Record<Urgency, string | null> = { normal: null, urgent: 'Khẩn', very_urgent: 'Thượng khẩn', flash: 'Hỏa tốc' };
const CONFIDENTIALITY_LABEL: Record<Confidentiality, string | null> = { normal: null, secret: 'Mật', top_secret: 'Tối mật', absolute_secret: 'Tuyệt mật' };

export const viDate = (iso: string | null | undefined): string => (iso ? formatViDate(iso) : '');

export function documentTypeName(code: string): string {
  return findDocumentType(code)?.name ?? code;
}

/**
 * Column "Tên loại và trích yếu nội dung": "Công văn: V/v triển khai…". The subject is kept as typed (it may
 * open with a name); one that already opens with its type ("Kế hoạch triển khai…") is not given it twice.
 */
export function typeAndSubject(typeCode: string, subject: string): string {
  const type = documentTypeName(typeCode);
  if (subject.toLocaleLowerCase('vi').startsWith(type.toLocaleLowerCase('vi'))) return subject;
  return `${type}: ${subject}`;
}

/** The phiếu's heading and the follow-up register's column 2: "Công văn số 183/UBND-KT ngày 20/11/2026 của Ủy ban nhân dân tỉnh Hậu Giang". */
export function documentReference(d: { documentTypeCode: string; numberNotation: string; issuedDate: string; issuer: string }): string {
  return `${documentTypeName(d.documentTypeCode)} số ${d.numberNotation} ngày ${viDate(d.issuedDate)} của ${d.issuer}`;
}

/** Column "Ghi chú": the marks a văn thư notes by hand (urgency and secrecy stamps), then the document's own note. */
export function noteText(d: { urgency: Urgency; confidentiality: Confidentiality; notes?: string | null }): string {
  const marks = [URGENCY_LABEL[d.urgency], CONFIDENTIALITY_LABEL[d.confidentiality]].filter(Boolean).join('; ');
  return [marks, d.notes?.trim()].filter(Boolean).join('\n');
}

/**
 * Parts undone by a later step: given back (trả lại), taken back (thu hồi), moved to someone else (chuyển
 * tiếp). The document did not end up with them, so the columns naming where it went leave them out; the
 * progress column still tells what became of them. A part still open when the document was closed
 * (cancelled) did receive it and stays.
 */
export const UNDONE_STATUSES: ReadonlySet<string> = new Set(['returned', 'withdrawn', 'reassigned']);
export const isUndone = (p: { status: string }) => UNDONE_STATUSES.has(p.status);

const leaderParts = (parts: RegisterPart[]) => parts.filter((p) => !p.parentId);
const handlersOf = (parts: RegisterPart[], parent: RegisterPart) =>
  parts.filter((c) => c.parentId === parent.id && c.userName && !isUndone(c)).map((c) => c.userName!);
const whoOf = (p: RegisterPart) => p.unitName ?? p.userName ?? '';

/**
 * Column "Đơn vị hoặc người nhận": one line per role, "Chủ trì: Phòng Tài chính – Kế hoạch"; parts undone
 * later (trả lại, thu hồi, chuyển tiếp) are left out, the one a part moved to is named.
 * With handlers, the person a unit head gave it to follows in brackets (the follow-up register).
 */
export function recipientsText(parts: RegisterPart[], opts: { withHandlers?: boolean } = {}): string {
  const lines: string[] = [];
  for (const role of ['lead', 'coordinate'] as const) {
    const names = leaderParts(parts)
      .filter((p) => p.role === role && !isUndone(p))
      .map((p) => {
        const handlers = opts.withHandlers && p.unitName ? handlersOf(parts, p) : [];
        return handlers.length ? `${whoOf(p)} (${handlers.join(', ')})` : whoOf(p);
      });
    if (names.length) lines.push(`${ROLE_LABEL[role]}: ${names.join('; ')}`);
  }
  return lines.join('\n');
}

/** Column "Thời hạn giải quyết": the chủ trì's deadline (the part it moved to, after a chuyển tiếp), else the deadline written on the document. */
export function deadlineOf(e: Pick<RegisterEntry, 'parts' | 'dueDate'>): string | null {
  return leaderParts(e.parts).find((p) => p.role === 'lead' && !isUndone(p))?.deadline ?? e.dueDate ?? null;
}

/** Parts that ended without a result (trả lại, thu hồi, chuyển tiếp, still open at the closing). */
const ENDED_LABEL: Record<string, string> = {
  returned: 'đã trả lại',
  withdrawn: 'đã thu hồi',
  reassigned: 'đã chuyển tiếp',
  cancelled: 'không tiếp tục (văn bản đã kết thúc)',
};

function partProgress(parts: RegisterPart[], p: RegisterPart): string {
  const who = `${ROLE_LABEL[p.role]} – ${whoOf(p)}`;
  if (p.status === 'done') return `${who}: đã xong ${viDate(p.completedDate)}${p.resultNote ? `: ${p.resultNote}` : ''}`;
  if (p.status === 'pending') return `${who}: chờ phân công`;
  const ended = ENDED_LABEL[p.status];
  if (ended) return `${who}: ${ended}`;
  const handlers = p.unitName ? handlersOf(parts, p) : [];
  return `${who}: đang xử lý${handlers.length ? ` (${handlers.join(', ')})` : ''}`;
}

/**
 * Column "Tiến độ giải quyết": the status on the first line ("Đã giải quyết 25/11/2026",
 * "Đang xử lý", with "(quá hạn)" past the deadline), then each part and its result.
 */
export function progressText(e: Pick<RegisterEntry, 'status' | 'completedDate' | 'parts' | 'dueDate'>, today: string): string {
  const deadline = deadlineOf(e);
  let head: string;
  if (e.status === 'completed') {
    const late = deadline && e.completedDate && e.completedDate > deadline;
    head = `Đã giải quyết ${viDate(e.completedDate)}${late ? ' (quá hạn)' : ''}`;
  } else {
    const late = deadline && today > deadline;
    head = `${e.status === 'awaiting_direction' ? 'Chờ ý kiến chỉ đạo' : 'Đang xử lý'}${late ? ' (quá hạn)' : ''}`;
  }
  return [head, ...leaderParts(e.parts).map((p) => partProgress(e.parts, p))].join('\n');
}

/** A file name without diacritics or characters a file system or header could choke on: "VBĐ" → "VBD". */
export function asciiSlug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
