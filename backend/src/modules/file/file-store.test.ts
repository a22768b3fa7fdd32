import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { InputError } from '../../shared/errors.ts';
import { FileStore } from './file-store.ts';

const dir = await mkdtemp(join(tmpdir(), 'file-store-'));
const store = new FileStore(dir);
afterAll(() => rm(dir, { recursive: true, force: true }));
const bytes = (s: string) => new TextEncoder().encode(s);

it('stores a PDF under its sha256 once, whatever it is called', async () => {
  const a = await store.putPdf({ fileName: 'a.pdf', bytes: bytes('%PDF-1.7 x'), maxBytes: 100, field: 'file' });
  const b = await store.putPdf({ fileName: 'b/../b.pdf', bytes: bytes('%PDF-1.7 x'), maxBytes: 100, field: 'file' });
  expect(a.sha256).toBe(b.sha256);
  expect(b.fileName).toBe('b_.._b.pdf');
  expect((await readFile(store.pathOf(a.sha256))).toString()).toBe('%PDF-1.7 x');
});

it('judges the type by content and the size by the limit', async () => {
  const code = (p: Promise<unknown>) => p.then(() => 'stored', (e: InputError) => e.fieldErrors[0]!.code);
  expect(await code(store.putPdf({ fileName: 'x.pdf', bytes: bytes('<html>'), maxBytes: 100, field: 'file' }))).toBe('NOT_PDF');
  expect(await code(store.putPdf({ fileName: 'x.pdf', bytes: bytes('%PDF-' + 'x'.repeat(200)), maxBytes: 100, field: 'file' }))).toBe('FILE_TOO_LARGE');
  expect(await code(store.putPdf({ fileName: 'x.pdf', bytes: new Uint8Array(), maxBytes: 100, field: 'file' }))).toBe('EMPTY_FILE');
});
