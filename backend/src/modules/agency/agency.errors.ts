import { DomainError } from '../../shared/errors.ts';

export const AgencyErrorCode = {
  NotFound: 'AGENCY_NOT_FOUND',
  CodeTaken: 'AGENCY_CODE_TAKEN',
} as const;

export const AGENCY_ADMIN_ACTION = 'quản lý danh mục cơ quan';

export const agencyNotFound = (field = 'id') => new DomainError(AgencyErrorCode.NotFound, 'Không tìm thấy cơ quan trong danh mục.', field);
