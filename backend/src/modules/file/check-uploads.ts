import { InputError, type FieldError } from '../../shared/errors.ts';
import { detectFileKind, FILE_KINDS } from './detect-file-type.ts';

/** A file as it came in a request; `field` names it in error messages (`files.2`). */
export interface Upload {
  field: string;
  fileName: string;
  bytes: Uint8Array;
}

export interface CheckedUpload extends Upload {
  mimeType: string;
}

export interface UploadLimits {
  maxBytes: number;
  maxFiles: number;
  /** Files the document already has: the limit counts them too. */
  existing?: number;
}

const ACCEPTED = Object.values(FILE_KINDS)
  .map((k) => k.label)
  .join(', ');

/** A safe display name, with the extension that matches the content (a PDF sent as "scan" is kept as "scan.pdf"). */
export function cleanFileName(raw: string, extensions: readonly string[]): string {
  const name =
    Array.from(raw.normalize('NFC'), (c) => (c === '/' || c === '\\' || c.charCodeAt(0) < 32 ? '_' : c))
      .join('')
      .trim()
      .slice(0, 200) || 'tep-dinh-kem';
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext && extensions.includes(ext) ? name : `${name}.${extensions[0]}`;
}

/** Checks every file (size, type by content) and the count, and reports all problems at once; nothing is stored here. */
export function checkUploads(uploads: readonly Upload[], limits: UploadLimits): CheckedUpload[] {
  const errors: FieldError[] = [];
  const total = uploads.length + (limits.existing ?? 0);
  if (total > limits.maxFiles) {
    errors.push({ field: 'files', code: 'TOO_MANY_FILES', message: `Mỗi văn bản có tối đa ${limits.maxFiles} tệp đính kèm.` });
  }
  const mb = Math.round(limits.maxBytes / 1024 / 1024);
  const checked: CheckedUpload[] = [];
  for (const u of uploads) {
    const named = `Tệp “${u.fileName}”`;
    if (u.bytes.byteLength === 0) {
      errors.push({ field: u.field, code: 'EMPTY_FILE', message: `${named} rỗng.` });
      continue;
    }
    if (u.bytes.byteLength > limits.maxBytes) {
      errors.push({ field: u.field, code: 'FILE_TOO_LARGE', message: `${named} vượt quá dung lượng cho phép (${mb} MB).` });
      continue;
    }
    const kind = detectFileKind(u.bytes);
    if (!kind) {
      errors.push({ field: u.field, code: 'UNSUPPORTED_FILE_TYPE', message: `${named} không phải là ${ACCEPTED} (kiểm tra theo nội dung tệp).` });
      continue;
    }
    const k = FILE_KINDS[kind];
    checked.push({ ...u, fileName: cleanFileName(u.fileName, k.extensions), mimeType: k.mimeType });
  }
  if (errors.length) throw new InputError(errors);
  return checked;
}
