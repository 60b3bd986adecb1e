import { CsvError, parseCsv } from '../codecs/csv';

/** The separators a spreadsheet's text may use. */
export type Delimiter = ',' | ';' | '\t';

/** A table read from a file or a paste: the header and the rows under it, all as text. */
export interface Table {
  header: string[];
  /** The rows under the header, blank ones included, so that row numbers stay the file's. */
  rows: string[][];
  /** The 1-based row of the header in the file (blank lines before it are skipped). */
  headerRow: number;
}

/** Most rows a catalogue import reads (the header included): far above any real catalogue. */
export const MAX_IMPORT_ROWS = 50_001;

/**
 * The separator of a table's text, guessed from its first line outside quotes: tab when it
 * has tabs (a paste from a spreadsheet), else `;` when it has more of them than commas (a
 * spreadsheet saved in a locale whose decimal mark is a comma), else `,`.
 */
export function sniffDelimiter(text: string): Delimiter {
  let tabs = 0;
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === '\t') tabs += 1;
    else if (!quoted && ch === ';') semicolons += 1;
    else if (!quoted && ch === ',') commas += 1;
  }
  if (tabs > 0) return '\t';
  return semicolons > commas ? ';' : ',';
}

/** True when a row has nothing but blanks. */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

/**
 * A table from rows of cells: the first row that is not blank is the header. Throws naming
 * `file` when every row is blank.
 */
export function tableOfRows(rows: string[][], file: string): Table {
  const at = rows.findIndex((row) => !isBlankRow(row));
  const header = rows[at];
  if (header === undefined) throw new CsvError('the table is empty', 1, 1, file);
  return { header: header.map((cell) => cell.trim()), rows: rows.slice(at + 1), headerRow: at + 1 };
}

/**
 * Reads CSV or tab-separated text (BOM, CRLF, quoted fields with line breaks) into a table.
 * Tab-separated text (a paste from a spreadsheet, a TSV file) may hold bare quotes, as
 * spreadsheets copy them (`12" rack`); CSV is read strictly. Throws CsvError naming `file`, the
 * row and the column when the text is not a table.
 */
export function parseTableText(text: string, file = 'pasted text'): Table {
  const delimiter = sniffDelimiter(text);
  const rows = parseCsv(text, {
    file,
    maxRows: MAX_IMPORT_ROWS,
    delimiter,
    bareQuotes: delimiter === '\t',
  });
  return tableOfRows(rows, file);
}
