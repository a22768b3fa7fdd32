import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors.ts';
import { validateDirection, validateRegistration, type RegistrationInput } from './validate-incoming.ts';

const BOOK = '0b7d3f5e-8a51-4d6e-9a1c-2f0e6b9d4c11';
const UNIT = '5c2a1e0f-3b4d-4e8a-9f6b-7d1c0e2a3b44';
const valid: RegistrationInput = {
  bookId: BOOK,
  documentTypeCode: 'KH',
  numberNotation: '183/KH-UBND',
  issuer: 'UBND tỉnh',
  issuedDate: '2026-11-20',
  subject: 'Kế hoạch',
  urgency: 'normal',
  confidentiality: 'normal',
  signer: 'Nguyễn Văn A',
  pageCount: 2,
  dueDate: null,
};

const fieldErrors = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    if (e instanceof InputError) return Object.fromEntries(e.fieldErrors.map((f) => [f.field, f.code]));
    throw e;
  }
  return {};
};

describe('validateRegistration', () => {
  it('normalises text to NFC and collapses spaces', () => {
    const decomposed = 'Ủy ban  nhân dân'.normalize('NFD');
    const out = validateRegistration({ ...valid, issuer: `  ${decomposed} ` }, '2026-11-21');
    expect(out.issuer).toBe('Ủy ban nhân dân'.normalize('NFC'));
  });

  it('names every bad field with a code', () => {
    expect(
      fieldErrors(() =>
        validateRegistration(
          { ...valid, bookId: 'x', documentTypeCode: 'CV2', numberNotation: '', issuedDate: '2026-02-30', pageCount: 1.5, dueDate: '2026-11-01' },
          '2026-11-21',
        ),
      ),
    ).toEqual({
      bookId: 'INVALID_ID',
      documentTypeCode: 'REQUIRED',
      numberNotation: 'REQUIRED',
      issuedDate: 'INVALID_DATE',
      pageCount: 'OUT_OF_RANGE',
      dueDate: 'IN_PAST',
    });
  });

  it('refuses a document dated after today in Vietnam', () => {
    expect(fieldErrors(() => validateRegistration({ ...valid, issuedDate: '2026-11-22' }, '2026-11-21'))).toEqual({ issuedDate: 'IN_FUTURE' });
  });
});

describe('validateDirection', () => {
  const base = { documentId: BOOK, direction: 'Xử lý', lead: { unitId: UNIT, deadline: '2026-12-01' }, coordinators: [], readers: [] };

  it('requires a lead with a deadline, and one role per unit', () => {
    expect(fieldErrors(() => validateDirection({ ...base, lead: { unitId: UNIT } }, '2026-11-21'))).toEqual({ 'lead.deadline': 'REQUIRED' });
    expect(
      fieldErrors(() => validateDirection({ ...base, coordinators: [{ unitId: UNIT, deadline: '2026-12-01' }] }, '2026-11-21')),
    ).toEqual({ 'coordinators.0.unitId': 'DUPLICATE' });
  });

  it('lets readers go without a deadline', () => {
    expect(validateDirection({ ...base, readers: [{ userId: BOOK }] }, '2026-11-21').readers).toEqual([{ unitId: null, userId: BOOK, deadline: null }]);
  });
});
