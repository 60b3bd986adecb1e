import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  WorkbookLayoutError,
  readFrameworkWorkbook,
} from '../../../../shared/codecs/framework-workbook';
import { cellText } from '../../../../shared/codecs/framework-workbook-cells';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';
import { GB921_HEADER, GOOD_ROWS, makeWorkbook } from './workbook-fixture';

const REAL_WORKBOOK = path.resolve(
  import.meta.dirname,
  '../../../../../shared/reference/etom/GB921_Business_Process_Framework_Processes_Excel_v25.5.xlsx',
);

describe('readFrameworkWorkbook', () => {
  it('merges rows per identifier, unites vertical groups and makes the L1 domains', async () => {
    const result = await readFrameworkWorkbook(await makeWorkbook(GOOD_ROWS), 'good.xlsx');
    expect(result.sheet).toBe('eTOM25,5');
    expect(result.release).toBe('25.5');
    expect(result.rowsRead).toBe(4);
    expect(result.rejected).toEqual([]);
    expect(result.synthesized).toEqual(['1.3', '1.7']);
    expect(result.processes.map((p) => p.id)).toEqual(['1.3', '1.3.1', '1.3.1.1', '1.7', '1.7.1']);
    expect(result.processes[0]).toEqual({
      id: '1.3',
      level: 1,
      name: 'Customer Domain',
      parentId: null,
      domain: 'Customer Domain',
      verticalGroups: [],
    });
    expect(result.processes[1]).toEqual({
      id: '1.3.1',
      level: 2,
      name: 'Alpha Management',
      parentId: '1.3',
      domain: 'Customer Domain',
      verticalGroups: ['Fulfillment', 'Assurance'],
      classicId: '1.1.1.1',
      uid: '11',
      briefDescription: 'Alpha short',
      extendedDescription: 'Alpha long text',
    });
    expect(result.processes[2]?.classicId).toBeUndefined();
    expect(result.processes[4]?.verticalGroups).toEqual([]);
    expect(result.countsByLevel).toEqual({ 1: 2, 2: 2, 3: 1 });
  });

  it('finds the header below a title row and matches headers loosely', async () => {
    const header = GB921_HEADER.map((name) => `  ${name.toUpperCase()} `);
    const result = await readFrameworkWorkbook(
      await makeWorkbook(GOOD_ROWS, { header, titleRow: true }),
      'title.xlsx',
    );
    expect(result.processes).toHaveLength(5);
  });

  it('reports the rows it cannot take by row number and reason', async () => {
    const rows = [
      ...GOOD_ROWS,
      ['No id', '', 2, '', '', 'Customer Domain', null, null, null, null],
      ['Bad id', '1.x.2', 2, '', '', 'Customer Domain', null, null, null, null],
      ['', '1.3.2', 2, '', '', 'Customer Domain', null, null, null, null],
      ['Wrong level', '1.3.3', 4, '', '', 'Customer Domain', null, null, null, null],
      ['Renamed Alpha', '1.3.1', 2, '', '', 'Customer Domain', 'Billing', null, null, null],
      ['Orphan', '1.3.9.1', 3, '', '', 'Customer Domain', null, null, null, null],
      ['Orphan child', '1.3.9.1.1', 4, '', '', 'Customer Domain', null, null, null, null],
      [null, null, null, null, null, null, null, null, null, null],
    ];
    const result = await readFrameworkWorkbook(await makeWorkbook(rows), 'bad-rows.xlsx');
    // Header is row 1; GOOD_ROWS are rows 2-5; the bad rows start at 6.
    expect(result.rejected).toEqual([
      { row: 6, reason: 'no process identifier' },
      { row: 7, reason: 'process identifier "1.x.2" is not a dotted identifier' },
      { row: 8, reason: 'process 1.3.2 has no name' },
      { row: 9, reason: 'process 1.3.3 has level 4, but its identifier is at level 2' },
      { row: 10, reason: 'identifier 1.3.1 is named differently on row 2' },
      { row: 11, reason: 'process 1.3.9.1: parent 1.3.9 is not in the workbook' },
      { row: 12, reason: 'process 1.3.9.1.1: parent 1.3.9.1 is not in the workbook' },
    ]);
    expect(result.processes.map((p) => p.id)).toEqual(['1.3', '1.3.1', '1.3.1.1', '1.7', '1.7.1']);
    expect(result.processes[1]?.verticalGroups).toEqual(['Fulfillment', 'Assurance']);
  });

  it('names the file and the sheets when the process sheet is missing', async () => {
    const bytes = await makeWorkbook(GOOD_ROWS, { sheet: 'Processes' });
    await expect(readFrameworkWorkbook(bytes, 'wrong.xlsx')).rejects.toThrow(
      'wrong.xlsx: no sheet "eTOM25,5" (the GB921 process list); the workbook has "Document Title", "Processes"',
    );
  });

  it('names the file, sheet and column when a column is missing', async () => {
    const header = GB921_HEADER.filter((name) => name !== 'Brief description');
    const bytes = await makeWorkbook([], { header });
    const error = await readFrameworkWorkbook(bytes, 'cols.xlsx').catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(WorkbookLayoutError);
    expect((error as WorkbookLayoutError).message).toBe(
      'cols.xlsx, sheet "eTOM25,5": missing column "Brief description" in header row 1',
    );
    expect((error as WorkbookLayoutError).column).toBe('Brief description');
  });

  it('accepts another release sheet and refuses bytes that are not a workbook', async () => {
    const other = await readFrameworkWorkbook(
      await makeWorkbook(GOOD_ROWS, { sheet: 'eTOM26,0' }),
      'next.xlsx',
    );
    expect(other.release).toBe('26.0');
    await expect(readFrameworkWorkbook(Buffer.from('not a zip'), 'junk.xlsx')).rejects.toThrow(
      /^junk\.xlsx: not a readable \.xlsx workbook/,
    );
  });

  it('reads rich text, formula results and empty cells as text', () => {
    expect(cellText({ richText: [{ text: 'Ab' }, { text: 'c' }] })).toBe('Abc');
    expect(cellText({ formula: 'A1', result: 7 })).toBe('7');
    expect(cellText(null)).toBe('');
    expect(cellText(3)).toBe('3');
  });

  it.skipIf(!existsSync(REAL_WORKBOOK))(
    "reads TM Forum's real v25.5 workbook into the CSV's 2,901 processes",
    async () => {
      const started = performance.now();
      const result = await readFrameworkWorkbook(await readFile(REAL_WORKBOOK), 'GB921.xlsx');
      console.log(`real workbook read in ${Math.round(performance.now() - started)} ms`);
      const current = getBuiltInCatalogue('gb921-v25.5')!;
      expect(result.rejected).toEqual([]);
      expect(result.processes).toHaveLength(2901);
      expect(result.countsByLevel).toEqual({
        1: 8,
        2: 120,
        3: 630,
        4: 1459,
        5: 450,
        6: 167,
        7: 67,
      });
      for (const process of result.processes) {
        const built = current.byId(process.id);
        expect(built?.name, process.id).toBe(process.name);
        expect(built?.parentId, process.id).toBe(process.parentId);
        // The workbook's UIDs are the lineage CSV's the built-in pack was generated from.
        if (built?.uid !== undefined) expect(process.uid, process.id).toBe(built.uid);
        expect([...process.verticalGroups].sort(), process.id).toEqual(
          [...(built?.verticalGroups ?? [])].sort(),
        );
      }
      const described = result.processes.filter((p) => (p.extendedDescription ?? '') !== '');
      expect(described.length).toBeGreaterThan(2800);
    },
    60_000,
  );
});
