/**
 * The characters a spreadsheet reads as the start of a formula (and tab and carriage return,
 * which some spreadsheets strip before looking): a cell starting with one is a CSV injection.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell's text made safe to open in a spreadsheet: one that starts like a formula gets a
 * leading `'`, which spreadsheets show as text and do not evaluate (OWASP's advice).
 */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text a neutralised cell stood for: an export read back in gives the same names. */
export function unneutraliseCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
