import { describe, expect, it } from 'vitest';
import { BAR } from '../../../../scripts/reliability/bar';
import { TEST_RUNS } from '../../../../scripts/reliability/runs';
import {
  itemRows,
  parseFigureLines,
  scorecardTable,
  tally,
  type RunOutcome,
} from '../../../../scripts/reliability/scorecard-table';
import { existsSync } from 'node:fs';
import path from 'node:path';

const bar = BAR.filter((item) => ['A.1', 'B.8', 'H.35', 'I.36'].includes(item.id));

function outcome(partial: Partial<RunOutcome> & Pick<RunOutcome, 'name'>): RunOutcome {
  return { items: [], status: 'passed', seconds: 1, lines: [], ...partial };
}

describe('the reliability scorecard', () => {
  it('passes an item only when it was measured and every run for it passed', () => {
    const rows = itemRows(bar, [
      outcome({
        name: 'kill',
        items: ['A.1'],
        lines: [{ item: 'A.1', title: 'kill during save', figures: { trials: 500, corrupt: 0 } }],
      }),
      // Failed before reporting anything: its item is failed, not "not run".
      outcome({ name: 'recovery', items: ['B.8'], status: 'failed', note: 'exit 1' }),
      outcome({ name: 'audit', items: ['H.35'], status: 'skipped', note: 'endpoint answered 405' }),
      // Reported I.36 but failed later.
      outcome({
        name: 'flat',
        items: [],
        status: 'failed',
        lines: [{ item: 'I.36', title: 'flat', figures: { crashes: 0 } }],
      }),
    ]);
    expect(rows.map((row) => [row.item.id, row.verdict])).toEqual([
      ['A.1', 'pass'],
      ['B.8', 'fail'],
      ['H.35', 'not run'],
      ['I.36', 'fail'],
    ]);
    expect(rows[2]?.note).toBe('endpoint answered 405');
    expect(tally(rows)).toEqual({ pass: 1, fail: 2, 'not run': 1 });
  });

  it('never passes an item whose run passed without reporting it (a skipped spec)', () => {
    const rows = itemRows(bar, [outcome({ name: 'electron.spec.ts', items: ['B.8'] })]);
    expect(rows.find((row) => row.item.id === 'B.8')?.verdict).toBe('not run');
    expect(tally(rows)).toEqual({ pass: 0, fail: 0, 'not run': 4 });
  });

  it('writes one Markdown row per item, with the figures and the bar', () => {
    const table = scorecardTable(
      itemRows(bar, [
        outcome({
          name: 'kill',
          items: ['A.1'],
          lines: [{ item: 'A.1', title: 'a | b', figures: { trials: 1500, ok: true } }],
        }),
      ]),
    );
    const lines = table.split('\n');
    expect(lines).toHaveLength(2 + bar.length);
    expect(lines[2]).toBe(
      '| A.1 | Atomic save, kill during save | a \\| b: trials 1,500, ok true | 500 trials: 0 corrupt, 0 orphan temps after the sweep | **pass** |',
    );
    expect(lines[3]).toContain('| - |');
    expect(lines[3]).toMatch(/\| not run \|$/);
  });

  it('says why an item nothing here can measure is not run', () => {
    const electron = BAR.filter((item) => item.notHere !== undefined);
    expect(electron.map((item) => item.id)).toEqual(['F.24', 'F.25', 'F.26', 'F.29']);
    const rows = itemRows(electron, [
      outcome({
        name: 'electron.spec.ts',
        items: ['F.24', 'F.25', 'F.26', 'F.27', 'F.28', 'F.29'],
        status: 'skipped',
        note: 'needs the Electron binary',
      }),
    ]);
    expect(rows.map((row) => row.verdict)).toEqual(Array(4).fill('not run'));
    for (const row of rows) expect(row.note).toMatch(/^needs the Electron binary/);
    expect(scorecardTable(rows).split('\n')[2]).toMatch(
      /\| not run \(needs the Electron binary\) \|$/,
    );
  });

  it('reads figure lines, skipping a torn one', () => {
    const text = `${JSON.stringify({ item: 'A.1', title: 't', figures: { n: 1 } })}\n{"item":"A`;
    expect(parseFigureLines(text)).toEqual([{ item: 'A.1', title: 't', figures: { n: 1 } }]);
  });

  it('covers only items of the bar, with files that exist', () => {
    const ids = new Set(BAR.map((item) => item.id));
    expect(BAR).toHaveLength(41);
    for (const run of TEST_RUNS) {
      expect(existsSync(path.resolve(import.meta.dirname, '../../../..', run.file)), run.file).toBe(
        true,
      );
      for (const item of run.items) expect(ids.has(item), item).toBe(true);
    }
  });
});
