import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { coverageOfDocument } from '../../../shared/coverage/document-coverage';
import type { FrameworkCatalogue } from '../../../shared/etom/catalogue';
import { formatCsv } from '../../../shared/codecs/csv';
import { HostFailure } from '../../../shared/ipc/errors';
import { SAVE_EXTENSIONS } from '../../../shared/ipc/methods/export-methods';
import type { DataExportFormat, DataExportKind } from '../../../shared/ipc/methods/report-methods';
import type { WorkspaceDocument } from '../../../shared/model/document';
import { coverageRows } from '../../../shared/report/coverage-rows';
import { coverageCsv, coverageJson } from '../../../shared/report/coverage-text';
import { neutraliseRows } from '../../../shared/report/csv-safe';
import { renderHtmlReport } from '../../../shared/report/html-report';
import { alignmentReportCsv } from '../../../shared/report/report-csv';
import { MAPPING_COLUMNS, mappingTableRows } from '../../../shared/report/mapping-rows';
import { atomicWrite } from '../workspace/atomic-write';
import { exportFontFiles } from '../export/export-font';
import { coverageWorkbook } from './coverage-workbook';
import { reportAuthor } from './report-author';
import { renderReportPdf } from './report-pdf';

/** What a data export asks for (already checked against the contract's schema). */
export interface DataExportRequest {
  kind: DataExportKind;
  format: DataExportFormat;
  document: WorkspaceDocument;
  catalogue: FrameworkCatalogue;
  /** The report's time stamp; now by default. */
  generatedAt?: string;
  /** Who the report says made it; the user the app runs as by default. */
  generatedBy?: string;
  /** The file being written, named in errors. */
  target?: string;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
// A BOM so that spreadsheets read the CSV as UTF-8, as the catalogue export does.
const csvBytes = (text: string) => utf8(`\uFEFF${text}`);

function coverageOf(document: WorkspaceDocument, catalogue: FrameworkCatalogue) {
  const coverage = coverageOfDocument(document, catalogue);
  return coverageRows(catalogue, coverage, document.processes.processes);
}

/**
 * The bytes of a report or table, and its row count: the HTML, XLSX, PDF or CSV alignment report, the
 * coverage roll-up (CSV and JSON as `cli coverage` prints them, XLSX with a summary and a sheet
 * per level) or the mapping table (CSV, XLSX). CSV cells a spreadsheet would run are neutralised.
 */
export async function dataExportBytes(
  request: DataExportRequest,
): Promise<{ bytes: Uint8Array; rows: number }> {
  const { kind, format, document, catalogue } = request;
  const mappings = document.mappings.mappings.length;
  switch (`${kind}.${format}`) {
    case 'report.html': {
      const generatedAt = request.generatedAt ?? new Date().toISOString();
      return {
        bytes: utf8(renderHtmlReport({ document, catalogue, generatedAt })),
        rows: mappings,
      };
    }
    case 'report.pdf': {
      const report = await renderReportPdf(
        {
          document,
          catalogue,
          generatedAt: request.generatedAt ?? new Date().toISOString(),
          generatedBy: request.generatedBy ?? reportAuthor(),
        },
        exportFontFiles(),
        request.target ?? 'report.pdf',
      );
      return { bytes: report.bytes, rows: mappings };
    }
    case 'report.xlsx':
      return { bytes: await coverageWorkbook(document, catalogue), rows: mappings };
    case 'report.csv': {
      const coverage = coverageOfDocument(document, catalogue);
      return { bytes: csvBytes(alignmentReportCsv(document, catalogue, coverage)), rows: mappings };
    }
    case 'coverage.csv': {
      const rows = coverageOf(document, catalogue);
      return { bytes: csvBytes(coverageCsv(rows)), rows: rows.length };
    }
    case 'coverage.json': {
      const rows = coverageOf(document, catalogue);
      return {
        bytes: utf8(coverageJson(document.workspace.name, catalogue.pack.id, rows)),
        rows: rows.length,
      };
    }
    case 'coverage.xlsx': {
      const bytes = await coverageWorkbook(document, catalogue, {
        coverage: true,
        mappings: false,
      });
      return { bytes, rows: coverageOf(document, catalogue).length };
    }
    case 'mappings.csv': {
      const rows = neutraliseRows(mappingTableRows(document, catalogue));
      return { bytes: csvBytes(formatCsv([[...MAPPING_COLUMNS], ...rows])), rows: mappings };
    }
    case 'mappings.xlsx': {
      const bytes = await coverageWorkbook(document, catalogue, {
        coverage: false,
        mappings: true,
      });
      return { bytes, rows: mappings };
    }
    default:
      throw new HostFailure({
        code: 'INVALID_ARGUMENT',
        message: `The ${kind} export is not offered as ${format.toUpperCase()}.`,
      });
  }
}

async function checkTarget(target: string, format: DataExportFormat, overwrite: boolean) {
  const fail = (code: 'INVALID_ARGUMENT' | 'NOT_FOUND' | 'ALREADY_EXISTS', message: string) =>
    new HostFailure({ code, message, file: target });
  if (!path.isAbsolute(target)) {
    throw fail('INVALID_ARGUMENT', `Export to a full (absolute) path, not "${target}".`);
  }
  const extension = SAVE_EXTENSIONS[format];
  if (path.extname(target).toLowerCase() !== extension) {
    throw fail(
      'INVALID_ARGUMENT',
      `A ${format.toUpperCase()} export must be a file ending in ${extension}.`,
    );
  }
  const folder = await stat(path.dirname(target)).catch(() => null);
  if (!folder?.isDirectory()) {
    throw fail('NOT_FOUND', `The folder ${path.dirname(target)} does not exist.`);
  }
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory()) throw fail('ALREADY_EXISTS', `${target} is a folder.`);
  if (existing !== null && !overwrite) {
    throw fail('ALREADY_EXISTS', `${target} already exists; choose another name or replace it.`);
  }
}

/**
 * Checks the target (absolute, the format's extension, its folder there, no file there unless
 * `overwrite`), draws the export and writes it atomically, so a failed export never leaves half
 * a file. Returns the bytes and rows written.
 */
export async function writeDataExport(
  target: string,
  request: DataExportRequest,
  overwrite = false,
): Promise<{ bytes: number; rows: number }> {
  await checkTarget(target, request.format, overwrite);
  const { bytes, rows } = await dataExportBytes({ target, ...request });
  await atomicWrite(target, bytes);
  return { bytes: bytes.byteLength, rows };
}
