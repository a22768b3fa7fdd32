import { InputError, type FieldError } from '../../shared/errors.ts';
import { cleanText } from '../../shared/text.ts';

export interface RegisterBookInput {
  code: string;
  name: string;
  confidential: boolean;
  advisoryBody?: string | null;
}

export interface CleanRegisterBook {
  code: string;
  name: string;
  confidential: boolean;
  advisoryBody: string | null;
}

/** Short codes such as VBD, MAT, HĐTĐKT: letters (Vietnamese too), digits, '.', '-', '_'. */
const BOOK_CODE = /^[\p{Lu}\p{N}._-]{1,20}$/u;

export function validateRegisterBook(input: RegisterBookInput): CleanRegisterBook {
  const errors: FieldError[] = [];
  const code = cleanText(input.code ?? '').toUpperCase();
  if (!code) errors.push({ field: 'code', code: 'REQUIRED', message: 'Vui lòng nhập mã sổ.' });
  else if (!BOOK_CODE.test(code)) {
    errors.push({ field: 'code', code: 'INVALID_CODE', message: 'Mã sổ gồm tối đa 20 ký tự: chữ, số, dấu chấm, gạch ngang, không có khoảng trắng.' });
  }
  const name = cleanText(input.name ?? '');
  if (!name) errors.push({ field: 'name', code: 'REQUIRED', message: 'Vui lòng nhập tên sổ.' });
  else if (name.length > 200) errors.push({ field: 'name', code: 'TOO_LONG', message: 'Tên sổ không được dài quá 200 ký tự.' });
  const advisoryBody = input.advisoryBody ? cleanText(input.advisoryBody) : '';
  if (advisoryBody.length > 200) {
    errors.push({ field: 'advisoryBody', code: 'TOO_LONG', message: 'Tên tổ chức tư vấn không được dài quá 200 ký tự.' });
  }
  if (errors.length) throw new InputError(errors);
  return { code, name, confidential: input.confidential === true, advisoryBody: advisoryBody || null };
}

export function validateBookYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new InputError([{ field: 'year', code: 'OUT_OF_RANGE', message: 'Năm của sổ phải từ 2000 đến 2100.' }]);
  }
}
