import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CoverageModel, computeCoverage } from '../../../../shared/coverage/coverage-model';
import type { CoverageInputs } from '../../../../shared/coverage/coverage-types';
import type { Mapping } from '../../../../shared/model/mapping-schema';
import type { ScopeEntry } from '../../../../shared/model/scope-schema';
import { DEFAULT_ALIGNMENTS } from '../../../../shared/model/workspace-schema';
import { mappingTo } from '../../../fixtures/model-builders';
import { OTHER_PACK, decision, smallCatalogue } from './coverage-fixtures';
import { mappingsBehind } from '../../../../shared/coverage/coverage-lists';
import {
  createHistory,
  execute,
  redo,
  undo,
  WORKSPACE_STACK,
} from '../../../../shared/commands/history';
import { patchScope } from '../../../../shared/commands/scope-commands';
import type { Invocation } from '../../../../shared/commands/types';
import type { WorkspaceDocument } from '../../../../shared/model/document';
import { buildDocument } from '../../../fixtures/workspace-builder';

const catalogue = smallCatalogue();

function coverageOf(scope: ScopeEntry[], mappings: Mapping[], alignments = DEFAULT_ALIGNMENTS) {
  return computeCoverage({ catalogue, scope, mappings, alignments });
}

const at = (result: ReturnType<typeof coverageOf>, id: string) => {
  const found = result.byId.get(id);
  if (found === undefined) throw new Error(`no coverage for ${id}`);
  return found;
};

describe('coverage roll-ups', () => {
  it('leaves everything unset and uncounted when nothing is in scope', () => {
    const result = coverageOf([], [mappingTo('m1', 'c1', '1.1.2')]);
    for (const process of catalogue.processes) {
      const own = at(result, process.id);
      expect(own.scope).toBe('unset');
      expect(own.inScopeChildren).toBe(0);
      expect(own.score).toBe(0);
    }
    // Covered still says that something maps there, in scope or not.
    expect(at(result, '1.1').covered).toBe(true);
    expect(at(result, '1.2').covered).toBe(false);
  });

  it('inherits a decision down the tree and lets a child override it', () => {
    const result = coverageOf([decision('1.1', 'in'), decision('1.1.4', 'out')], []);
    expect(at(result, '1.1')).toMatchObject({ scope: 'in', scopeFrom: 'own' });
    expect(at(result, '1.1.1')).toMatchObject({ scope: 'in', scopeFrom: 'inherited' });
    expect(at(result, '1.1.1.2')).toMatchObject({ scope: 'in', scopeFrom: 'inherited' });
    expect(at(result, '1.1.4')).toMatchObject({ scope: 'out', scopeFrom: 'own' });
    expect(at(result, '1')).toMatchObject({ scope: 'unset', scopeFrom: 'none' });
  });

  it('counts full as 1 and partial as its weight, n/m over the in-scope children', () => {
    const result = coverageOf(
      [decision('1.1', 'in')],
      [mappingTo('m1', 'c1', '1.1.2', 'full'), mappingTo('m2', 'c2', '1.1.3', 'partial')],
    );
    const l2 = at(result, '1.1');
    expect([l2.coveredChildren, l2.inScopeChildren]).toEqual([2, 4]);
    expect(l2.score).toBeCloseTo((1 + 0.5) / 4);
  });

  it('leaves out-of-scope, adjacent and undecided children out of m', () => {
    const result = coverageOf(
      [
        decision('1.1', 'in'),
        decision('1.1.1', 'adjacent'),
        decision('1.1.4', 'out'),
        decision('1.1.3', 'tbd'),
      ],
      [mappingTo('m1', 'c1', '1.1.2', 'full'), mappingTo('m2', 'c2', '1.1.4', 'full')],
    );
    const l2 = at(result, '1.1');
    expect([l2.coveredChildren, l2.inScopeChildren]).toEqual([1, 1]);
    expect(l2.score).toBe(1);
  });

  it('lets a mapping to a parent cover the parent but none of its children', () => {
    const result = coverageOf([decision('1.1', 'in')], [mappingTo('m1', 'c1', '1.1', 'full')]);
    const l2 = at(result, '1.1');
    expect(l2).toMatchObject({ covered: true, coveredChildren: 0, inScopeChildren: 4, score: 0 });
    expect(l2.weight).toBe(1);
    expect(at(result, '1.1.1').covered).toBe(false);
    // In its L1 the L2 counts with the weight of its own mapping.
    const l1 = at(result, '1');
    expect([l1.coveredChildren, l1.inScopeChildren, l1.score]).toEqual([1, 1, 1]);
  });

  it('lets a partial parent mapping and mapped children count for the better of the two', () => {
    const result = coverageOf(
      [decision('1.1', 'in')],
      [
        mappingTo('m1', 'c1', '1.1', 'partial'),
        ...['1.1.1', '1.1.2', '1.1.3', '1.1.4'].map((id, i) => mappingTo(`k${i}`, 'c2', id)),
      ],
    );
    expect(at(result, '1.1').score).toBe(1);
    expect(at(result, '1.1').weight).toBe(1);
  });

  it('rolls a mapping to an L4 up as a share of its L3', () => {
    const result = coverageOf([decision('1.1', 'in')], [mappingTo('m1', 'c1', '1.1.1.1', 'full')]);
    expect(at(result, '1.1.1')).toMatchObject({ covered: true, coveredChildren: 1, score: 0.5 });
    const l2 = at(result, '1.1');
    expect(l2.coveredChildren).toBe(1);
    expect(l2.score).toBeCloseTo(0.5 / 4);
  });

  it('uses the workspace scale: a custom weight counts, an unknown qualifier covers at 0', () => {
    const scale = [...DEFAULT_ALIGNMENTS, { id: 'minimal', label: 'Minimal', weight: 0.25 }];
    const result = coverageOf(
      [decision('1.2', 'in')],
      [mappingTo('m1', 'c1', '1.2.1', 'minimal'), mappingTo('m2', 'c1', '1.2.2', 'retired')],
      scale,
    );
    const l2 = at(result, '1.2');
    expect([l2.coveredChildren, l2.inScopeChildren]).toEqual([2, 2]);
    expect(l2.score).toBeCloseTo(0.125);
  });

  it('keeps mappings to another pack or an unknown id apart, counting none of them', () => {
    const stray = mappingTo('m1', 'c1', '1.1.2');
    const other = {
      ...stray,
      id: 'm2' as Mapping['id'],
      target: { ...stray.target, pack: OTHER_PACK },
    };
    const unknown = mappingTo('m3', 'c1', '9.9');
    const result = coverageOf([decision('1.1', 'in')], [other, unknown]);
    expect(result.unresolvedMappings.map((m) => m.id).sort()).toEqual(['m2', 'm3']);
    expect(at(result, '1.1.2').covered).toBe(false);
  });

  it('records the distinct company processes behind each process', () => {
    const result = coverageOf(
      [],
      [
        mappingTo('m1', 'c2', '1.1.2'),
        mappingTo('m2', 'c1', '1.1.2'),
        mappingTo('m3', 'c1', '1.1.2', 'partial'),
      ],
    );
    const own = at(result, '1.1.2');
    expect(own.companyProcessIds).toEqual(['c1', 'c2']);
    expect(own.directMappings).toBe(3);
    expect(own.directWeight).toBe(1);
  });
});

