import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guessColumns } from '../../../../../shared/catalogue-io/columns';
import { planImport, type ImportContext } from '../../../../../shared/catalogue-io/import-plan';
import { MAX_IMPORT_ROWS, type Table } from '../../../../../shared/catalogue-io/table-text';
import { HostFailure } from '../../../../../shared/ipc/errors';
import { LIMITS } from '../../../../../shared/model/limits';
import { DEFAULT_ALIGNMENTS } from '../../../../../shared/model/workspace-schema';
import { readTableFile } from '../../../../../main/services/catalogue/table-file';
import { makeTempDir } from '../../../../fixtures/workspace-builder';
import { reportFigures } from '../../../../support/scorecard';

/*
 * RELIABILITY D.18: generated CSV files (quotes, embedded line breaks, BOM, CRLF, `;`
 * separators, bare quotes, empty files, 10^5 rows, 10^3 columns) go through the real reader
 * (readTableFile, as `catalogue.readTable` calls it: a real file in a temp folder) and the
 * import mapping (guessColumns, planImport). Pass: nothing but a HostFailure escapes; every
 * refusal names the file, and a CSV fault its row and column; every import problem names a row
 * of the file and a column; the row cap holds. ETOM_CSV_RUNS sets the count (the bar: 1,000).
 */
const RUNS = Number(process.env.ETOM_CSV_RUNS ?? 100);

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-csv-'));
});
afterAll(() => cleanup());

const HEADERS = [
  'Name',
  'Process name',
  'Code',
  'Parent code',
  'Path',
  'Description',
  'Owner',
  'Level',
  'Tags',
  'Not in eTOM',
  'eTOM id',
  'Alignment',
  'Colour',
  '',
];

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '"',
    '""',
    'a"b',
    '"quoted" tail',
    'line\nbreak',
    'crlf\r\nbreak',
    'semi;colon',
    'com,ma',
    'tab\there',
    ' ',
    '',
    '=1+1',
    'Ünïcödé ✓',
    'Sales/Orders/Capture',
    'S-1',
    '1.3.3',
    'Full',
    '2',
    'yes',
    'x'.repeat(600),
  ),
);

interface CsvShape {
  header: string[];
  rows: string[][];
  delimiter: ',' | ';';
  newline: '\n' | '\r\n';
  bom: boolean;
  /** Quote fields as RFC 4180 says, or write them raw (bare quotes, broken rows). */
  quoting: 'proper' | 'raw';
}

const shape: fc.Arbitrary<CsvShape> = fc.record({
  header: fc.oneof(
    fc.shuffledSubarray(HEADERS, { minLength: 1 }),
    fc.array(cell, { minLength: 0, maxLength: 6 }),
  ),
  rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }),
  delimiter: fc.constantFrom(',' as const, ';' as const),
  newline: fc.constantFrom('\n' as const, '\r\n' as const),
  bom: fc.boolean(),
  quoting: fc.constantFrom('proper' as const, 'proper' as const, 'raw' as const),
});

