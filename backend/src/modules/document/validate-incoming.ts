import { InputError, type FieldError } from '../../shared/errors.ts';
import { isIsoDate, vnToday } from '../../shared/dates.ts';
import { cleanMultiline, cleanText } from '../../shared/text.ts';
import { findDocumentType } from './document-types.ts';
import { RECEIPT_FORMS, type Confidentiality, type ReceiptForm, type Urgency } from './document.entity.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the văn thư sends (Decree 30 App. VI, incoming metadata). */
export interface RegistrationInput {
  /** Empty: the book is chosen by the document's độ mật. */
  bookId?: string | null;
  documentTypeCode: string;
  numberNotation: string;
  issuer: string;
  /** Set when the issuer was picked from the agency directory. */
  issuerAgencyId?: string | null;
  issuedDate: string;
  subject: string;
  urgency: Urgency;
  confidentiality: Confidentiality;
  signer: string;
  signerPosition?: string | null;
  pageCount: number;
  dueDate?: string | null;
  receiptForm: ReceiptForm;
  /** Ngày đến; empty means now. */
  arrivalAt?: Date | null;
  internalRecipients?: string | null;
  notes?: string | null;
}

/**
 * The registration as it travels to the workflow and its activity (JSON: instants as ISO strings). Fields
 * added after the first release are optional: registrations already in flight were sent without them.
 */
export interface CleanRegistration {
  bookId: string;
  documentTypeCode: string;
  numberNotation: string;
  issuer: string;
  issuedDate: string;
  subject: string;
  urgency: Urgency;
  confidentiality: Confidentiality;
  signer: string;
  pageCount: number;
  dueDate: string | null;
  issuerAgencyId?: string | null;
  /** The agency's code at the time of arrival. */
  issuerAgencyCode?: string | null;
  signerPosition?: string | null;
  receiptForm?: ReceiptForm;
  arrivalAt?: string | null;
  internalRecipients?: string | null;
  notes?: string | null;
  /** Earlier registrations the văn thư was shown and registered this one beside anyway. */
  confirmedDuplicateIds?: string[];
}

export type ValidRegistration = Omit<CleanRegistration, 'bookId' | 'issuerAgencyCode' | 'confirmedDuplicateIds'> & { bookId: string | null };

/** A browser clock a little ahead of the server's is not a future arrival. */
const CLOCK_SKEW_MS = 5 * 60_000;

