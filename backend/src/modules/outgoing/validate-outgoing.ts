import { Checker } from '../document/validate-incoming.ts';
import { findDocumentType } from '../document/document-types.ts';
import { CONFIDENTIALITIES, URGENCIES, type Confidentiality, type Urgency } from '../document/document.entity.ts';
import { vnToday } from '../../shared/dates.ts';
import {
  DISPATCH_CHANNELS,
  RECIPIENT_KINDS,
  RELATION_KINDS,
  REVIEW_STEP_KINDS,
  SIGNING_AUTHORITIES,
  type DispatchChannel,
  type RecipientKind,
  type RelationKind,
  type ReviewStepKind,
  type SigningAuthority,
} from './outgoing.entity.ts';

export interface CleanRecipient {
  kind: RecipientKind;
  channel: DispatchChannel;
  unitId: string | null;
  agencyId: string | null;
  name: string | null;
  address: string | null;
}

export interface CleanDraft {
  documentTypeCode: string;
  subject: string;
  urgency: Urgency;
  confidentiality: Confidentiality;
  pageCount: number;
  copies: number;
  dueDate: string | null;
  notes: string | null;
  recipients: CleanRecipient[];
}

export interface CleanStep {
  kind: ReviewStepKind;
  reviewerId: string;
  workingDays: number;
}

export interface CleanSign {
  authority: SigningAuthority;
  position: string | null;
  urgency: Urgency | null;
  confidentiality: Confidentiality | null;
}

type RawRecipient = { kind: string; channel?: string | null; unitId?: string | null; agencyId?: string | null; name?: string | null; address?: string | null };
export type DraftInput = Omit<CleanDraft, 'recipients' | 'dueDate' | 'notes' | 'copies'> & {
  copies?: number | null;
  dueDate?: string | null;
  notes?: string | null;
  recipients: RawRecipient[];
};

export const MAX_RECIPIENTS = 200;
export const MAX_STEPS = 10;

/** Checks a draft's metadata at the edge (Decree 30 App. VI outgoing fields); recipients are resolved against the directory later. */
export function validateDraft(input: DraftInput, now: Date): CleanDraft {
  const c = new Checker();
  if (!findDocumentType(input.documentTypeCode)) c.add('documentTypeCode', 'REQUIRED', 'Vui lòng chọn loại văn bản.');
  const subject = c.text('subject', input.subject, 'trích yếu', 500, true);
  if (!URGENCIES.includes(input.urgency)) c.add('urgency', 'REQUIRED', 'Vui lòng chọn độ khẩn.');
  if (!CONFIDENTIALITIES.includes(input.confidentiality)) c.add('confidentiality', 'REQUIRED', 'Vui lòng chọn độ mật.');
  if (!Number.isInteger(input.pageCount) || input.pageCount < 1 || input.pageCount > 999) c.add('pageCount', 'OUT_OF_RANGE', 'Số trang phải là số nguyên từ 1 đến 999.');
  const copies = input.copies ?? 1;
  if (!Number.isInteger(copies) || copies < 1 || copies > 999) c.add('copies', 'OUT_OF_RANGE', 'Số lượng bản phải là số nguyên từ 1 đến 999.');
  const dueDate = c.date('dueDate', input.dueDate, 'hạn trả lời', false);
  if (dueDate && dueDate < vnToday(now)) c.add('dueDate', 'IN_PAST', 'Hạn trả lời không được trước ngày hôm nay.');
  const notes = c.optionalText('notes', input.notes, 'ghi chú', 500, true);
  if (input.recipients.length === 0) c.add('recipients', 'REQUIRED', 'Vui lòng chọn nơi nhận.');
  if (input.recipients.length > MAX_RECIPIENTS) c.add('recipients', 'TOO_MANY', `Tối đa ${MAX_RECIPIENTS} nơi nhận.`);
  const seen = new Set<string>();
  const recipients = input.recipients.map((r, i): CleanRecipient => {
    const f = `recipients.${i}`;
    const kind = r.kind as RecipientKind;
    if (!RECIPIENT_KINDS.includes(kind)) c.add(`${f}.kind`, 'REQUIRED', 'Vui lòng chọn loại nơi nhận.');
    const channel = (r.channel ?? (kind === 'unit' ? 'system' : 'paper')) as DispatchChannel;
    if (!DISPATCH_CHANNELS.includes(channel) || (kind === 'unit') !== (channel === 'system')) {
      c.add(`${f}.channel`, 'INVALID_CHANNEL', 'Đơn vị nội bộ nhận qua hệ thống; cơ quan, cá nhân bên ngoài nhận bản giấy hoặc điện tử.');
    }
    const unitId = kind === 'unit' ? c.id(`${f}.unitId`, r.unitId, 'đơn vị nhận') : null;
    const agencyId = kind === 'agency' ? c.id(`${f}.agencyId`, r.agencyId, 'cơ quan nhận') : null;
    const name = kind === 'individual' ? c.text(`${f}.name`, r.name, 'tên người nhận', 200) : null;
    const address = c.optionalText(`${f}.address`, r.address, 'địa chỉ', 300);
    const key = `${kind}:${unitId ?? agencyId ?? name?.toLowerCase()}`;
    if (seen.has(key)) c.add(f, 'DUPLICATE', 'Nơi nhận bị trùng.');
    seen.add(key);
    return { kind, channel, unitId: unitId?.toLowerCase() ?? null, agencyId: agencyId?.toLowerCase() ?? null, name, address };
  });
  return c.done({
    documentTypeCode: input.documentTypeCode,
    subject,
    urgency: input.urgency,
    confidentiality: input.confidentiality,
    pageCount: input.pageCount,
    copies,
    dueDate,
    notes,
    recipients,
  });
}

