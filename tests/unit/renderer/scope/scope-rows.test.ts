import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../../shared/coverage/coverage-model';
import { targetKey } from '../../../../shared/model/framework-ref';
import { DEFAULT_ALIGNMENTS } from '../../../../shared/model/workspace-schema';
import { nextStatus } from '../../../../renderer/scope/scope-labels';
import { filterScopeRows, scopeRows, sortScopeRows } from '../../../../renderer/scope/scope-rows';
import { mappingTo } from '../../../fixtures/model-builders';
import { decision, smallCatalogue } from '../../shared/coverage/coverage-fixtures';

const catalogue = smallCatalogue();
const scope = [
  { ...decision('1.2', 'out'), reason: 'Handled by the group' },
  decision('1.1', 'in'),
];
const entries = new Map(scope.map((e) => [targetKey(e.target), e] as const));
const coverage = computeCoverage({
  catalogue,
  scope,
  mappings: [mappingTo('m1', 'c1', '1.1.2')],
  alignments: DEFAULT_ALIGNMENTS,
});

describe('the L2 scope list', () => {
  it('lists every child of the level-1 domains with its own decision and n/m', () => {
    const rows = scopeRows(catalogue, entries, coverage);
    expect(rows.map((r) => [r.process.id, r.domain.id, r.entry?.status ?? null])).toEqual([
      ['1.1', '1', 'in'],
      ['1.2', '1', 'out'],
      ['2.1', '2', null],
    ]);
    expect(rows[0]).toMatchObject({ covered: 1, inScope: 4, score: 0.25 });
  });

  it('sorts by status in the order offered, undecided last, and either way', () => {
    const rows = scopeRows(catalogue, entries, coverage);
    const ids = (key: Parameters<typeof sortScopeRows>[1], descending = false) =>
      sortScopeRows(rows, key, descending).map((r) => r.process.id);
    expect(ids('status')).toEqual(['1.1', '1.2', '2.1']);
    expect(ids('status', true)).toEqual(['2.1', '1.2', '1.1']);
    expect(ids('coverage', true)[0]).toBe('1.1');
  });

  it('filters on id, name, domain and reason', () => {
    const rows = scopeRows(catalogue, entries, coverage);
    expect(filterScopeRows(rows, 'the GROUP').map((r) => r.process.id)).toEqual(['1.2']);
    expect(filterScopeRows(rows, '2.1').map((r) => r.process.id)).toEqual(['2.1']);
    expect(filterScopeRows(rows, '  ')).toHaveLength(3);
  });

  it('cycles a status on the map: none, in, adjacent, out, to be decided, none', () => {
    const seen: Array<string | null> = [];
    let current: ReturnType<typeof nextStatus> | undefined = undefined;
    for (let i = 0; i < 5; i += 1) {
      current = nextStatus(current ?? undefined);
      seen.push(current);
    }
    expect(seen).toEqual(['in', 'adjacent', 'out', 'tbd', null]);
  });
});
