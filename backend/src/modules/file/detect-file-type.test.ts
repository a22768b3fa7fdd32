import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { contentTypes, docx, DOCX_MAIN, jpeg, minimalPdf, png, xlsx, zip } from '../../../../test/fixtures/files.ts';
import { detectFileKind } from './detect-file-type.ts';

const text = (s: string) => new TextEncoder().encode(s);

describe('file type by content (magic bytes)', () => {
  it('recognises PDF, PNG and JPEG by their signatures', () => {
    expect(detectFileKind(minimalPdf())).toBe('pdf');
    expect(detectFileKind(png())).toBe('png');
    expect(detectFileKind(jpeg())).toBe('jpeg');
  });

  it('recognises Word and Excel packages by the main part [Content_Types].xml declares, deflated or stored', () => {
    expect(detectFileKind(docx())).toBe('docx');
    expect(detectFileKind(docx('x', { deflate: false }))).toBe('docx');
    expect(detectFileKind(xlsx())).toBe('xlsx');
    expect(detectFileKind(xlsx('x', { deflate: false }))).toBe('xlsx');
  });

  it('recognises a workbook written by another program (exceljs)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sổ').getCell('A1').value = 'Số đến';
    expect(detectFileKind(new Uint8Array(await wb.xlsx.writeBuffer()))).toBe('xlsx');
  });

  it('refuses a ZIP that is not a Word or Excel document, however it is named', () => {
    expect(detectFileKind(zip([{ name: 'readme.txt', data: 'hello' }]))).toBeNull();
    // Macro-enabled Word and PowerPoint declare other main parts.
    expect(detectFileKind(docx('x', { mainType: 'application/vnd.ms-word.document.macroEnabled.main+xml' }))).toBeNull();
    expect(detectFileKind(docx('x', { mainType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml' }))).toBeNull();
    // [Content_Types].xml alone, naming a main part the package does not have.
    expect(detectFileKind(zip([{ name: '[Content_Types].xml', data: contentTypes({ '/word/document.xml': DOCX_MAIN }) }]))).toBeNull();
  });

  it('refuses text, HTML, truncated or damaged packages and empty input', () => {
    expect(detectFileKind(text('<html><body>công văn</body></html>'))).toBeNull();
    expect(detectFileKind(text('PK\u0003\u0004 not really a zip'))).toBeNull();
    const whole = docx();
    expect(detectFileKind(whole.subarray(0, whole.length - 30))).toBeNull();
    const damaged = Buffer.from(whole);
    damaged.fill(0, 60, 120);
    expect(detectFileKind(damaged)).toBeNull();
    expect(detectFileKind(new Uint8Array())).toBeNull();
  });
});
