import { describe, expect, it } from 'vitest';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';
import { DEFAULT_ALIGNMENTS } from '../../../../shared/model/workspace-schema';
import { checkPaste, splitPaste } from '../../../../renderer/mappings/paste-rows';
import { companyProcess, mappingTo } from '../../../fixtures/model-builders';

const catalogue = getBuiltInCatalogue('gb921-v25.5')!;
const processes = [
  companyProcess('p-take', 'Take customer order', null, { code: 'OTA-01' }),
  companyProcess('p-bill', 'Bill customer', null, { code: 'BTC-01' }),
  companyProcess('p-bill-2', 'Bill customer', null, { code: 'BTC-02' }),
];

describe('splitPaste', () => {
  it('splits spreadsheet rows on tabs, typed rows on bars, skips blanks, a heading and a BOM', () => {
    const lines = splitPaste(
      '\uFEFFCompany process\teTOM id\tAlignment\tNote\r\nOTA-01\t1.3.3\tfull\ta | b\r\n\r\n  Bill | 1.3.7 |  |  why \n',
    );
    expect(lines).toEqual([
      { line: 2, cells: ['OTA-01', '1.3.3', 'full', 'a | b'] },
      { line: 4, cells: ['Bill', '1.3.7', '', 'why'] },
    ]);
  });

  it('keeps a first line that is data', () => {
    expect(splitPaste('Take customer order | 1.3.3')).toHaveLength(1);
  });
});

describe('checkPaste', () => {
  const context = {
    processes,
    catalogue,
    scale: DEFAULT_ALIGNMENTS,
    existing: [mappingTo('m-1', 'p-take', '1.3.7')],
  };

  it('resolves names, codes, ids and alignment labels; blank alignment is the first; the UID kept', () => {
    const rows = checkPaste(
      splitPaste('OTA-01 | 1.3.3 | Partial | same steps\nBTC-02 | 1.3.9'),
      context,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        ok: true,
        entry: {
          processId: 'p-take',
          target: { pack: 'gb921-v25.5', release: '25.5', id: '1.3.3', uid: '3885' },
          alignment: 'partial',
          rationale: 'same steps',
        },
      }),
      expect.objectContaining({ ok: true }),
    ]);
    expect(rows[1]?.ok && rows[1].entry).toMatchObject({
      processId: 'p-bill-2',
      alignment: 'full',
    });
  });

  it('reports every problem of a line, by line: unknown, ambiguous, taken, duplicate', () => {
    const rows = checkPaste(
      splitPaste(
        [
          'Nobody | 9.9.9 | weak',
          'Bill customer | 1.3.3',
          'OTA-01 | 1.3.7',
          'OTA-01 | 1.3.3',
          'Take customer order | 1.3.3',
        ].join('\n'),
      ),
      context,
    );
    expect(rows.map((r) => (r.ok ? 'ok' : r.errors.join('; ')))).toEqual([
      'no company process "Nobody"; no eTOM process "9.9.9" in GB921 Business Process Framework (eTOM) v25.5; no alignment "weak" (the scale has Full, Partial)',
      '"Bill customer" names 2 company processes: use its code',
      '"Take customer order" is already mapped to 1.3.7',
      'ok',
      '"Take customer order" is already mapped to 1.3.3',
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
  });
});
