/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and, in some, a tab or a
 * carriage return) as a formula, so a company process named `=HYPERLINK(...)` would run in
 * whoever opens an export. Such text gets a leading apostrophe, which spreadsheets show as
 * plain text. Numbers are written as numbers and left alone.
 */
export function neutraliseCell(value: string | number): string | number {
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Every cell of `rows` neutralised. */
export function neutraliseRows(
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
): (string | number)[][] {
  return rows.map((row) => row.map(neutraliseCell));
}
