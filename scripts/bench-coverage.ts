/**
 * `npm run bench:coverage`: coverage figures at 5,000 company processes and 10,000 mappings
 * over GB921 v25.5 with every L2 of four domains in scope: the full computation, the
 * incremental recompute after one edit (a mapping added, a mapping's alignment changed, a
 * scope decision changed), and the HTML report. Numbers only; nothing is asserted.
 */
import { recordFigures } from './bench/bench-record';
import { CoverageModel, computeCoverage } from '../shared/coverage/coverage-model';
import type { CoverageInputs } from '../shared/coverage/coverage-types';
import { defaultScopeTargets, patchScope } from '../shared/commands/scope-commands';
import { getBuiltInCatalogue } from '../shared/etom/registry';
import type { Mapping } from '../shared/model/mapping-schema';
import { DEFAULT_ALIGNMENTS } from '../shared/model/workspace-schema';
import type { MappingId, ProcessId } from '../shared/model/ids';
import { renderHtmlReport } from '../shared/report/html-report';
import { buildSampleDocument } from './sample-workspace';
import { applyCommand } from '../shared/commands/catalogue';
import type { Invocation } from '../shared/commands/types';
import type { WorkspaceDocument } from '../shared/model/document';

const catalogue = getBuiltInCatalogue('gb921-v25.5')!;
const targets = catalogue.processes.filter((p) => p.level >= 2);
const scope = patchScope([], defaultScopeTargets(catalogue, '25.5', ['1.2', '1.3', '1.4', '1.5']), {
  status: 'in',
});
const mappings: Mapping[] = Array.from({ length: 10_000 }, (_, i) => ({
  id: `m-${i}` as MappingId,
  processId: `p-${i % 5_000}` as ProcessId,
  target: {
    pack: catalogue.pack.id,
    release: '25.5',
    id: targets[(i * 7919) % targets.length]!.id,
  },
  alignment: i % 3 === 0 ? 'partial' : 'full',
  status: 'draft',
}));
const inputs: CoverageInputs = { catalogue, scope, mappings, alignments: DEFAULT_ALIGNMENTS };

const pct = (list: number[], p: number) =>
  [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) * p)]!;
function time(label: string, runs: number, step: (i: number) => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    step(i);
    times.push(performance.now() - start);
  }
  console.log(
    `${label.padEnd(44)} median ${pct(times, 0.5).toFixed(2)} ms, p95 ${pct(times, 0.95).toFixed(2)} ms`,
  );
  return pct(times, 0.5);
}

const fullMs = time('full computation (10,000 mappings)', 20, () => computeCoverage(inputs));

// The edits go through the real commands, as in the app: each notes what it changed, so the
// model's update visits only that (see shared/commands/change-lineage). Only the update is timed.
const sample = buildSampleDocument();
let document: WorkspaceDocument = {
  ...sample,
  processes: {
    ...sample.processes,
    processes: Array.from({ length: 5_000 }, (_, i) => ({
      id: `p-${i}` as ProcessId,
      name: `Process ${i}`,
      parentId: null,
      order: i,
    })),
  },
  mappings: { ...sample.mappings, mappings: [] },
  scope: { ...sample.scope, entries: scope },
};
document = applyCommand(document, { name: 'mapping.add', args: { mappings } }).document;
const inputsOf = (doc: WorkspaceDocument): CoverageInputs => ({
  ...inputs,
  scope: doc.scope.entries,
  mappings: doc.mappings.mappings,
});
const model = new CoverageModel(inputsOf(document));
const paths = new Map<string, number>();
function timedUpdate(label: string, runs: number, edit: (i: number) => Invocation): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    document = applyCommand(document, edit(i)).document;
    const start = performance.now();
    model.update(inputsOf(document));
    times.push(performance.now() - start);
    paths.set(model.lastUpdate, (paths.get(model.lastUpdate) ?? 0) + 1);
  }
  console.log(
    `${label.padEnd(44)} median ${pct(times, 0.5).toFixed(2)} ms, p95 ${pct(times, 0.95).toFixed(2)} ms`,
  );
  return pct(times, 0.95);
}
const addedP95 = timedUpdate('incremental: one mapping added', 200, (i) => ({
  name: 'mapping.add',
  args: { mappings: [{ ...mappings[i]!, id: `x-${i}` as MappingId }] },
}));
const alignedP95 = timedUpdate('incremental: one alignment changed', 200, (i) => {
  const mapping = document.mappings.mappings[(i * 31) % document.mappings.mappings.length]!;
  const alignment = mapping.alignment === 'full' ? 'partial' : 'full';
  return { name: 'mapping.edit', args: { edits: [{ id: mapping.id, set: { alignment } }] } };
});
timedUpdate('incremental: one L2 scope decision changed', 200, (i) => {
  const entry = document.scope.entries[i % document.scope.entries.length]!;
  const status = entry.status === 'in' ? 'out' : 'in';
  return {
    name: 'scope.set',
    args: { put: patchScope(document.scope.entries, [entry.target], { status }), remove: [] },
  };
});
console.log(
  `updates from the commands' noted changes: ${paths.get('changes') ?? 0} of ${[...paths.values()].reduce((a, b) => a + b, 0)}`,
);
const big = {
  ...sample,
  scope: { ...sample.scope, entries: scope },
  mappings: { ...sample.mappings, mappings },
};
const reportMs = time('HTML report (10,000 mappings)', 5, () =>
  renderHtmlReport({ document: big, catalogue, generatedAt: 'now' }),
);
const frame = (ms: number) => ({ text: 'p95 < 16 ms (one frame)', met: ms < 16 });
recordFigures('coverage', [
  { measure: 'coverage roll-up from scratch, 10k mappings (median)', ours: fullMs, unit: 'ms' },
  {
    measure: 'coverage after one mapping added (p95)',
    ours: addedP95,
    unit: 'ms',
    target: frame(addedP95),
  },
  {
    measure: 'coverage after one alignment changed (p95)',
    ours: alignedP95,
    unit: 'ms',
    target: frame(alignedP95),
  },
  { measure: 'alignment report HTML, 10k mappings (median)', ours: reportMs, unit: 'ms' },
]);
