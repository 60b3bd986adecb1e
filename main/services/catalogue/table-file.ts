import * as path from 'node:path';
import { parseTableText, tableOfRows, type Table } from '../../../shared/catalogue-io/table-text';
import { CsvError } from '../../../shared/codecs/csv';
import { HostFailure } from '../../../shared/ipc/errors';
import { readFileLimited } from '../workspace/read-limited';
import { readWorkerPool } from '../workspace/read-worker-pool';

/** Largest catalogue file read: 5,000 processes with long descriptions fit many times over. */
export const MAX_TABLE_FILE_BYTES = 20 * 1024 * 1024;

/** The kinds of table file an import reads, by extension. */
export const TABLE_EXTENSIONS = ['.csv', '.tsv', '.txt', '.xlsx'] as const;

/** The rows of an XLSX file's first sheet, read in the read worker (see xlsx-rows-job.ts). */
async function xlsxRowsInWorker(absolutePath: string, name: string): Promise<string[][]> {
  const outcome = await readWorkerPool.run({
    kind: 'xlsx-rows',
    path: absolutePath,
    file: name,
    maxBytes: MAX_TABLE_FILE_BYTES,
  });
  if (outcome.ok === null) {
    throw new HostFailure({
      code: 'NOT_FOUND',
      message: `${name}: no such file`,
      file: absolutePath,
    });
  }
  if (outcome.ok === false) throw new HostFailure({ ...outcome.error, file: absolutePath });
  return outcome.value as string[][];
}

/**
 * Reads a CSV, TSV or XLSX file into a table through the bounded reader (a regular file of at
 * most MAX_TABLE_FILE_BYTES). Text must be UTF-8 (a BOM is fine). Every refusal is a
 * HostFailure naming the file and, for CSV, the row and column.
 */
export async function readTableFile(absolutePath: string): Promise<Table> {
  const name = path.basename(absolutePath);
  const extension = path.extname(absolutePath).toLowerCase();
  if (!(TABLE_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new HostFailure({
      code: 'INVALID_ARGUMENT',
      message: `${name}: choose a .csv, .tsv or .xlsx file`,
      file: absolutePath,
    });
  }
  if (extension === '.xlsx') return tableOfRows(await xlsxRowsInWorker(absolutePath, name), name);
  const bytes = await readFileLimited(absolutePath, name, MAX_TABLE_FILE_BYTES);
  if (bytes === null) {
    throw new HostFailure({
      code: 'NOT_FOUND',
      message: `${name}: no such file`,
      file: absolutePath,
    });
  }
  try {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new HostFailure({
        code: 'PARSE_ERROR',
        message: `${name}: not UTF-8 text; save it from the spreadsheet as "CSV UTF-8"`,
        file: absolutePath,
      });
    }
    return parseTableText(text, name);
  } catch (error) {
    if (error instanceof CsvError) {
      throw new HostFailure({ code: 'PARSE_ERROR', message: error.message, file: absolutePath });
    }
    throw error;
  }
}
