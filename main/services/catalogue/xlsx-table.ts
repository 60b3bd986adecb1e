import ExcelJS from 'exceljs';
import { MAX_IMPORT_ROWS } from '../../../shared/catalogue-io/table-text';
import { cellText } from '../../../shared/codecs/framework-workbook-cells';
import { HostFailure } from '../../../shared/ipc/errors';
import { checkZipInflation, type ZipBudget } from '../files/zip-inflation';

/**
 * What a workbook may unpack to before ExcelJS loads it: 64 MB of XML, over twice the 28 MB of
 * the largest table an import takes (50,000 rows of ten columns), which ExcelJS already holds
 * in about 1 GB; far below what a few hundred kilobytes of repeated rows can unpack to.
 */
export const XLSX_BUDGET: ZipBudget = { maxInflatedBytes: 64 * 1024 * 1024, maxParts: 1_000 };

/**
 * The cells of an XLSX workbook's first worksheet as rows of text (formulas as their cached
 * result). Throws PARSE_ERROR naming `file` when it is not a workbook, TOO_LARGE when it
 * unpacks to more than XLSX_BUDGET or has more than MAX_IMPORT_ROWS rows. Runs in the read
 * worker (xlsx-rows-job.ts): loading even a legitimate large workbook takes seconds.
 */
export async function readXlsxRows(bytes: Buffer, file: string): Promise<string[][]> {
  await checkZipInflation(bytes, file, XLSX_BUDGET);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new HostFailure({
      code: 'PARSE_ERROR',
      message: `${file}: not an XLSX workbook (${error instanceof Error ? error.message : String(error)})`,
      file,
    });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  if (sheet.rowCount > MAX_IMPORT_ROWS) {
    throw new HostFailure({
      code: 'TOO_LARGE',
      message: `${file}: ${sheet.rowCount} rows; at most ${MAX_IMPORT_ROWS} can be imported`,
      file,
    });
  }
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

/** A workbook of one worksheet named `sheetName` holding `rows` as text, header row bold. */
export async function xlsxOfRows(sheetName: string, rows: readonly string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'eTOM Studio';
  const sheet = workbook.addWorksheet(sheetName);
  // Cells are written as strings: XLSX keeps text and formulas apart, so nothing is evaluated.
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