export class Checker {
  readonly errors: FieldError[] = [];
  add(field: string, code: string, message: string) {
    if (!this.errors.some((e) => e.field === field)) this.errors.push({ field, code, message });
  }
  optionalText(field: string, raw: string | null | undefined, label: string, max: number, multiline = false): string | null {
    const value = raw == null ? '' : multiline ? cleanMultiline(raw) : cleanText(raw);
    if (value.length > max) this.add(field, 'TOO_LONG', `${capitalize(label)} không được dài quá ${max} ký tự.`);
    return value || null;
  }
  text(field: string, raw: string | null | undefined, label: string, max: number, multiline = false): string {
    const value = raw == null ? '' : multiline ? cleanMultiline(raw) : cleanText(raw);
    if (!value) this.add(field, 'REQUIRED', `Vui lòng nhập ${label}.`);
    else if (value.length > max) this.add(field, 'TOO_LONG', `${capitalize(label)} không được dài quá ${max} ký tự.`);
    return value;
  }
  date(field: string, raw: string | null | undefined, label: string, required: boolean): string | null {
    if (raw == null || raw === '') {
      if (required) this.add(field, 'REQUIRED', `Vui lòng chọn ${label}.`);
      return null;
    }
    if (!isIsoDate(raw)) {
      this.add(field, 'INVALID_DATE', `${capitalize(label)} không hợp lệ.`);
      return null;
    }
    return raw;
  }
  id(field: string, raw: string | null | undefined, label: string): string {
    if (!raw) this.add(field, 'REQUIRED', `Vui lòng chọn ${label}.`);
    else if (!UUID.test(raw)) this.add(field, 'INVALID_ID', `${capitalize(label)} không hợp lệ.`);
    return raw ?? '';
  }
  done<T>(value: T): T {
    if (this.errors.length) throw new InputError(this.errors);
    return value;
  }
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Checks and cleans a registration at the edge, field by field. `fileCount` is how many files come with
 * it: an electronic document is registered with the file it arrived as; a paper one may get its scan later.
 */
export function validateRegistration(input: RegistrationInput, now: Date, opts: { fileCount: number }): ValidRegistration {
  const c = new Checker();
  const today = vnToday(now);
  const bookId = input.bookId ? c.id('bookId', input.bookId, 'sổ văn bản đến') : null;
  if (!findDocumentType(input.documentTypeCode)) c.add('documentTypeCode', 'REQUIRED', 'Vui lòng chọn loại văn bản.');
  const numberNotation = c.text('numberNotation', input.numberNotation, 'số, ký hiệu', 50);
  const issuer = c.text('issuer', input.issuer, 'cơ quan ban hành', 200);
  const issuerAgencyId = input.issuerAgencyId ? c.id('issuerAgencyId', input.issuerAgencyId, 'cơ quan ban hành') : null;
  const issuedDate = c.date('issuedDate', input.issuedDate, 'ngày văn bản', true);
  if (issuedDate && issuedDate > today) c.add('issuedDate', 'IN_FUTURE', 'Ngày văn bản không được sau ngày hôm nay.');
  const subject = c.text('subject', input.subject, 'trích yếu', 500, true);
  const signer = c.text('signer', input.signer, 'người ký', 100);
  const signerPosition = c.optionalText('signerPosition', input.signerPosition, 'chức vụ người ký', 100);
  if (!Number.isInteger(input.pageCount) || input.pageCount < 1 || input.pageCount > 9999) {
    c.add('pageCount', 'OUT_OF_RANGE', 'Số trang phải là số nguyên từ 1 đến 9999.');
  }
  const dueDate = c.date('dueDate', input.dueDate, 'hạn xử lý', false);
  if (dueDate && dueDate < today) c.add('dueDate', 'IN_PAST', 'Hạn xử lý không được trước ngày hôm nay.');
  if (!RECEIPT_FORMS.includes(input.receiptForm)) c.add('receiptForm', 'REQUIRED', 'Vui lòng chọn hình thức nhận (giấy hoặc điện tử).');
  if (input.receiptForm === 'electronic' && opts.fileCount === 0) {
    c.add('files', 'REQUIRED', 'Văn bản điện tử cần đính kèm tệp văn bản đã nhận.');
  }
  let arrivalAt: string | null = null;
  if (input.arrivalAt) {
    const at = input.arrivalAt.getTime();
    if (Number.isNaN(at)) c.add('arrivalAt', 'INVALID_DATE', 'Ngày đến không hợp lệ.');
    else if (at > now.getTime() + CLOCK_SKEW_MS) c.add('arrivalAt', 'IN_FUTURE', 'Ngày đến không được sau thời điểm hiện tại.');
    else if (issuedDate && vnToday(input.arrivalAt) < issuedDate) c.add('arrivalAt', 'BEFORE_ISSUED', 'Ngày đến không được trước ngày văn bản.');
    else arrivalAt = new Date(Math.min(at, now.getTime())).toISOString();
  }
  const internalRecipients = c.optionalText('internalRecipients', input.internalRecipients, 'nơi nhận nội bộ', 1000, true);
  const notes = c.optionalText('notes', input.notes, 'ghi chú', 1000, true);
  return c.done({
    bookId,
    documentTypeCode: input.documentTypeCode,
    numberNotation,
    issuer,
    issuerAgencyId,
    issuedDate: issuedDate ?? '',
    subject,
    urgency: input.urgency,
    confidentiality: input.confidentiality,
    signer,
    signerPosition,
    pageCount: input.pageCount,
    dueDate,
    receiptForm: input.receiptForm,
    arrivalAt,
    internalRecipients,
    notes,
  });
}

export interface AssigneeInput {
  unitId?: string | null;
  userId?: string | null;
  deadline?: string | null;
}

export interface DirectionInput {
  documentId: string;
  direction: string;
  lead: AssigneeInput;
  coordinators: AssigneeInput[];
  readers: AssigneeInput[];
}

export interface CleanAssignee {
  unitId: string | null;
  userId: string | null;
  deadline: string | null;
}

export function validateDirection(input: DirectionInput, today: string): Omit<DirectionInput, 'lead' | 'coordinators' | 'readers'> & {
  lead: CleanAssignee;
  coordinators: CleanAssignee[];
  readers: CleanAssignee[];
} {
  const c = new Checker();
  const documentId = c.id('documentId', input.documentId, 'văn bản');
  const direction = c.text('direction', input.direction, 'ý kiến chỉ đạo', 2000, true);
  const assignee = (path: string, a: AssigneeInput, label: string, deadlineRequired: boolean): CleanAssignee => {
    const unitId = a.unitId || null;
    const userId = a.userId || null;
    if (!unitId && !userId) c.add(`${path}.unitId`, 'REQUIRED', `Vui lòng chọn ${label}.`);
    else if (unitId && userId) c.add(`${path}.unitId`, 'AMBIGUOUS', `Chỉ chọn một đơn vị hoặc một người cho ${label}.`);
    else c.id(unitId ? `${path}.unitId` : `${path}.userId`, unitId ?? userId, label);
    const deadline = c.date(`${path}.deadline`, a.deadline, `hạn xử lý của ${label}`, deadlineRequired);
    if (deadline && deadline < today) c.add(`${path}.deadline`, 'IN_PAST', 'Hạn xử lý không được trước ngày hôm nay.');
    return { unitId, userId, deadline };
  };
  const lead = assignee('lead', input.lead, 'đơn vị chủ trì', true);
  const coordinators = input.coordinators.map((a, i) => assignee(`coordinators.${i}`, a, 'đơn vị phối hợp', true));
  const readers = input.readers.map((a, i) => assignee(`readers.${i}`, a, 'người nhận để biết', false));
  const key = (a: CleanAssignee) => a.unitId ?? a.userId;
  const seen = new Set<string | null>([key(lead)]);
  coordinators.forEach((a, i) => {
    if (seen.has(key(a))) c.add(`coordinators.${i}.unitId`, 'DUPLICATE', 'Đơn vị này đã được giao ở vai trò khác.');
    seen.add(key(a));
  });
  readers.forEach((a, i) => {
    if (seen.has(key(a))) c.add(`readers.${i}.unitId`, 'DUPLICATE', 'Người nhận này đã được giao ở vai trò khác.');
    seen.add(key(a));
  });
  return c.done({ documentId, direction, lead, coordinators, readers });
}

export function validateAssignHandler(input: { assignmentId: string; userId: string; deadline: string }, today: string) {
  const c = new Checker();
  const assignmentId = c.id('assignmentId', input.assignmentId, 'phân công');
  const userId = c.id('userId', input.userId, 'chuyên viên xử lý');
  const deadline = c.date('deadline', input.deadline, 'hạn xử lý', true);
  if (deadline && deadline < today) c.add('deadline', 'IN_PAST', 'Hạn xử lý không được trước ngày hôm nay.');
  return c.done({ assignmentId, userId, deadline: deadline ?? '' });
}

export function validateCompleteHandling(input: { assignmentId: string; resultNote: string }) {
  const c = new Checker();
  const assignmentId = c.id('assignmentId', input.assignmentId, 'phân công');
  const resultNote = c.text('resultNote', input.resultNote, 'kết quả xử lý', 4000, true);
  return c.done({ assignmentId, resultNote });
}
