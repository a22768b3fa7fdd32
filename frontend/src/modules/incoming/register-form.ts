import type { Confidentiality, ReceiptForm, RegisterIncomingDocumentInput, Urgency } from '@/gql/graphql';

export const MAX_FILE_MB = 20;
export const MAX_FILES = 20;
export const MAX_PAGES = 9999;
/** Lengths the server accepts (after trimming). */
export const MAX_LENGTH = {
  numberNotation: 50,
  issuer: 200,
  subject: 500,
  signer: 100,
  signerPosition: 100,
  internalRecipients: 1000,
  notes: 1000,
} as const;
const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;

/** What the server accepts; it judges by content, the form by name so that the văn thư learns before uploading. */
export const FILE_EXTENSIONS = ['pdf', 'docx', 'xlsx', 'png', 'jpg', 'jpeg'] as const;
export const FILE_ACCEPT = FILE_EXTENSIONS.map((e) => `.${e}`).join(',');

/** What the văn thư types; kept as a draft in localStorage (the files are not: they cannot be serialised). */
export interface RegisterFormState {
  bookId: string;
  documentTypeCode: string;
  numberNotation: string;
  issuer: string;
  /** Set when the issuer was picked from the directory; typing another name clears it. */
  issuerAgencyId: string | null;
  issuerAgencyCode: string | null;
  issuedDate: string;
  subject: string;
  urgency: Urgency;
  confidentiality: Confidentiality;
  signer: string;
  signerPosition: string;
  pageCount: number | null;
  dueDate: string | null;
  receiptForm: ReceiptForm;
  /** Ngày đến as an ISO instant; null: the moment of vào sổ. */
  arrivalAt: string | null;
  internalRecipients: string;
  notes: string;
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
  'signerPosition',
  'pageCount',
  'dueDate',
  'receiptForm',
  'arrivalAt',
  'internalRecipients',
  'notes',
  'files',
] as const;

export type RegisterField = (typeof REGISTER_FIELDS)[number];

/** Servers may prefix input fields with the argument name; each file's errors (`files.2`) belong under the files field. */
export function bareField(field: string): string {
  return field
    .replace(/^input\./, '')
    .replace(/^files\.\d+$/, 'files')
    .replace(/^file$/, 'files')
    .replace(/^issuerAgencyId$/, 'issuer');
}

export function isRegisterField(field: string): field is RegisterField {
  return (REGISTER_FIELDS as readonly string[]).includes(bareField(field));
}

export function emptyRegisterForm(): RegisterFormState {
  return {
    bookId: '',
    documentTypeCode: '',
    numberNotation: '',
    issuer: '',
    issuerAgencyId: null,
    issuerAgencyCode: null,
    issuedDate: '',
    subject: '',
    urgency: 'NORMAL',
    confidentiality: 'NORMAL',
    signer: '',
    signerPosition: '',
    pageCount: 1,
    dueDate: null,
    receiptForm: 'ELECTRONIC',
    arrivalAt: null,
    internalRecipients: '',
    notes: '',
  };
}

/** Vietnamese text is stored in NFC; typed or pasted text may arrive decomposed. */
function clean(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}

function cleanLines(text: string): string {
  return text.normalize('NFC').trim();
}

/** What a document received electronically brings: the form starts from it, and the văn thư confirms or corrects it. */
export interface ReceivedMetadata {
  documentType: { code: string };
  numberNotation: string;
  issuer: string;
  issuedDate: string;
  subject: string;
  urgency: Urgency;
  confidentiality: Confidentiality;
  signer: string;
  signerPosition?: string | null;
  pageCount: number;
  dueDate?: string | null;
  arrivalAt: string;
}

/** The register form prefilled from a received document; its ngày đến is the receipt, the book is chosen as usual. */
export function formFromReceived(doc: ReceivedMetadata): RegisterFormState {
  return {
    ...emptyRegisterForm(),
    documentTypeCode: doc.documentType.code,
    numberNotation: doc.numberNotation,
    issuer: doc.issuer,
    issuedDate: doc.issuedDate,
    subject: doc.subject,
    urgency: doc.urgency,
    confidentiality: doc.confidentiality,
    signer: doc.signer,
    signerPosition: doc.signerPosition ?? '',
    pageCount: doc.pageCount,
    dueDate: doc.dueDate ?? null,
    receiptForm: 'ELECTRONIC',
    arrivalAt: doc.arrivalAt,
  };
}