/** The review chain: at least the signer; exactly one SIGN step, the last; each with a limit of 1–30 working days. */
export function validateReviewSteps(steps: Array<{ kind: string; reviewerId: string; workingDays?: number | null }>): CleanStep[] {
  const c = new Checker();
  if (steps.length === 0) c.add('steps', 'REQUIRED', 'Vui lòng chọn người duyệt và người ký.');
  if (steps.length > MAX_STEPS) c.add('steps', 'TOO_MANY', `Tối đa ${MAX_STEPS} bước duyệt.`);
  const signs = steps.filter((s) => s.kind === 'sign').length;
  if (steps.length && (signs !== 1 || steps.at(-1)!.kind !== 'sign')) c.add('steps', 'SIGN_LAST', 'Chuỗi duyệt phải kết thúc bằng đúng một bước ký.');
  const clean = steps.map((s, i) => {
    if (!REVIEW_STEP_KINDS.includes(s.kind as ReviewStepKind)) c.add(`steps.${i}.kind`, 'REQUIRED', 'Vui lòng chọn loại bước.');
    const reviewerId = c.id(`steps.${i}.reviewerId`, s.reviewerId, 'người duyệt');
    const workingDays = s.workingDays ?? 1;
    if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > 30) c.add(`steps.${i}.workingDays`, 'OUT_OF_RANGE', 'Hạn cho ý kiến từ 1 đến 30 ngày làm việc.');
    return { kind: s.kind as ReviewStepKind, reviewerId: reviewerId.toLowerCase(), workingDays };
  });
  return c.done(clean);
}

export function validateComment(raw: string | null | undefined, required: boolean): string | null {
  const c = new Checker();
  const value = required ? c.text('comment', raw, 'lý do trả lại', 2000, true) : c.optionalText('comment', raw, 'ý kiến', 2000, true);
  return c.done(value);
}

export function validateReason(raw: string, label: string): string {
  const c = new Checker();
  return c.done(c.text('reason', raw, label, 2000, true));
}

export function validateSign(input: { authority: string; position?: string | null; urgency?: string | null; confidentiality?: string | null }): CleanSign {
  const c = new Checker();
  if (!SIGNING_AUTHORITIES.includes(input.authority as SigningAuthority)) c.add('authority', 'REQUIRED', 'Vui lòng chọn thẩm quyền ký.');
  const position = c.optionalText('position', input.position, 'chức vụ', 100);
  const urgency = (input.urgency ?? null) as Urgency | null;
  if (urgency && !URGENCIES.includes(urgency)) c.add('urgency', 'INVALID', 'Độ khẩn không hợp lệ.');
  const confidentiality = (input.confidentiality ?? null) as Confidentiality | null;
  if (confidentiality && !CONFIDENTIALITIES.includes(confidentiality)) c.add('confidentiality', 'INVALID', 'Độ mật không hợp lệ.');
  return c.done({ authority: input.authority as SigningAuthority, position, urgency, confidentiality });
}

export function validateRelation(relatesToId: string | null | undefined, kind: string | null | undefined): { relatesToId: string; kind: RelationKind } | null {
  if (!relatesToId && !kind) return null;
  const c = new Checker();
  const id = c.id('relatesToId', relatesToId, 'văn bản được đính chính, thay thế');
  if (!RELATION_KINDS.includes(kind as RelationKind)) c.add('relationKind', 'REQUIRED', 'Vui lòng chọn đính chính hoặc thay thế.');
  return c.done({ relatesToId: id.toLowerCase(), kind: kind as RelationKind });
}
