import { InputError, type FieldError } from '../../shared/errors.ts';
import { cleanText } from '../../shared/text.ts';

/**
 * QĐ 20/2020/QĐ-TTg: up to 35 characters, digits, A–Z and dots, groups read from the left by level
 * (e.g. 000.00.00.H30). Checked by shape, not by a fixed length: the directory is versioned data.
 */
export const AGENCY_CODE = /^(?=.{1,35}$)[0-9A-Z]+(\.[0-9A-Z]+)*$/;

export interface AgencyInput {
  code?: string | null;
  name: string;
  shortName?: string | null;
}

export interface CleanAgency {
  code: string | null;
  name: string;
  shortName: string | null;
}

export function validateAgency(input: AgencyInput): CleanAgency {
  const errors: FieldError[] = [];
  const code = input.code ? cleanText(input.code).toUpperCase() : '';
  if (code && !AGENCY_CODE.test(code)) {
    errors.push({
      field: 'code',
      code: 'INVALID_CODE',
      message: 'Mã định danh gồm tối đa 35 ký tự: chữ số, chữ in hoa A–Z, các nhóm cách nhau bằng dấu chấm (ví dụ 000.00.00.H30).',
    });
  }
  const name = cleanText(input.name ?? '');
  if (!name) errors.push({ field: 'name', code: 'REQUIRED', message: 'Vui lòng nhập tên cơ quan.' });
  else if (name.length > 200) errors.push({ field: 'name', code: 'TOO_LONG', message: 'Tên cơ quan không được dài quá 200 ký tự.' });
  const shortName = input.shortName ? cleanText(input.shortName) : '';
  if (shortName.length > 50) errors.push({ field: 'shortName', code: 'TOO_LONG', message: 'Tên viết tắt không được dài quá 50 ký tự.' });
  if (errors.length) throw new InputError(errors);
  return { code: code || null, name, shortName: shortName || null };
}
