import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docx, jpeg, minimalPdf, png, xlsx } from '../../../../test/fixtures/files.ts';
import { InputError } from '../../shared/errors.ts';
import { checkUploads, cleanFileName, type Upload } from './check-uploads.ts';
import { FileStore } from './file-store.ts';

const dir = await mkdtemp(join(tmpdir(), 'file-store-'));
const store = new FileStore(dir);
afterAll(() => rm(dir, { recursive: true, force: true }));
const limits = { maxBytes: 10_000, maxFiles: 3 };
const up = (fileName: string, bytes: Uint8Array, field = 'files.0'): Upload => ({ field, fileName, bytes });

const problems = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    if (e instanceof InputError) return e.fieldErrors.map((f) => `${f.field}:${f.code}`);
    throw e;
  }
  return [];
};

describe('checking uploads', () => {
  it('takes the type from the content and names the file after it', () => {
    const [a, b, c] = checkUploads([up('a.pdf', minimalPdf()), up('Báo cáo', docx(), 'files.1'), up('scan.jpeg', jpeg(), 'files.2')], limits);
    expect(a).toMatchObject({ fileName: 'a.pdf', mimeType: 'application/pdf' });
    expect(b).toMatchObject({ fileName: 'Báo cáo.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    expect(c).toMatchObject({ fileName: 'scan.jpeg', mimeType: 'image/jpeg' });
  });

  it('reports every bad file and the count at once', () => {
    const fake = new TextEncoder().encode('PK\u0003\u0004 renamed text');
    expect(
      problems(() =>
        checkUploads(
          [up('x.docx', fake, 'files.0'), up('big.pdf', new Uint8Array(10_001).fill(37), 'files.1'), up('e.png', new Uint8Array(), 'files.2'), up('ok.xlsx', xlsx(), 'files.3')],
          limits,
        ),
      ),
    ).toEqual(['files:TOO_MANY_FILES', 'files.0:UNSUPPORTED_FILE_TYPE', 'files.1:FILE_TOO_LARGE', 'files.2:EMPTY_FILE']);
  });

  it('counts the files a document already has', () => {
    expect(problems(() => checkUploads([up('a.png', png(8, 8))], { ...limits, existing: 3 }))).toEqual(['files:TOO_MANY_FILES']);
  });

  it('keeps names safe: no path separators or control characters, NFC', () => {
    expect(cleanFileName('b/../b\u0007.pdf', ['pdf'])).toBe('b_.._b_.pdf');
    expect(cleanFileName('Ủy ban.PDF'.normalize('NFD'), ['pdf'])).toBe('Ủy ban.PDF');
    expect(cleanFileName('', ['pdf'])).toBe('tep-dinh-kem.pdf');
  });
});

describe('the content-addressed store', () => {
  it('stores the same bytes once, under their sha256, whatever they are called', async () => {
    const [a, b] = checkUploads([up('a.pdf', minimalPdf()), up('b.pdf', minimalPdf(), 'files.1')], limits);
    const ra = await store.put(a!);
    const rb = await store.put(b!);
    expect(ra.sha256).toBe(rb.sha256);
    expect(ra.fileId).not.toBe(rb.fileId);
    expect((await readFile(store.pathOf(ra.sha256))).equals(minimalPdf())).toBe(true);
    expect((await store.read(ra.sha256)).length).toBe(ra.size);
  });
});
