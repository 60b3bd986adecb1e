import type { CellValue } from 'exceljs';

/**
 * The text of a workbook cell whatever exceljs made of it: plain text, a number, rich text
 * runs, a hyperlink, a formula's result, a date or an error. Empty cells give ''.
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run) => run.text).join('');
  }
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) {
    const result: unknown = value.result;
    if (typeof result === 'string') return result;
    if (typeof result === 'number' || typeof result === 'boolean') return String(result);
    return '';
  }
  if ('error' in value) return '';
  return '';
}

/** Folds a header for matching: trimmed, single spaces, lower case. */
export function headerKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
