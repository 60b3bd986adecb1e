import { describe, expect, it } from 'vitest';
import { CsvError } from '../../../../shared/codecs/csv';
import { parseTableText, sniffDelimiter } from '../../../../shared/catalogue-io/table-text';

describe('parseTableText', () => {
  it('reads a BOM, CRLF line ends and quoted fields holding separators, quotes and line breaks', () => {
    const text =
      '\uFEFFName,Description\r\n"Capture, order","Takes the ""order""\r\nand checks it"\r\nBill,\r\n';
    const table = parseTableText(text, 'orders.csv');
    expect(table.header).toEqual(['Name', 'Description']);
    expect(table.rows).toEqual([
      ['Capture, order', 'Takes the "order"\r\nand checks it'],
      ['Bill', ''],
    ]);
    expect(table.headerRow).toBe(1);
  });

  it('sniffs semicolons (a comma-decimal locale) and tabs (a paste from a spreadsheet)', () => {
    expect(sniffDelimiter('Name;Code;Owner\nA;1,5;x')).toBe(';');
    expect(sniffDelimiter('"a;b;c",Code\n')).toBe(',');
    expect(sniffDelimiter('Name\tCode\nA, B\t1')).toBe('\t');
    expect(parseTableText('Name;Code\r\n"Sales; retail";S-1\r\n').rows).toEqual([
      ['Sales; retail', 'S-1'],
    ]);
    expect(parseTableText('Name\tCode\nQuote, price\tQ-1\n').rows).toEqual([
      ['Quote, price', 'Q-1'],
    ]);
  });

  it('skips blank lines before the header and keeps the file row numbers', () => {
    const table = parseTableText('\n\nName\nA\n\nB\n');
    expect(table.headerRow).toBe(3);
    expect(table.rows).toEqual([['A'], [''], ['B']]);
  });

  it('refuses an empty file and a broken quote, naming the file, row and column', () => {
    expect(() => parseTableText('', 'empty.csv')).toThrow(
      /empty\.csv: row 1, column 1: the table is empty/,
    );
    expect(() => parseTableText(' \r\n,,\r\n', 'blank.csv')).toThrow(CsvError);
    expect(() => parseTableText('Name,Code\n"open,1\n', 'bad.csv')).toThrow(
      /bad\.csv: row 2, column 1: a quoted field is not closed/,
    );
  });

  it('takes bare quotes in tab-separated text, as spreadsheets copy them, but not in CSV', () => {
    const pasted = [
      'Name\tCode\tNote',
      '12" rack install\tR1\tsays "urgent"',
      '"Gold" plan renewal\tG1\t"two\tcells"',
      '"Quoted, whole"\tQ1\t"line one\nline two"',
      'Last "open\tL1\t"never closed',
    ].join('\n');
    expect(parseTableText(pasted).rows).toEqual([
      ['12" rack install', 'R1', 'says "urgent"'],
      ['"Gold" plan renewal', 'G1', 'two\tcells'],
      ['Quoted, whole', 'Q1', 'line one\nline two'],
      ['Last "open', 'L1', '"never closed'],
    ]);
    expect(() => parseTableText('Name,Code\n12" rack,R1\n', 'strict.csv')).toThrow(
      /strict\.csv: row 2, column 1: a quote inside an unquoted field/,
    );
  });
});
