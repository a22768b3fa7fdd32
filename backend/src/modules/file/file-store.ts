import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InputError } from '../../shared/errors.ts';

export interface StoredFileRef {
  fileId: string;
  sha256: string;
  fileName: string;
  mimeType: string;
  size: number;
}

const PDF_MAGIC = Buffer.from('%PDF-');

/** Content-addressed blobs under dataDir/files: the same bytes are stored once, and a retried write is harmless. */
export class FileStore {
  readonly root: string;
  constructor(dataDir: string) {
    this.root = join(dataDir, 'files');
  }

  pathOf(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  /** Checks type by content (magic bytes), not by the name the browser sent. */
  async putPdf(opts: { fileName: string; bytes: Uint8Array; maxBytes: number; field: string }): Promise<StoredFileRef> {
    const { bytes, field } = opts;
    if (bytes.byteLength === 0) throw new InputError([{ field, code: 'EMPTY_FILE', message: 'Tệp đính kèm rỗng.' }]);
    if (bytes.byteLength > opts.maxBytes) {
      const mb = Math.round(opts.maxBytes / 1024 / 1024);
      throw new InputError([{ field, code: 'FILE_TOO_LARGE', message: `Tệp vượt quá dung lượng cho phép (${mb} MB).` }]);
    }
    if (!Buffer.from(bytes.subarray(0, PDF_MAGIC.length)).equals(PDF_MAGIC)) {
      throw new InputError([{ field, code: 'NOT_PDF', message: 'Tệp phải là văn bản PDF.' }]);
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const target = this.pathOf(sha256);
    const exists = await stat(target).then(() => true, () => false);
    if (!exists) {
      await mkdir(dirname(target), { recursive: true });
      const tmp = `${target}.${randomUUID()}.tmp`;
      await writeFile(tmp, bytes);
      await rename(tmp, target);
    }
    const fileName = opts.fileName.normalize('NFC').replace(/[/\\]/g, '_').slice(0, 200) || 'van-ban.pdf';
    return { fileId: randomUUID(), sha256, fileName, mimeType: 'application/pdf', size: bytes.byteLength };
  }

  read(sha256: string): Promise<Buffer> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('invalid content address');
    return readFile(this.pathOf(sha256));
  }
}
