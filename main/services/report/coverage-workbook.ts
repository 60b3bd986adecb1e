import ExcelJS from 'exceljs';
import { coverageOfDocument } from '../../../shared/coverage/document-coverage';
import { levelSummary } from '../../../shared/coverage/coverage-summary';
import type { FrameworkCatalogue } from '../../../shared/etom/catalogue';
import type { WorkspaceDocument } from '../../../shared/model/document';
import {
  COVERAGE_COLUMNS,
  coverageCells,
  coverageRows,
} from '../../../shared/report/coverage-rows';
import { neutraliseRows } from '../../../shared/report/csv-safe';
import { MAPPING_COLUMNS, mappingTableRows } from '../../../shared/report/mapping-rows';

function addSheet(
  book: ExcelJS.Workbook,
  name: string,
  header: readonly string[],
  rows: (string | number)[][],
): void {
  const sheet = book.addWorksheet(name);
  sheet.addRow([...header]).font = { bold: true };
  // Text that looks like a formula is written with its apostrophe, as in the CSV: a cell
  // value is never a formula here, but a copy of the sheet pasted elsewhere could become one.
  for (const row of neutraliseRows(rows)) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  header.forEach((_, i) => (sheet.getColumn(i + 1).width = i === 3 ? 48 : 16));
}

/** Which sheets a workbook holds: the coverage (summary and levels), the mappings, or both. */
export interface WorkbookSheets {
  coverage: boolean;
  mappings: boolean;
}

/**
 * The coverage and the mapping table as an XLSX workbook: a summary sheet (counts per level),
 * one sheet per framework level with the roll-up of its in-scope processes, and the mappings;
 * `sheets` leaves out one part (the coverage export has no mappings, the mapping table no
 * coverage).
 */
export async function coverageWorkbook(
  document: WorkspaceDocument,
  catalogue: FrameworkCatalogue,
  sheets: WorkbookSheets = { coverage: true, mappings: true },
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'eTOM Studio';
  if (sheets.coverage) {
    const coverage = coverageOfDocument(document, catalogue);
    const rows = coverageRows(catalogue, coverage, document.processes.processes);
    const levels = levelSummary(catalogue, coverage);
    addSheet(
      book,
      'Summary',
      ['level', 'in_scope', 'covered', 'weighted_percent'],
      levels.map((l) => [`L${l.level}`, l.inScope, l.covered, Math.round(l.score * 100)]),
    );
    for (const level of levels) {
      if (level.inScope === 0) continue;
      addSheet(
        book,
        `L${level.level}`,
        COVERAGE_COLUMNS,
        rows.filter((r) => r.level === level.level).map(coverageCells),
      );
    }
  }
  if (sheets.mappings) {
    addSheet(book, 'Mappings', MAPPING_COLUMNS, mappingTableRows(document, catalogue));
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
