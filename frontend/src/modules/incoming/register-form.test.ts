import { describe, expect, it } from 'vitest';
import {
  bareField,
  bookFor,
  checkFile,
  duplicateKey,
  emptyRegisterForm,
  filesProblem,
  isRegisterField,
  isValidPageCount,
  preselectBook,
  formFromReceived,
  toRegisterInput,
} from './register-form';

describe('register form', () => {
  it('builds the input with NFC text, trimmed, and no empty optional field', () => {
    const input = toRegisterInput({
      ...emptyRegisterForm(),
      bookId: 'b1',
      documentTypeCode: 'QĐ',
      numberNotation: '  15/QĐ-UBND ',
      issuer: 'U\u0309y ban  nhân dân', // "Ủy" typed with a combining hook
      issuedDate: '2026-01-05',
      subject: ' Về việc A\n dòng 2 ',
      signer: 'Nguyễn Văn A',
      signerPosition: '  ',
      pageCount: 3,
      dueDate: '',
      internalRecipients: ' Phòng TC-KH\nPhòng NV ',
    });
    expect(input.numberNotation).toBe('15/QĐ-UBND');
    expect(input.issuer).toBe('Ủy ban nhân dân');
    expect(input.issuer).toBe(input.issuer.normalize('NFC'));
    expect(input.subject).toBe('Về việc A\n dòng 2');
    expect(input).toMatchObject({ dueDate: null, signerPosition: null, notes: null, arrivalAt: null, receiptForm: 'ELECTRONIC', confirmDuplicate: false });
    expect(input.internalRecipients).toBe('Phòng TC-KH\nPhòng NV');
    expect(input.pageCount).toBe(3);
    expect(toRegisterInput({ ...emptyRegisterForm() }, true)).toMatchObject({ bookId: null, confirmDuplicate: true, submit: true });
    expect(toRegisterInput({ ...emptyRegisterForm() }, false, false)).toMatchObject({ submit: false });
  });

  it('starts from a received document: its metadata, electronic, ngày đến the receipt, the book left to the rule', () => {
    const form = formFromReceived({
      documentType: { code: 'QĐ' },
      numberNotation: '15/QĐ-UBND',
      issuer: 'Ủy ban nhân dân tỉnh',
      issuedDate: '2026-03-02',
      subject: 'Về việc A',
      urgency: 'URGENT',
      confidentiality: 'NORMAL',
      signer: 'Nguyễn Văn A',
      signerPosition: null,
      pageCount: 4,
      arrivalAt: '2026-03-02T03:00:00.000Z',
    });
    expect(form).toMatchObject({
      bookId: '',
      documentTypeCode: 'QĐ',
      numberNotation: '15/QĐ-UBND',
      urgency: 'URGENT',
      signerPosition: '',
      pageCount: 4,
      receiptForm: 'ELECTRONIC',
      arrivalAt: '2026-03-02T03:00:00.000Z',
      dueDate: null,
    });
  });

  it('accepts PDF, Word, Excel and images up to 20 MB', () => {
    for (const name of ['cv.pdf', 'CV.PDF', 'du-thao.docx', 'so-lieu.xlsx', 'scan.png', 'anh.JPG', 'anh.jpeg']) {
      expect(checkFile({ name, size: 1000 }), name).toBeNull();
    }
    for (const name of ['cv.doc', 'cv.xls', 'cv', 'macro.docm', 'x.zip']) expect(checkFile({ name, size: 1000 }), name).toBe('fileUnsupported');
    expect(checkFile({ name: 'big.pdf', size: 20 * 1024 * 1024 + 1 })).toBe('fileTooLarge');
    expect(checkFile({ name: 'edge.pdf', size: 20 * 1024 * 1024 })).toBeNull();
  });

  it('names the first bad file, and counts the files the document already has', () => {
    expect(filesProblem([{ name: 'a.pdf', size: 1 }, { name: 'b.exe', size: 1 }])).toEqual({ key: 'fileUnsupported', name: 'b.exe' });
    expect(filesProblem(Array.from({ length: 3 }, (_, i) => ({ name: `${i}.png`, size: 1 })), 18)).toEqual({ key: 'tooManyFiles', name: null });
    expect(filesProblem([{ name: 'a.pdf', size: 1 }], 19)).toBeNull();
  });

  it('requires a whole page count from 1 to 9999', () => {
    expect(isValidPageCount(1)).toBe(true);
    expect(isValidPageCount(0)).toBe(false);
    expect(isValidPageCount(1.5)).toBe(false);
    expect(isValidPageCount(null)).toBe(false);
    expect(isValidPageCount(9999)).toBe(true);
    expect(isValidPageCount(10000)).toBe(false);
  });

  it('knows its fields, with or without the argument prefix; each file’s errors go under the files', () => {
    expect(isRegisterField('numberNotation')).toBe(true);
    expect(isRegisterField('input.numberNotation')).toBe(true);
    expect(isRegisterField('files.3')).toBe(true);
    expect(isRegisterField('other')).toBe(false);
    expect(bareField('input.subject')).toBe('subject');
    expect(bareField('files.12')).toBe('files');
    expect(bareField('issuerAgencyId')).toBe('issuer');
  });

  it('waits for issuer, number and date before checking for duplicates', () => {
    const form = { issuer: ' Sở Tài chính ', issuerAgencyId: null, numberNotation: '12/STC', issuedDate: '' };
    expect(duplicateKey(form)).toBeNull();
    expect(duplicateKey({ ...form, issuedDate: '2026-01-05' })).toEqual({ issuer: 'Sở Tài chính', issuerAgencyId: null, numberNotation: '12/STC', issuedDate: '2026-01-05' });
  });
});

describe('choosing the book by độ mật', () => {
  const vbd = { id: 'vbd', code: 'VBD', confidential: false };
  const mat = { id: 'mat', code: 'MAT', confidential: true };
  const council = { id: 'hd', code: 'HD', confidential: false, advisoryBody: 'Hội đồng' };
  const books = [council, mat, vbd];

  it('picks the confidential book for mật and above, the main book otherwise, never an advisory body’s', () => {
    expect(bookFor(books, 'NORMAL')).toBe('vbd');
    expect(bookFor(books, 'SECRET')).toBe('mat');
    expect(bookFor(books, 'TOP_SECRET')).toBe('mat');
    expect(bookFor([vbd], 'ABSOLUTE_SECRET')).toBe('vbd');
    expect(bookFor([council, mat], 'NORMAL')).toBeNull();
  });

  it('keeps the văn thư’s choice while it suits, and moves it when the độ mật changes', () => {
    expect(preselectBook('hd', books, 'NORMAL')).toBe('hd');
    expect(preselectBook('hd', books, 'SECRET')).toBe('mat');
    expect(preselectBook('mat', books, 'NORMAL')).toBe('vbd');
    expect(preselectBook('', books, 'NORMAL')).toBe('vbd');
    expect(preselectBook('gone', books, 'SECRET')).toBe('mat');
  });
});