function field(value: string, csv: CsvShape): string {
  if (csv.quoting === 'raw') return value;
  return /["\r\n,;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvText(csv: CsvShape): string {
  const lines = [csv.header, ...csv.rows].map((row) =>
    row.map((value) => field(value, csv)).join(csv.delimiter),
  );
  return (csv.bom ? '\uFEFF' : '') + lines.join(csv.newline) + csv.newline;
}

/** The large and degenerate files, run every time beside the generated ones. */
function fixedCases(): Array<[string, string]> {
  const rows = (count: number): string =>
    Array.from({ length: count }, (_, i) => `Process ${i},P-${i},${i > 0 ? 'P-0' : ''}`).join(
      '\r\n',
    );
  const wide = Array.from({ length: 1_000 }, (_, i) => (i === 0 ? 'Name' : `Column ${i}`));
  return [
    ['rows-100000.csv', `Name,Code,Parent code\r\n${rows(100_000)}\r\n`],
    ['rows-40000.csv', `\uFEFFName,Code,Parent code\r\n${rows(40_000)}\r\n`],
    [
      'columns-1000.csv',
      `${wide.join(';')}\n${Array.from({ length: 20 }, (_, r) => wide.map((_, c) => `${r}.${c}`).join(';')).join('\n')}\n`,
    ],
    ['empty.csv', ''],
    ['bom-only.csv', '\uFEFF'],
    ['blank-lines.csv', '\r\n\r\n\n'],
    ['bare-quote.csv', '"'],
    ['unclosed.csv', 'Name,Code\n"Sales,S\nOrders,O\n'],
    ['quote-inside.csv', 'Name,Code\nSa"les,S\n'],
  ];
}

function context(): ImportContext {
  let n = 0;
  return {
    existing: [],
    framework: { pack: 'gb921-v25.5', release: '25.5' },
    alignments: DEFAULT_ALIGNMENTS,
    frameworkIds: new Map([['1.3.3', undefined]]),
    newId: (prefix) => `${prefix}-${(n += 1)}`,
    now: '2026-11-30T00:00:00Z',
  };
}

const figures = {
  files: 0,
  read: 0,
  'refused, naming file, row and column': 0,
  planned: 0,
  'no name or path column': 0,
  'import problems, each naming a row and column': 0,
  'row cap refusals': 0,
  'largest table read, rows': 0,
  'widest table read, columns': 0,
};

/** One file through the reader and the mapping; throws (fails) on anything out of bounds. */
async function check(name: string, text: string): Promise<void> {
  figures.files += 1;
  const file = path.join(dir, name);
  await writeFile(file, text);
  let table: Table;
  try {
    table = await readTableFile(file);
  } catch (error) {
    // Only a typed refusal may come out, naming the file, and for a CSV fault its place.
    expect(error).toBeInstanceOf(HostFailure);
    const failure = error as HostFailure;
    expect(failure.error.code).toBe('PARSE_ERROR');
    expect(failure.message).toMatch(
      new RegExp(`^${name.replace('.', '\\.')}: row \\d+, column \\d+: `),
    );
    figures['refused, naming file, row and column'] += 1;
    if (failure.message.includes(`more than ${MAX_IMPORT_ROWS} rows`)) {
      figures['row cap refusals'] += 1;
    }
    return;
  }
  figures.read += 1;
  expect(table.rows.length + table.headerRow).toBeLessThanOrEqual(MAX_IMPORT_ROWS + 1);
  figures['largest table read, rows'] = Math.max(
    figures['largest table read, rows'],
    table.rows.length,
  );
  figures['widest table read, columns'] = Math.max(
    figures['widest table read, columns'],
    table.header.length,
  );
  const columns = guessColumns(table.header);
  // The dialog plans only once a name or a path column is chosen.
  if (columns.name === undefined && columns.path === undefined) {
    figures['no name or path column'] += 1;
    return;
  }
  const plan = planImport(table, columns, context());
  figures.planned += 1;
  const firstRow = table.headerRow + 1;
  const lastRow = table.headerRow + table.rows.length;
  for (const problem of plan.problems) {
    expect(problem.row).toBeGreaterThanOrEqual(firstRow);
    expect(problem.row).toBeLessThanOrEqual(lastRow);
    expect(problem.column).not.toBe('');
    expect(problem.message).not.toBe('');
    figures['import problems, each naming a row and column'] += 1;
  }
  if (plan.problems.length === 0) {
    for (const process of plan.processes) {
      expect(process.name.length).toBeLessThanOrEqual(LIMITS.maxNameLength);
      expect(process.name.trim()).not.toBe('');
    }
  }
}

describe('CSV import robustness (D.18)', () => {
  it(
    `reads ${RUNS} generated CSVs and the large and degenerate ones without an escape`,
    { timeout: 60_000 + RUNS * 200 },
    async () => {
      for (const [name, text] of fixedCases()) await check(name, text);
      let n = 0;
      await fc.assert(
        fc.asyncProperty(shape, async (csv) => {
          n += 1;
          await check(`generated-${n}.csv`, csvText(csv));
        }),
        { numRuns: RUNS },
      );
      expect(figures['row cap refusals']).toBeGreaterThanOrEqual(1);
      expect(figures['widest table read, columns']).toBe(1_000);
      expect(figures['largest table read, rows']).toBe(40_000);
      reportFigures(
        'D.18',
        'generated and large CSVs through readTableFile and planImport',
        figures,
      );
    },
  );
});
