import { DomainError, InputError } from '../../shared/errors.ts';

export const RegisterBookErrorCode = {
  NotFound: 'BOOK_NOT_FOUND',
  Inactive: 'BOOK_INACTIVE',
  NotConfidential: 'BOOK_NOT_CONFIDENTIAL',
  OnlyConfidential: 'BOOK_ONLY_CONFIDENTIAL',
  NoSuitableBook: 'NO_SUITABLE_BOOK',
  CodeTaken: 'CODE_TAKEN',
  CodeInUse: 'CODE_IN_USE',
} as const;

export const BOOK_ADMIN_ACTION = 'quản lý sổ văn bản';

export const bookNotFound = (field = 'bookId', message = 'Không tìm thấy sổ văn bản đến.') =>
  new DomainError(RegisterBookErrorCode.NotFound, message, field);

export const bookInactive = (name: string) =>
  new DomainError(RegisterBookErrorCode.Inactive, `Sổ “${name}” đã ngừng sử dụng, vui lòng chọn sổ khác.`, 'bookId');

export const bookFieldError = (code: string, message: string) => new InputError([{ field: 'bookId', code, message }]);
