import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../../shared/coverage/coverage-model';
import { coverageChanges, coverageFigure } from '../../../../shared/diff/coverage-change';
import type { Mapping } from '../../../../shared/model/mapping-schema';
import type { ScopeEntry } from '../../../../shared/model/scope-schema';
import { DEFAULT_ALIGNMENTS } from '../../../../shared/model/workspace-schema';
import { mappingTo } from '../../../fixtures/model-builders';
import { decision, smallCatalogue } from '../coverage/coverage-fixtures';

const catalogue = smallCatalogue();
const coverage = (scope: ScopeEntry[], mappings: Mapping[]) =>
  computeCoverage({ catalogue, scope, mappings, alignments: DEFAULT_ALIGNMENTS });

/** The changes as `id: move (before -> after)`, sorted by id. */
function moves(before: ReturnType<typeof coverage>, after: ReturnType<typeof coverage>) {
  return [...coverageChanges(before, after).values()]
    .map((c) => `${c.id}: ${c.move} (${c.before} -> ${c.after})`)
    .sort();
}

describe('coverage change per process', () => {
  it('finds nothing between two equal coverages', () => {
    const scope = [decision('1.1', 'in')];
    const mappings = [mappingTo('m1', 'c1', '1.1.2')];
    expect(moves(coverage(scope, mappings), coverage(scope, mappings))).toEqual([]);
  });

  it('marks a new mapping better up the tree, and its removal worse', () => {
    const scope = [decision('1', 'in')];
    const without = coverage(scope, []);
    const withOne = coverage(scope, [mappingTo('m1', 'c1', '1.1.2')]);
    // 1.1.2 itself, its parent 1.1 (1 of 4 L3s) and 1 (1.1 now counts a quarter).
    expect(moves(without, withOne)).toEqual([
      '1.1.2: better (0% -> 100%)',
      '1.1: better (0/4 0% -> 1/4 25%)',
      '1: better (0/2 0% -> 1/2 13%)',
    ]);
    expect(moves(withOne, without)).toEqual([
      '1.1.2: worse (100% -> 0%)',
      '1.1: worse (1/4 25% -> 0/4 0%)',
      '1: worse (1/2 13% -> 0/2 0%)',
    ]);
  });

  it('marks a partial mapping made full better at an equal count of covered children', () => {
    const scope = [decision('1.1', 'in')];
    const partial = coverage(scope, [mappingTo('m1', 'c1', '1.1.3', 'partial')]);
    const full = coverage(scope, [mappingTo('m1', 'c1', '1.1.3', 'full')]);
    expect(moves(partial, full)).toEqual([
      '1.1.3: better (50% -> 100%)',
      '1.1: better (1/4 13% -> 1/4 25%)',
    ]);
  });

  it('calls a change of scope a scope change, not better or worse', () => {
    const mappings = [mappingTo('m1', 'c1', '1.1.2')];
    const before = coverage([decision('1.1', 'in')], mappings);
    const after = coverage([decision('1.1', 'in'), decision('1.1.4', 'out')], mappings);
    // 1.1.4 left the scope; 1.1 has one child less in scope (1/4 -> 1/3): not comparable.
    expect(moves(before, after)).toEqual([
      '1.1.4: scope (0% -> out of scope)',
      '1.1: scope (1/4 25% -> 1/3 33%)',
    ]);
  });

  it('marks a mapping made to a process with children in scope, and says so in its figures', () => {
    const scope = [decision('1.1', 'in')];
    const before = coverage(scope, []);
    const after = coverage(scope, [mappingTo('m1', 'c1', '1.1.1')]);
    // 1.1.1 shows its two L4s' share (0/2 0%) either way: the mapping is said in words.
    expect(moves(before, after)).toContain('1.1.1: better (0/2 0% -> 0/2 0%, 1 mapping here)');
  });

  it('leaves a process out of scope on both sides unchanged whatever maps to it', () => {
    const scope = [decision('1.2', 'out')];
    expect(moves(coverage(scope, []), coverage(scope, [mappingTo('m1', 'c1', '1.2.1')]))).toEqual(
      [],
    );
  });

  it('says what a cell shows on each side', () => {
    const result = coverage([decision('1.1', 'in'), decision('1.2', 'adjacent')], []);
    expect(coverageFigure(result.byId.get('1.1'))).toBe('0/4 0%');
    expect(coverageFigure(result.byId.get('1.2'))).toBe('adjacent of scope');
    expect(coverageFigure(result.byId.get('2'))).toBe('no scope decision');
    expect(coverageFigure(undefined)).toBe('no scope decision');
  });
});
