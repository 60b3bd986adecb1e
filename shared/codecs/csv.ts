/**
 * A small RFC 4180 CSV reader and writer. Quoted fields may hold commas, doubled quotes and
 * line breaks; CRLF, LF and a leading byte-order mark are accepted. Errors name the 1-based
 * row and column so that a person can find the fault in a spreadsheet.
 */

/** A CSV text that could not be read, with the place of the fault (1-based). */
export class CsvError extends Error {
  readonly row: number;
  readonly column: number;
  constructor(message: string, row: number, column: number, file?: string) {
    super(`${file ? `${file}: ` : ''}row ${row}, column ${column}: ${message}`);
    this.name = 'CsvError';
    this.row = row;
    this.column = column;
  }
}

export interface CsvParseOptions {
  /** Named in error messages. */
  file?: string;
  /** Most rows accepted (header included); more is an error rather than unbounded memory. */
  maxRows?: number;
  /** The field separator: `,` unless said otherwise (`;` and tab come from spreadsheets). */
  delimiter?: ',' | ';' | '\t';
  /**
   * Spreadsheets copy cells as tab-separated text without quoting a quote (`12" rack`), so a
   * paste may hold quotes RFC 4180 refuses. When set, a quote inside an unquoted field is kept
   * as text, a quoted field followed by more text keeps its quotes as text (`"Gold" plan`), and
   * a quote never closed is read as text from where it stood. Off for CSV files.
   */
  bareQuotes?: boolean;
}

/** Parses CSV text into rows of fields. A final line break does not make an empty row. */
export function parseCsv(text: string, options: CsvParseOptions = {}): string[][] {
  const { file, maxRows = Number.POSITIVE_INFINITY, delimiter = ',', bareQuotes = false } = options;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Where the open quoted field began (bareQuotes): the state to go back to if it never closes.
  let opened: { at: number; rows: number; row: string[]; line: number } | null = null;
  /** With bareQuotes, the index of a quote read as text after its field never closed. */
  let literalQuoteAt = -1;

  const endField = (): void => {
    row.push(field);
    field = '';
    quoted = false;
    fieldStarted = false;
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    if (rows.length > maxRows) {
      throw new CsvError(`more than ${maxRows} rows`, rows.length, 1, file);
    }
    row = [];
  };

  for (;;) {
    while (i < text.length) {
      const ch = text[i];
      if (quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          quoted = false;
          i += 1;
          const next = text[i];
          if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
            if (bareQuotes) {
              field = `"${field}"`;
              continue;
            }
            throw new CsvError(
              'unexpected character after a closing quote',
              rows.length + 1,
              row.length + 1,
              file,
            );
          }
          continue;
        }
        if (ch === '\n') line += 1;
        field += ch;
        i += 1;
        continue;
      }
      if (ch === '"' && (!bareQuotes || (!fieldStarted && i !== literalQuoteAt))) {
        if (fieldStarted) {
          throw new CsvError(
            'a quote inside an unquoted field',
            rows.length + 1,
            row.length + 1,
            file,
          );
        }
        if (bareQuotes) opened = { at: i, rows: rows.length, row: [...row], line };
        quoted = true;
        fieldStarted = true;
        i += 1;
        continue;
      }
      if (ch === delimiter) {
        endField();
        i += 1;
        continue;
      }
      if (ch === '\r' || ch === '\n') {
        endRow();
        line += 1;
        i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
        continue;
      }
      field += ch;
      fieldStarted = true;
      i += 1;
    }
    if (quoted && opened !== null) {
      // Never closed: read again from that quote, as text this time.
      const back = opened;
      opened = null;
      rows.length = back.rows;
      row = back.row;
      line = back.line;
      field = '';
      quoted = false;
      fieldStarted = false;
      literalQuoteAt = back.at;
      i = back.at;
      continue;
    }
    break;
  }
  if (quoted) {
    throw new CsvError(
      `a quoted field is not closed (opened before line ${line})`,
      rows.length + 1,
      row.length + 1,
      file,
    );
  }
  if (fieldStarted || row.length > 0) endRow();
  return rows;
}

/**
 * Parses CSV with a header row into records keyed by column name. Every column in
 * `required` must be present, and every row must have as many fields as the header.
 */
export function parseCsvRecords(
  text: string,
  required: readonly string[],
  options: CsvParseOptions = {},
): Array<Record<string, string>> {
  const rows = parseCsv(text, options);
  const header = rows[0];
  if (header === undefined) throw new CsvError('the file is empty', 1, 1, options.file);
  for (const name of required) {
    if (!header.includes(name)) {
      throw new CsvError(`missing column "${name}"`, 1, header.length + 1, options.file);
    }
  }
  return rows.slice(1).map((fields, index) => {
    if (fields.length !== header.length) {
      throw new CsvError(
        `expected ${header.length} fields, found ${fields.length}`,
        index + 2,
        Math.min(fields.length, header.length) + 1,
        options.file,
      );
    }
    const record: Record<string, string> = Object.create(null) as Record<string, string>;
    header.forEach((name, column) => {
      record[name] = fields[column] ?? '';
    });
    return record;
  });
}

/** Quotes a field when it holds a comma, quote or line break (RFC 4180). */
export function formatCsvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Formats rows as CSV text with CRLF line ends, as RFC 4180 asks. */
export function formatCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((row) => `${row.map(formatCsvField).join(',')}\r\n`).join('');
}
