import { inflateRawSync } from 'node:zlib';

/** What an attachment may be: judged by its bytes, never by the name or type the browser sent. */
export const FILE_KINDS = {
  pdf: { mimeType: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  docx: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], label: 'Word (DOCX)' },
  xlsx: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], label: 'Excel (XLSX)' },
  png: { mimeType: 'image/png', extensions: ['png'], label: 'PNG' },
  jpeg: { mimeType: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG' },
} as const;
export type FileKind = keyof typeof FILE_KINDS;

/** The main part an OOXML package declares in [Content_Types].xml (macro-enabled and template variants differ). */
const OOXML_MAIN: Record<'docx' | 'xlsx', string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
};

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04]; // PK\x03\x04

export function detectFileKind(bytes: Uint8Array): FileKind | null {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, JPEG)) return 'jpeg';
  if (startsWith(bytes, ZIP_LOCAL)) return detectOoxml(bytes);
  return null;
}

/** [Content_Types].xml is small; a package claiming more is not one we accept (and not worth inflating). */
const MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

function detectOoxml(bytes: Uint8Array): 'docx' | 'xlsx' | null {
  let entries: Map<string, ZipEntry>;
  try {
    entries = readCentralDirectory(bytes);
  } catch {
    return null;
  }
  const contentTypes = entries.get('[Content_Types].xml');
  if (!contentTypes) return null;
  const xml = readEntry(bytes, contentTypes);
  if (xml === null) return null;
  for (const kind of ['docx', 'xlsx'] as const) {
    const part = overridePartName(xml, OOXML_MAIN[kind]);
    // The declared main part must be in the package too: a renamed [Content_Types].xml alone is not a document.
    if (part && entries.has(part.replace(/^\//, ''))) return kind;
  }
  return null;
}

function overridePartName(xml: string, contentType: string): string | null {
  for (const tag of xml.match(/<Override\b[^>]*>/g) ?? []) {
    const type = /\bContentType\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    const part = /\bPartName\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    if (type === contentType && part) return part;
  }
  return null;
}

interface ZipEntry {
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

function readCentralDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes plus a comment of at most 65535, at the very end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('bad central directory entry');
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

function readEntry(bytes: Uint8Array, e: ZipEntry): string | null {
  try {
    if (e.uncompressedSize > MAX_CONTENT_TYPES_BYTES) return null;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(e.localOffset, true) !== 0x04034b50) return null;
    const start = e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
    const data = bytes.subarray(start, start + e.compressedSize);
    if (data.length !== e.compressedSize) return null;
    if (e.method === 0) return new TextDecoder().decode(data);
    if (e.method === 8) return new TextDecoder().decode(inflateRawSync(data, { maxOutputLength: MAX_CONTENT_TYPES_BYTES }));
    return null;
  } catch {
    return null;
  }
}
