import { describe, expect, it } from 'vitest';
import { fieldErrorCodes as fieldErrors } from '../../../../test/support/field-error-codes.ts';
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
  receiptForm: 'paper',
};
/** 10:00 in Vietnam on that day. */
const at = (date: string, time = '10:00') => new Date(`${date}T${time}:00+07:00`);
const noFiles = { fileCount: 0 };

describe('validateRegistration', () => {
  it('normalises text to NFC and collapses spaces', () => {
    const decomposed = 'Ủy ban  nhân dân'.normalize('NFD');
    const out = validateRegistration({ ...valid, issuer: `  ${decomposed} ` }, at('2026-11-21'), noFiles);
    expect(out.issuer).toBe('Ủy ban nhân dân'.normalize('NFC'));
  });

  it('names every bad field with a code', () => {
    expect(
      fieldErrors(() =>
        validateRegistration(
          { ...valid, bookId: 'x', documentTypeCode: 'CV2', numberNotation: '', issuedDate: '2026-02-30', pageCount: 1.5, dueDate: '2026-11-01' },
          at('2026-11-21'),
          noFiles,
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
    expect(fieldErrors(() => validateRegistration({ ...valid, issuedDate: '2026-11-22' }, at('2026-11-21'), noFiles))).toEqual({ issuedDate: 'IN_FUTURE' });
    // 00:30 on the 22nd in Vietnam is still the 21st in UTC: a document dated the 22nd is not in the future there.
    expect(fieldErrors(() => validateRegistration({ ...valid, issuedDate: '2026-11-22' }, at('2026-11-22', '00:30'), noFiles))).toEqual({});
  });

  it('lets the book be left out (chosen by the độ mật), and checks it when given', () => {
    expect(validateRegistration({ ...valid, bookId: null }, at('2026-11-21'), noFiles).bookId).toBeNull();
    expect(fieldErrors(() => validateRegistration({ ...valid, bookId: 'sổ 1' }, at('2026-11-21'), noFiles))).toEqual({ bookId: 'INVALID_ID' });
  });

  it('asks for the file of an electronic document, not of a paper one', () => {
    expect(fieldErrors(() => validateRegistration({ ...valid, receiptForm: 'electronic' }, at('2026-11-21'), noFiles))).toEqual({ files: 'REQUIRED' });
    expect(fieldErrors(() => validateRegistration({ ...valid, receiptForm: 'electronic' }, at('2026-11-21'), { fileCount: 2 }))).toEqual({});
    expect(fieldErrors(() => validateRegistration({ ...valid, receiptForm: 'fax' as never }, at('2026-11-21'), noFiles))).toEqual({ receiptForm: 'REQUIRED' });
  });

  it('takes ngày đến as now when left out; an edited one is not in the future nor before the document’s date', () => {
    const now = at('2026-11-21', '10:00');
    expect(validateRegistration(valid, now, noFiles).arrivalAt).toBeNull();
    expect(validateRegistration({ ...valid, arrivalAt: at('2026-11-20', '16:45') }, now, noFiles).arrivalAt).toBe('2026-11-20T09:45:00.000Z');
    // The document's own day counts in Vietnam time: 00:30 on the 20th there is still the 19th in UTC.
    expect(validateRegistration({ ...valid, arrivalAt: at('2026-11-20', '00:30') }, now, noFiles).arrivalAt).toBe('2026-11-19T17:30:00.000Z');
    expect(fieldErrors(() => validateRegistration({ ...valid, arrivalAt: at('2026-11-19', '23:59') }, now, noFiles))).toEqual({ arrivalAt: 'BEFORE_ISSUED' });
    expect(fieldErrors(() => validateRegistration({ ...valid, arrivalAt: at('2026-11-21', '11:00') }, now, noFiles))).toEqual({ arrivalAt: 'IN_FUTURE' });
    // A browser clock a minute ahead is taken as now.
    expect(validateRegistration({ ...valid, arrivalAt: at('2026-11-21', '10:01') }, now, noFiles).arrivalAt).toBe(now.toISOString());
  });

  it('keeps the optional metadata in NFC, empty as null, and within Appendix VI’s lengths', () => {
    const out = validateRegistration(
      { ...valid, signerPosition: ' Phó  Chủ tịch '.normalize('NFD'), internalRecipients: 'Phòng TC-KH;\nPhòng NV ', notes: '   ' },
      at('2026-11-21'),
      noFiles,
    );
    expect(out).toMatchObject({ signerPosition: 'Phó Chủ tịch', internalRecipients: 'Phòng TC-KH;\nPhòng NV', notes: null });
    expect(
      fieldErrors(() =>
        validateRegistration({ ...valid, signerPosition: 'x'.repeat(101), internalRecipients: 'x'.repeat(1001), notes: 'x'.repeat(1001) }, at('2026-11-21'), noFiles),
      ),
    ).toEqual({ signerPosition: 'TOO_LONG', internalRecipients: 'TOO_LONG', notes: 'TOO_LONG' });
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
