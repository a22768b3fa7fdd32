import { InputError, type FieldError } from '../../shared/errors.ts';
import { isIsoDate } from '../../shared/dates.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RegisterPeriod {
  bookId: string;
  /** yyyy-MM-dd, Vietnamese calendar dates of arrival, both included. */
  from: string;
  to: string;
}

/** A register is asked for a book and a range of arrival dates; the download link and the GraphQL query check the same way. */
export function validateRegisterPeriod(input: { bookId?: string | null; from?: string | null; to?: string | null }): RegisterPeriod {
  const errors: FieldError[] = [];
  const bookId = input.bookId?.trim() ?? '';
  if (!bookId) errors.push({ field: 'bookId', code: 'REQUIRED', message: 'Vui lòng chọn sổ văn bản đến.' });
  else if (!UUID.test(bookId)) errors.push({ field: 'bookId', code: 'INVALID_ID', message: 'Sổ văn bản đến không hợp lệ.' });
  const date = (field: 'from' | 'to', label: string): string => {
    const raw = input[field]?.trim() ?? '';
    if (!raw) errors.push({ field, code: 'REQUIRED', message: `Vui lòng chọn ${label}.` });
    else if (!isIsoDate(raw)) errors.push({ field, code: 'INVALID_DATE', message: `${label.charAt(0).toUpperCase()}${label.slice(1)} không hợp lệ (định dạng yyyy-MM-dd).` });
    else return raw;
    return '';
  };
  const from = date('from', 'từ ngày');
  const to = date('to', 'đến ngày');
  if (from && to && from > to) errors.push({ field: 'to', code: 'BEFORE_FROM', message: 'Đến ngày không được trước từ ngày.' });
  if (errors.length) throw new InputError(errors);
  return { bookId: bookId.toLowerCase(), from, to };
}

/** The instants [start, end) of a range of Vietnamese dates (UTC+7, no daylight saving). */
export function periodInstants(p: { from: string; to: string }): { start: Date; end: Date } {
  const start = new Date(`${p.from}T00:00:00+07:00`);
  const end = new Date(new Date(`${p.to}T00:00:00+07:00`).getTime() + 86_400_000);
  return { start, end };
}
