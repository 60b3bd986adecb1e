import type ExcelJS from 'exceljs';
import { cellText, headerKey } from './framework-workbook-cells';

/** Where the GB921 workbook keeps its processes and how its header names the columns. */

/** The sheet GB921 v25.5 keeps its processes in. */
export const WORKBOOK_SHEET = 'eTOM25,5';
/** Sheets of other releases follow the same pattern (`eTOM<major>,<minor>`). */
const SHEET_PATTERN = /^eTOM(\d+),(\d+)$/;

/** The columns the import needs, as the workbook's header row spells them. */
export const WORKBOOK_COLUMNS = {
  name: 'Process',
  id: 'Process identifier',
  level: 'Level',
  extended: 'Extended Description',
  brief: 'Brief description',
  domain: 'Domain',
  verticalGroup: 'Vertical Group',
} as const;
/** Columns read when present. */
export const OPTIONAL_WORKBOOK_COLUMNS = {
  original: 'Original Process Identifier',
  uid: 'UID',
  issue: 'Issue',
} as const;

/** How many header rows down the header may sit (a title row above it is tolerated). */
const HEADER_SEARCH_ROWS = 10;
/** Rows beyond this are refused rather than read without bound. */
export const MAX_WORKBOOK_ROWS = 100_000;

/** A workbook whose layout is not GB921's: names the file, the sheet and what is missing. */
export class WorkbookLayoutError extends Error {
  readonly file: string;
  readonly sheet: string | undefined;
  readonly column: string | undefined;
  constructor(file: string, message: string, sheet?: string, column?: string) {
    super(`${file}${sheet === undefined ? '' : `, sheet "${sheet}"`}: ${message}`);
    this.name = 'WorkbookLayoutError';
    this.file = file;
    this.sheet = sheet;
    this.column = column;
  }
}

export type WorkbookColumn = keyof typeof WORKBOOK_COLUMNS | keyof typeof OPTIONAL_WORKBOOK_COLUMNS;

/** The process sheet: `eTOM25,5`, or another release's `eTOM<major>,<minor>`. */
export function findSheet(
  workbook: ExcelJS.Workbook,
  file: string,
): { sheet: ExcelJS.Worksheet; release: string } {
  const exact = workbook.getWorksheet(WORKBOOK_SHEET);
  const sheet =
    exact ?? workbook.worksheets.find((candidate) => SHEET_PATTERN.test(candidate.name));
  if (sheet === undefined) {
    const names = workbook.worksheets.map((candidate) => `"${candidate.name}"`).join(', ');
    throw new WorkbookLayoutError(
      file,
      `no sheet "${WORKBOOK_SHEET}" (the GB921 process list); the workbook has ${names || 'no sheets'}`,
    );
  }
  const match = SHEET_PATTERN.exec(sheet.name);
  return { sheet, release: match ? `${match[1]}.${match[2]}` : sheet.name };
}

/** The header row and the column of each field; names the missing column. */
export function findColumns(
  sheet: ExcelJS.Worksheet,
  file: string,
): { headerRow: number; columns: Partial<Record<WorkbookColumn, number>> } {
  const wanted = { ...WORKBOOK_COLUMNS, ...OPTIONAL_WORKBOOK_COLUMNS };
  let best: { headerRow: number; columns: Partial<Record<WorkbookColumn, number>> } | undefined;
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); r += 1) {
    const byHeader = new Map<string, number>();
    sheet.getRow(r).eachCell((cell, col) => {
      const key = headerKey(cellText(cell.value));
      if (key !== '' && !byHeader.has(key)) byHeader.set(key, col);
    });
    const columns: Partial<Record<WorkbookColumn, number>> = {};
    for (const [field, header] of Object.entries(wanted) as Array<[WorkbookColumn, string]>) {
      const col = byHeader.get(headerKey(header));
      if (col !== undefined) columns[field] = col;
    }
    if (
      columns.id !== undefined &&
      (best === undefined || Object.keys(columns).length > Object.keys(best.columns).length)
    ) {
      best = { headerRow: r, columns };
    }
  }
  if (best === undefined) {
    throw new WorkbookLayoutError(
      file,
      `no header row with a "${WORKBOOK_COLUMNS.id}" column in the first ${HEADER_SEARCH_ROWS} rows`,
      sheet.name,
      WORKBOOK_COLUMNS.id,
    );
  }
  for (const [field, header] of Object.entries(WORKBOOK_COLUMNS) as Array<
    [WorkbookColumn, string]
  >) {
    if (best.columns[field] === undefined) {
      throw new WorkbookLayoutError(
        file,
        `missing column "${header}" in header row ${best.headerRow}`,
        sheet.name,
        header,
      );
    }
  }
  return best;
}
