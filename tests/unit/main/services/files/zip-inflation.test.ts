import { describe, expect, it } from 'vitest';
import { checkZipInflation } from '../../../../../main/services/files/zip-inflation';
import { xlsxOfRows } from '../../../../../main/services/catalogue/xlsx-table';
import { HostFailure } from '../../../../../shared/ipc/errors';
import {
  SHEET_HEAD,
  SHEET_TAIL,
  deflateRepeated,
  inlineRow,
  workbookParts,
  zipOf,
} from '../../../../support/zip-parts';

const MB = 1024 * 1024;
const BUDGET = { maxInflatedBytes: 8 * MB, maxParts: 50 };

/** The HostFailure `checkZipInflation` throws for `bytes`, or null when it passes. */
async function refusal(bytes: Uint8Array) {
  try {
    await checkZipInflation(bytes, 'book.xlsx', BUDGET);
    return null;
  } catch (error) {
    if (!(error instanceof HostFailure)) throw error;
    return error.error;
  }
}

describe('what a workbook unpacks to, checked before it is loaded', () => {
  it('lets a real workbook through (written by ExcelJS)', async () => {
    const rows = [['Name', 'Code'], ...Array.from({ length: 500 }, (_, i) => [`P ${i}`, `C-${i}`])];
    expect(await refusal(await xlsxOfRows('Processes', rows))).toBeNull();
  });

  it('refuses a part that inflates past the budget, by the size it declares', async () => {
    const sheet = await deflateRepeated(inlineRow(['N']), 300_000, SHEET_HEAD, SHEET_TAIL);
    expect(sheet.size).toBeGreaterThan(BUDGET.maxInflatedBytes);
    // A thousandfold: a few kilobytes of file.
    expect(sheet.bytes.length).toBeLessThan(sheet.size / 200);
    const error = await refusal(zipOf(workbookParts({ deflated: sheet })));
    expect(error).toMatchObject({ code: 'TOO_LARGE', file: 'book.xlsx' });
    expect(error?.message).toMatch(
      /^book\.xlsx: it unpacks to \d+ MB, and a workbook may unpack to at most 8 MB/,
    );
  });

  it('refuses a part that declares a small size and inflates past the budget, without inflating it all', async () => {
    const sheet = await deflateRepeated(inlineRow(['N']), 3_000_000, SHEET_HEAD, SHEET_TAIL);
    const error = await refusal(zipOf(workbookParts({ deflated: sheet, declaredSize: 1_000 })));
    expect(error).toMatchObject({ code: 'TOO_LARGE' });
    expect(error?.message).toContain('it unpacks to more than 8 MB');
  });

  it('refuses a part whose inflated size is not the one it declares', async () => {
    const sheet = `${SHEET_HEAD}${inlineRow(['Name'])}${SHEET_TAIL}`;
    const error = await refusal(zipOf(workbookParts({ data: sheet, declaredSize: 10 })));
    expect(error).toMatchObject({ code: 'PARSE_ERROR' });
    expect(error?.message).toBe(
      `book.xlsx: not an XLSX workbook (its part xl/worksheets/sheet1.xml unpacks to ${sheet.length} bytes, not the 10 it declares)`,
    );
  });

  it('refuses what is not a ZIP file, or a damaged one, naming the file', async () => {
    expect(await refusal(Buffer.from('Name,Code\nA,1\n'))).toMatchObject({
      code: 'PARSE_ERROR',
      message: 'book.xlsx: not an XLSX workbook (not a ZIP file: no end of central directory)',
    });
    const whole = zipOf(workbookParts({ data: `${SHEET_HEAD}${SHEET_TAIL}` }));
    // The directory points past a cut: the parts' data is gone.
    const cut = Buffer.concat([whole.subarray(0, 40), whole.subarray(whole.length - 400)]);
    expect((await refusal(cut))?.code).toBe('PARSE_ERROR');
  });

  it('refuses more parts than a workbook may have', async () => {
    const parts = Array.from({ length: BUDGET.maxParts + 1 }, (_, i) => ({
      name: `xl/p${i}.xml`,
      data: '<a/>',
    }));
    expect((await refusal(zipOf(parts)))?.message).toBe(
      `book.xlsx: not an XLSX workbook (${BUDGET.maxParts + 1} parts, more than the ${BUDGET.maxParts} a workbook may have)`,
    );
  });
});