/** `submit`: vào sổ và trình (the default) or vào sổ only (the document then waits in chờ trình). */
export function toRegisterInput(state: RegisterFormState, confirmDuplicate = false, submit = true): RegisterIncomingDocumentInput {
  return {
    bookId: state.bookId || null,
    documentTypeCode: state.documentTypeCode,
    numberNotation: clean(state.numberNotation),
    issuer: clean(state.issuer),
    issuerAgencyId: state.issuerAgencyId,
    issuedDate: state.issuedDate,
    subject: cleanLines(state.subject),
    urgency: state.urgency,
    confidentiality: state.confidentiality,
    signer: clean(state.signer),
    signerPosition: clean(state.signerPosition) || null,
    pageCount: state.pageCount ?? 0,
    dueDate: state.dueDate || null,
    receiptForm: state.receiptForm,
    arrivalAt: state.arrivalAt || null,
    internalRecipients: cleanLines(state.internalRecipients) || null,
    notes: cleanLines(state.notes) || null,
    confirmDuplicate,
    submit,
  };
}

export type FileProblem = 'fileUnsupported' | 'fileTooLarge';

/** Mirrors the server's checks so the văn thư learns before a 20 MB upload (the server still reads the content). */
export function checkFile(file: { name: string; size?: number }): FileProblem | null {
  const ext = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (!(FILE_EXTENSIONS as readonly string[]).includes(ext)) return 'fileUnsupported';
  if ((file.size ?? 0) > MAX_FILE_BYTES) return 'fileTooLarge';
  return null;
}

export function isValidPageCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_PAGES;
}

export interface BookOption {
  id: string;
  code: string;
  confidential: boolean;
  advisoryBody?: string | null;
}

/**
 * Whether a book may take a document of this độ mật, as the server decides: a mật document goes to the
 * confidential book when there is one; an ordinary document never does.
 */
export function bookSuits(book: BookOption, confidentiality: Confidentiality, books: readonly BookOption[]): boolean {
  const secret = confidentiality !== 'NORMAL';
  if (!secret) return !book.confidential;
  return book.confidential || !books.some((b) => b.confidential);
}

/** The book the rule picks for this độ mật among the open books (never an advisory body's), or null. */
export function bookFor(books: readonly BookOption[], confidentiality: Confidentiality): string | null {
  const candidates = books.filter((b) => !b.advisoryBody && bookSuits(b, confidentiality, books)).sort((a, b) => a.code.localeCompare(b.code));
  return candidates[0]?.id ?? null;
}

/** The văn thư's choice stays while it suits the độ mật; otherwise the rule chooses. */
export function preselectBook(current: string, books: readonly BookOption[], confidentiality: Confidentiality): string {
  const chosen = books.find((b) => b.id === current);
  if (chosen && bookSuits(chosen, confidentiality, books)) return current;
  return bookFor(books, confidentiality) ?? '';
}

/** The three fields that identify a document for the duplicate check, once all are filled. */
export function duplicateKey(state: Pick<RegisterFormState, 'issuer' | 'issuerAgencyId' | 'numberNotation' | 'issuedDate'>) {
  const issuer = clean(state.issuer);
  const numberNotation = clean(state.numberNotation);
  if (!issuer || !numberNotation || !/^\d{4}-\d{2}-\d{2}$/.test(state.issuedDate)) return null;
  return { issuer, issuerAgencyId: state.issuerAgencyId, numberNotation, issuedDate: state.issuedDate };
}

export type FilesProblem = { key: FileProblem; name: string } | { key: 'tooManyFiles'; name: null };

/** The first problem of a list of chosen files, for the message under the field. */
export function filesProblem(files: readonly { name: string; size?: number }[], existing = 0): FilesProblem | null {
  if (files.length + existing > MAX_FILES) return { key: 'tooManyFiles', name: null };
  for (const f of files) {
    const key = checkFile(f);
    if (key) return { key, name: f.name };
  }
  return null;
}
