import type { Confidentiality, RegisterIncomingDocumentInput, Urgency } from '@/gql/graphql';

export const MAX_FILE_MB = 20;
export const MAX_PAGES = 9999;
/** Lengths the server accepts (after trimming). */
export const MAX_LENGTH = { numberNotation: 50, issuer: 200, subject: 500, signer: 100 } as const;
const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;

/** What the văn thư types; kept as a draft in localStorage (the file is not: it cannot be serialised). */
export interface RegisterFormState {
  bookId: string;
  documentTypeCode: string;
  numberNotation: string;
  issuer: string;
  issuedDate: string;
  subject: string;
  urgency: Urgency;
  confidentiality: Confidentiality;
  signer: string;
  pageCount: number | null;
  dueDate: string | null;
}

/** Input field names the form can show a server message under (the server's `FieldError.field`). */
export const REGISTER_FIELDS = [
  'bookId',
  'documentTypeCode',
  'numberNotation',
  'issuer',
  'issuedDate',
  'subject',
  'urgency',
  'confidentiality',
  'signer',
  'pageCount',
  'dueDate',
  'file',
] as const;

export type RegisterField = (typeof REGISTER_FIELDS)[number];

export function isRegisterField(field: string): field is RegisterField {
  return (REGISTER_FIELDS as readonly string[]).includes(field.replace(/^input\./, ''));
}

/** Servers may prefix input fields with the argument name; the form knows them by their bare name. */
export function bareField(field: string): string {
  return field.replace(/^input\./, '');
}

export function emptyRegisterForm(): RegisterFormState {
  return {
    bookId: '',
    documentTypeCode: '',
    numberNotation: '',
    issuer: '',
    issuedDate: '',
    subject: '',
    urgency: 'NORMAL',
    confidentiality: 'NORMAL',
    signer: '',
    pageCount: 1,
    dueDate: null,
  };
}

/** Vietnamese text is stored in NFC; typed or pasted text may arrive decomposed. */
function clean(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}

export function toRegisterInput(state: RegisterFormState): RegisterIncomingDocumentInput {
  return {
    bookId: state.bookId,
    documentTypeCode: state.documentTypeCode,
    numberNotation: clean(state.numberNotation),
    issuer: clean(state.issuer),
    issuedDate: state.issuedDate,
    subject: state.subject.normalize('NFC').trim(),
    urgency: state.urgency,
    confidentiality: state.confidentiality,
    signer: clean(state.signer),
    pageCount: state.pageCount ?? 0,
    dueDate: state.dueDate || null,
  };
}

export type FileProblem = 'fileNotPdf' | 'fileTooLarge';

/** Mirrors the server's checks so the văn thư learns before a 20 MB upload. */
export function checkPdf(file: { name: string; type?: string; size?: number }): FileProblem | null {
  const looksPdf = file.type === 'application/pdf' || (!file.type && /\.pdf$/i.test(file.name));
  if (!looksPdf || !/\.pdf$/i.test(file.name)) return 'fileNotPdf';
  if ((file.size ?? 0) > MAX_FILE_BYTES) return 'fileTooLarge';
  return null;
}

export function isValidPageCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_PAGES;
}
