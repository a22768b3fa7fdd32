import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { RegisterCover } from './register-cover.ts';
import { asciiSlug, viDate } from './register-format.ts';

/** One column of a printed register: its legal header, its width in characters, and how a row fills it. */
export interface RegisterColumn<R> {
  header: string;
  width: number;
  kind: 'text' | 'number' | 'date';
  /** Text columns are left-aligned, short values (numbers, dates, empty signature boxes) centred. */
  center?: boolean;
  /** Numbers as numbers, dates as yyyy-MM-dd, text as text; null leaves the box empty. */
  value(row: R): string | number | null;
}

const FONT = 'Times New Roman';
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const DATE_FORMAT = 'dd/mm/yyyy';

/** A4 landscape, fitted to the width of the page, as a register is printed and bound (Decree 30 art. 22.3b). */
const pageSetup = (titleRows?: string): Partial<ExcelJS.PageSetup> => ({
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  ...(titleRows ? { printTitlesRow: titleRows } : {}),
});

/** Excel stores a calendar date as a day count; a UTC midnight converts to exactly that day in every time zone. */
export const excelDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** Excel's header/footer codes use "&" as escape. */
const hf = (s: string) => s.replaceAll('&', '&&');

export function coverLines(cover: RegisterCover): string[] {
  return [
    cover.agencyName.toLocaleUpperCase('vi'),
    cover.title,
    `Năm: ${cover.year}`,
    `Từ ngày ${viDate(cover.from)} đến ngày ${viDate(cover.to)}`,
    `Từ số ${cover.fromNumber ?? '…'} đến số ${cover.toNumber ?? '…'}`,
    `Quyển số: ${cover.bookCode}`,
  ];
}

/** so-den-VBD-2026-01-01_2026-12-31.xlsx */
export function registerFileName(prefix: string, cover: RegisterCover): string {
  return `${prefix}-${asciiSlug(cover.bookCode) || 'so'}-${cover.from}_${cover.to}.xlsx`;
}

/**
 * Writes the register as .xlsx into the stream, row by row (exceljs' streaming writer: memory stays flat
 * for a year of documents): a cover sheet, then the register with its numbered legal header repeated on
 * every printed page, frozen on screen, Times New Roman, borders, wrapped text.
 */
export async function writeRegisterWorkbook<R>(opts: {
  stream: Writable;
  cover: RegisterCover;
  sheetName: string;
  columns: RegisterColumn<R>[];
  rows: Iterable<R>;
}): Promise<void> {
  const { cover, columns } = opts;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: opts.stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'e-office';
  wb.title = `${cover.title} – Quyển số ${cover.bookCode} – Năm ${cover.year}`;

  const coverSheet = wb.addWorksheet('Bìa', { pageSetup: pageSetup(), views: [{ showGridLines: false }] });
  coverSheet.columns = [{ width: 120 }];
  const [agency, title, ...details] = coverLines(cover);
  const line = (rowNo: number, text: ExcelJS.CellValue, font: Partial<ExcelJS.Font>, height: number) => {
    const row = coverSheet.getRow(rowNo);
    row.height = height;
    const cell = row.getCell(1);
    cell.value = text;
    cell.font = { name: FONT, ...font };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    row.commit();
  };
  // Tên cơ quan chủ quản above the agency's name, in capitals but not bold (Decree 30 App. I §II.2).
  const governing = cover.governingBody?.toLocaleUpperCase('vi');
  const heading: ExcelJS.CellValue = governing
    ? { richText: [{ text: `${governing}\n`, font: { name: FONT, size: 14 } }, { text: agency!, font: { name: FONT, size: 14, bold: true } }] }
    : agency!;
  line(1, heading, { size: 14, bold: true }, governing ? 52 : 30);
  line(3, title!, { size: 24, bold: true }, 60);
  details.forEach((text, i) => line(5 + i, text, { size: 14, bold: i === details.length - 1 }, 26));
  coverSheet.commit();

  const sheet = wb.addWorksheet(opts.sheetName, {
    pageSetup: pageSetup('1:2'),
    headerFooter: {
      oddHeader: `&C&"${FONT},Bold"&11${hf(`${cover.title} – Quyển số ${cover.bookCode} – Năm ${cover.year}`)}`,
      oddFooter: `&L&"${FONT},Italic"&9${hf(cover.agencyName)}&R&"${FONT},Regular"&10Trang &P/&N`,
    },
    views: [{ state: 'frozen', xSplit: 0, ySplit: 2, topLeftCell: 'A3', activeCell: 'A3' }],
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));

  const headerStyle = (cell: ExcelJS.Cell, size: number, bold: boolean) => {
    cell.font = { name: FONT, size, bold };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  };
  const head = sheet.getRow(1);
  columns.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = c.header;
    headerStyle(cell, 12, true);
  });
  head.commit();
  const numbers = sheet.getRow(2);
  columns.forEach((_, i) => {
    const cell = numbers.getCell(i + 1);
    cell.value = `(${i + 1})`;
    headerStyle(cell, 11, false);
  });
  numbers.commit();

  // One style object per column, shared by its cells: exceljs caches a style's id by object identity, so
  // 10,000 rows cost a lookup per cell instead of serialising fonts and borders 100,000 times.
  const font = { name: FONT, size: 12 };
  const styles: Partial<ExcelJS.Style>[] = columns.map((c) => ({
    font,
    alignment: { horizontal: c.center ? 'center' : 'left', vertical: 'top', wrapText: true },
    border: BORDER,
    ...(c.kind === 'date' ? { numFmt: DATE_FORMAT } : {}),
  }));
  let r = 3;
  for (const item of opts.rows) {
    const row = sheet.getRow(r++);
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const v = c.value(item);
      cell.value = v === null || v === '' ? null : c.kind === 'date' ? excelDate(String(v)) : v;
      cell.style = styles[i]!;
    });
    row.commit();
  }
  sheet.commit();
  await wb.commit();
}
