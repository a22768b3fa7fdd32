import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CheckedUpload } from './check-uploads.ts';

export interface StoredFileRef {
  fileId: string;
  sha256: string;
  fileName: string;
  mimeType: string;
  size: number;
}

/** Content-addressed blobs under dataDir/files: the same bytes are stored once, and a retried write is harmless. */
export class FileStore {
  readonly root: string;
  constructor(dataDir: string) {
    this.root = join(dataDir, 'files');
  }

  pathOf(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  /** Stores a file that `checkUploads` accepted; the row that points at it is written later by an activity. */
  async put(file: CheckedUpload): Promise<StoredFileRef> {
    const { bytes } = file;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const target = this.pathOf(sha256);
    const exists = await stat(target).then(() => true, () => false);
    if (!exists) {
      await mkdir(dirname(target), { recursive: true });
      const tmp = `${target}.${randomUUID()}.tmp`;
      await writeFile(tmp, bytes);
      await rename(tmp, target);
    }
    return { fileId: randomUUID(), sha256, fileName: file.fileName, mimeType: file.mimeType, size: bytes.byteLength };
  }

  read(sha256: string): Promise<Buffer> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('invalid content address');
    return readFile(this.pathOf(sha256));
  }
}
