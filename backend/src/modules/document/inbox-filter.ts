import { isIsoDate } from '../../shared/dates.ts';
import { InputError, type FieldError } from '../../shared/errors.ts';
import { isUuid } from '../../shared/ids.ts';
import { cleanText } from '../../shared/text.ts';
import { findDocumentType } from './document-types.ts';
import { INCOMING_STATUSES, URGENCIES, type IncomingStatus, type Urgency } from './document.entity.ts';

/** The filters of an inbox box and of its count; every field optional, all of them together (AND). */
export interface InboxFilter {
  bookId?: string | null;
  year?: number | null;
  documentTypeCode?: string | null;
  urgency?: Urgency[] | null;
  status?: IncomingStatus | null;
  /** Documents with a part assigned to this unit (unit level or one of its people). */
  unitId?: string | null;
  /** Ngày đến, Vietnamese calendar dates yyyy-MM-dd, both included. */
  arrivalFrom?: string | null;
  arrivalTo?: string | null;
  /** Số/ký hiệu, trích yếu, cơ quan ban hành: ignores case, diacritics and runs of spaces. */
  q?: string | null;
}

export interface CleanInboxFilter {
  bookId: string | null;
  year: number | null;
  documentTypeCode: string | null;
  urgency: Urgency[];
  status: IncomingStatus | null;
  unitId: string | null;
  arrivalFrom: string | null;
  arrivalTo: string | null;
  q: string | null;
}

export const INBOX_QUERY_MAX = 200;
export const EMPTY_INBOX_FILTER: CleanInboxFilter = {
  bookId: null,
  year: null,
  documentTypeCode: null,
  urgency: [],
  status: null,
  unitId: null,
  arrivalFrom: null,
  arrivalTo: null,
  q: null,
};

/** Checks and normalises a filter; throws InputError with Vietnamese messages per field. */
export function validateInboxFilter(raw: InboxFilter | null | undefined): CleanInboxFilter {
  if (!raw) return EMPTY_INBOX_FILTER;
  const errors: FieldError[] = [];
  const err = (field: string, code: string, message: string) => errors.push({ field, code, message });
  const blank = (v: string | null | undefined) => (v == null || v.trim() === '' ? null : v.trim());

  const bookId = blank(raw.bookId);
  if (bookId && !isUuid(bookId)) err('bookId', 'INVALID', 'Sổ văn bản không hợp lệ.');
  const unitId = blank(raw.unitId);
  if (unitId && !isUuid(unitId)) err('unitId', 'INVALID', 'Đơn vị không hợp lệ.');
  const year = raw.year ?? null;
  if (year !== null && (!Number.isInteger(year) || year < 1900 || year > 2100)) err('year', 'INVALID', 'Năm phải từ 1900 đến 2100.');
  const documentTypeCode = blank(raw.documentTypeCode);
  if (documentTypeCode && !findDocumentType(documentTypeCode)) err('documentTypeCode', 'INVALID', 'Loại văn bản không có trong danh mục.');
  const urgency = [...new Set(raw.urgency ?? [])];
  if (urgency.some((u) => !(URGENCIES as readonly string[]).includes(u))) err('urgency', 'INVALID', 'Độ khẩn không hợp lệ.');
  const status = raw.status ?? null;
  if (status !== null && !(INCOMING_STATUSES as readonly string[]).includes(status)) err('status', 'INVALID', 'Trạng thái không hợp lệ.');
  const arrivalFrom = blank(raw.arrivalFrom);
  const arrivalTo = blank(raw.arrivalTo);
  if (arrivalFrom && !isIsoDate(arrivalFrom)) err('arrivalFrom', 'INVALID_DATE', 'Từ ngày không phải là một ngày hợp lệ.');
  if (arrivalTo && !isIsoDate(arrivalTo)) err('arrivalTo', 'INVALID_DATE', 'Đến ngày không phải là một ngày hợp lệ.');
  if (arrivalFrom && arrivalTo && isIsoDate(arrivalFrom) && isIsoDate(arrivalTo) && arrivalFrom > arrivalTo) {
    err('arrivalTo', 'RANGE', 'Đến ngày phải sau hoặc bằng từ ngày.');
  }
  const q = raw.q == null ? null : cleanText(raw.q).replace(/\s+/g, ' ').trim() || null;
  if (q && q.length > INBOX_QUERY_MAX) err('q', 'TOO_LONG', `Từ khóa tìm kiếm tối đa ${INBOX_QUERY_MAX} ký tự.`);
  if (errors.length) throw new InputError(errors);
  return { bookId, year, documentTypeCode, urgency, status, unitId, arrivalFrom, arrivalTo, q };
}