describe('incremental recompute', () => {
  const ids = catalogue.processes.map((p) => p.id);
  const statuses = ['in', 'adjacent', 'out', 'tbd'] as const;
  const edit = fc.oneof(
    fc.record({
      kind: fc.constant('map' as const),
      target: fc.constantFrom(...ids, '9.9'),
      company: fc.constantFrom('c1', 'c2', 'c3'),
      alignment: fc.constantFrom('full', 'partial'),
    }),
    fc.record({ kind: fc.constant('unmap' as const), index: fc.nat() }),
    fc.record({
      kind: fc.constant('scope' as const),
      target: fc.constantFrom(...ids),
      status: fc.option(fc.constantFrom(...statuses), { nil: undefined }),
    }),
  );

  it('gives after any sequence of edits what a full computation gives', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        let inputs: CoverageInputs = {
          catalogue,
          scope: [],
          mappings: [],
          alignments: DEFAULT_ALIGNMENTS,
        };
        const model = new CoverageModel(inputs);
        let next = 0;
        for (const e of edits) {
          if (e.kind === 'map') {
            next += 1;
            const mapping = mappingTo(`m${next}`, e.company, e.target, e.alignment);
            inputs = { ...inputs, mappings: [...inputs.mappings, mapping] };
          } else if (e.kind === 'unmap') {
            if (inputs.mappings.length === 0) continue;
            const drop = e.index % inputs.mappings.length;
            inputs = { ...inputs, mappings: inputs.mappings.filter((_, i) => i !== drop) };
          } else {
            const rest = inputs.scope.filter((s) => s.target.id !== e.target);
            const scope = e.status === undefined ? rest : [...rest, decision(e.target, e.status)];
            inputs = { ...inputs, scope };
          }
          const incremental = model.update(inputs);
          const full = computeCoverage(inputs);
          expect(new Map(incremental.byId)).toEqual(new Map(full.byId));
          expect(incremental.unresolvedMappings.length).toBe(full.unresolvedMappings.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('incremental recompute driven by the commands', () => {
  const ids = catalogue.processes.map((p) => p.id);
  const statuses = ['in', 'adjacent', 'out', 'tbd'] as const;
  const op = fc.oneof(
    fc.record({
      kind: fc.constant('add' as const),
      target: fc.constantFrom(...ids, '9.9'),
      company: fc.nat(2),
      alignment: fc.constantFrom('full', 'partial'),
    }),
    fc.record({ kind: fc.constant('realign' as const), index: fc.nat() }),
    fc.record({ kind: fc.constant('delete' as const), index: fc.nat() }),
    fc.record({
      kind: fc.constant('scope' as const),
      targets: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 }),
      status: fc.option(fc.constantFrom(...statuses), { nil: undefined }),
    }),
    fc.constant({ kind: 'undo' as const }),
    fc.constant({ kind: 'redo' as const }),
  );
  const inputsOf = (document: WorkspaceDocument): CoverageInputs => ({
    catalogue,
    scope: document.scope.entries,
    mappings: document.mappings.mappings,
    alignments: DEFAULT_ALIGNMENTS,
  });

  it('follows any sequence of commands, undos and redos from the noted changes alone', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let history = createHistory(buildDocument());
        const model = new CoverageModel(inputsOf(history.document));
        let serial = 0;
        for (const o of ops) {
          const mappings = history.document.mappings.mappings;
          let invocation: Invocation | null = null;
          if (o.kind === 'add') {
            serial += 1;
            const mapping = mappingTo(`m${serial}`, `p-${o.company}`, o.target, o.alignment);
            invocation = { name: 'mapping.add', args: { mappings: [mapping] } };
          } else if (o.kind === 'realign' && mappings.length > 0) {
            const mapping = mappings[o.index % mappings.length]!;
            const alignment = mapping.alignment === 'full' ? 'partial' : 'full';
            invocation = {
              name: 'mapping.edit',
              args: { edits: [{ id: mapping.id, set: { alignment } }] },
            };
          } else if (o.kind === 'delete' && mappings.length > 0) {
            invocation = {
              name: 'mapping.delete',
              args: { ids: [mappings[o.index % mappings.length]!.id] },
            };
          } else if (o.kind === 'scope') {
            const targets = o.targets.map((id) => decision(id, 'in').target);
            invocation =
              o.status === undefined
                ? { name: 'scope.set', args: { put: [], remove: targets } }
                : {
                    name: 'scope.set',
                    args: {
                      put: patchScope(history.document.scope.entries, targets, {
                        status: o.status,
                      }),
                      remove: [],
                    },
                  };
          }
          if (invocation !== null) history = execute(history, invocation);
          else if (o.kind === 'undo') history = undo(history, [WORKSPACE_STACK]);
          else if (o.kind === 'redo') history = redo(history, [WORKSPACE_STACK]);
          const incremental = model.update(inputsOf(history.document));
          expect(model.lastUpdate).toBe('changes');
          const full = computeCoverage(inputsOf(history.document));
          expect(new Map(incremental.byId)).toEqual(new Map(full.byId));
          expect(incremental.unresolvedMappings.length).toBe(full.unresolvedMappings.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('falls back to comparing the arrays when they did not come from a command', () => {
    const inputs: CoverageInputs = {
      catalogue,
      scope: [],
      mappings: [],
      alignments: DEFAULT_ALIGNMENTS,
    };
    const model = new CoverageModel(inputs);
    model.update({ ...inputs, mappings: [mappingTo('m1', 'c1', '1.1.2')] });
    expect(model.lastUpdate).toBe('diff');
    expect(model.result().byId.get('1.1')?.covered).toBe(true);
  });

  it('lists the mappings behind a process from the tree, not from its id', () => {
    const result = coverageOf(
      [],
      [
        mappingTo('m2', 'c1', '1.1.1.2'),
        mappingTo('m1', 'c2', '1.1'),
        mappingTo('m3', 'c1', '1.1.3', 'partial'),
        mappingTo('m4', 'c3', '1.2.1'),
      ],
    );
    expect(mappingsBehind(catalogue, result, '1.1').map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    expect(mappingsBehind(catalogue, result, '1.1.1').map((m) => m.id)).toEqual(['m2']);
    expect(mappingsBehind(catalogue, result, '2')).toEqual([]);
  });
});
