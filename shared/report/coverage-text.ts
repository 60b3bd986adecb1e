import { formatCsv } from '../codecs/csv';
import { COVERAGE_COLUMNS, coverageCells, type CoverageRow } from './coverage-rows';
import { neutraliseRows } from './csv-safe';

/**
 * The coverage roll-up as CSV (RFC 4180, CRLF): the COVERAGE_COLUMNS header, then a row per
 * in-scope process, every cell a spreadsheet would run as a formula neutralised.
 */
export function coverageCsv(rows: readonly CoverageRow[]): string {
  return formatCsv([[...COVERAGE_COLUMNS], ...neutraliseRows(rows.map(coverageCells))]);
}

/** The coverage roll-up as JSON: `{"workspace","pack","rows":[...]}`, one row per line. */
export function coverageJson(
  workspace: string,
  pack: string,
  rows: readonly CoverageRow[],
): string {
  const lines = rows.map((row) => JSON.stringify(row));
  return `{"workspace":${JSON.stringify(workspace)},"pack":${JSON.stringify(pack)},"rows":[\n${lines.join(',\n')}\n]}\n`;
}
