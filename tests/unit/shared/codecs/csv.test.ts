import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CsvError,
  formatCsv,
  formatCsvField,
  parseCsv,
  parseCsvRecords,
} from '../../../../shared/codecs/csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","line\nbreak"\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'line\nbreak'],
    ]);
  });

  it('accepts a byte-order mark, CR-only line ends and a missing final line break', () => {
    expect(parseCsv('\ufeffa,b\rc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps empty fields and empty lines as rows', () => {
    expect(parseCsv(',\n\n"",x\n')).toEqual([['', ''], [''], ['', 'x']]);
  });

  it('names the row and column of an unclosed quote', () => {
    const error = (() => {
      try {
        parseCsv('a,b\nc,"open', { file: 'bad.csv' });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(CsvError);
    expect((error as CsvError).row).toBe(2);
    expect((error as CsvError).column).toBe(2);
    expect((error as CsvError).message).toMatch(/^bad\.csv: row 2, column 2:/);
  });

  it('refuses a quote inside an unquoted field and text after a closing quote', () => {
    expect(() => parseCsv('ab"c')).toThrow(/row 1, column 1: a quote inside/);
    expect(() => parseCsv('x,"a"b')).toThrow(/row 1, column 2: unexpected character/);
  });

  it('enforces the row cap', () => {
    expect(() => parseCsv('a\nb\nc\n', { maxRows: 2 })).toThrow(/more than 2 rows/);
  });

  it('round-trips any table through formatCsv', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', 'é') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 }),
        (rows) => {
          // A row of one empty field formats as an empty line, which reads back as [''].
          expect(parseCsv(formatCsv(rows))).toEqual(rows);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('parseCsvRecords', () => {
  it('keys fields by header and checks required columns and field counts', () => {
    expect(parseCsvRecords('id,name\n1,One\n', ['id'])).toEqual([{ id: '1', name: 'One' }]);
    expect(() => parseCsvRecords('id\n1\n', ['id', 'name'], { file: 'f.csv' })).toThrow(
      /f\.csv: row 1, column 2: missing column "name"/,
    );
    expect(() => parseCsvRecords('id,name\n1\n', ['id'])).toThrow(
      /row 2, column 2: expected 2 fields, found 1/,
    );
  });
});

describe('formatCsvField', () => {
  it('quotes only where needed', () => {
    expect(formatCsvField('plain')).toBe('plain');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    expect(formatCsvField('say "x"')).toBe('"say ""x"""');
    expect(formatCsvField(3)).toBe('3');
  });
});
