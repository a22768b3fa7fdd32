import { DomainError } from '../../shared/errors.ts';

export const OrgErrorCode = {
  InvalidCredentials: 'INVALID_CREDENTIALS',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  UserNotFound: 'USER_NOT_FOUND',
  UnitNotFound: 'UNIT_NOT_FOUND',
} as const;

export const unauthenticated = () =>
  new DomainError(OrgErrorCode.Unauthenticated, 'Bạn cần đăng nhập để thực hiện thao tác này.');
export const forbidden = (what: string) =>
  new DomainError(OrgErrorCode.Forbidden, `Bạn không có quyền ${what}.`);
