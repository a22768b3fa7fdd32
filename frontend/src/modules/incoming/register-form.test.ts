import { describe, expect, it } from 'vitest';
import { bareField, checkPdf, emptyRegisterForm, isRegisterField, isValidPageCount, toRegisterInput } from './register-form';

describe('register form', () => {
  it('builds the input with NFC text, trimmed, and no empty due date', () => {
    const input = toRegisterInput({
      ...emptyRegisterForm(),
      bookId: 'b1',
      documentTypeCode: 'QĐ',
      numberNotation: '  15/QĐ-UBND ',
      issuer: 'U\u0309y ban  nhân dân', // "Ủy" typed with a combining hook
      issuedDate: '2026-01-05',
      subject: ' Về việc A\n dòng 2 ',
      signer: 'Nguyễn Văn A',
      pageCount: 3,
      dueDate: '',
    });
    expect(input.numberNotation).toBe('15/QĐ-UBND');
    expect(input.issuer).toBe('Ủy ban nhân dân');
    expect(input.issuer).toBe(input.issuer.normalize('NFC'));
    expect(input.subject).toBe('Về việc A\n dòng 2');
    expect(input.dueDate).toBeNull();
    expect(input.pageCount).toBe(3);
  });

  it('accepts one PDF up to 20 MB', () => {
    expect(checkPdf({ name: 'cv.pdf', type: 'application/pdf', size: 1000 })).toBeNull();
    expect(checkPdf({ name: 'CV.PDF', type: '', size: 1000 })).toBeNull();
    expect(checkPdf({ name: 'cv.docx', type: 'application/msword', size: 1000 })).toBe('fileNotPdf');
    expect(checkPdf({ name: 'cv.pdf', type: 'image/png', size: 1000 })).toBe('fileNotPdf');
    expect(checkPdf({ name: 'big.pdf', type: 'application/pdf', size: 20 * 1024 * 1024 + 1 })).toBe('fileTooLarge');
    expect(checkPdf({ name: 'edge.pdf', type: 'application/pdf', size: 20 * 1024 * 1024 })).toBeNull();
  });

  it('requires a whole page count from 1 to 9999', () => {
    expect(isValidPageCount(1)).toBe(true);
    expect(isValidPageCount(0)).toBe(false);
    expect(isValidPageCount(1.5)).toBe(false);
    expect(isValidPageCount(null)).toBe(false);
    expect(isValidPageCount(9999)).toBe(true);
    expect(isValidPageCount(10000)).toBe(false);
  });

  it('knows its fields, with or without the argument prefix', () => {
    expect(isRegisterField('numberNotation')).toBe(true);
    expect(isRegisterField('input.numberNotation')).toBe(true);
    expect(isRegisterField('file')).toBe(true);
    expect(isRegisterField('other')).toBe(false);
    expect(bareField('input.subject')).toBe('subject');
  });
});
