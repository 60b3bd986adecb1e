/**
 * `npm run bench:coverage`: coverage figures at 5,000 company processes and 10,000 mappings
 * over GB921 v25.5 with every L2 of four domains in scope: the full computation, the
 * incremental recompute after one edit (a mapping added, a mapping's alignment changed, a
 * scope decision changed), and the HTML report. Numbers only; nothing is asserted.
 */
import { CoverageModel, computeCoverage } from '../shared/coverage/coverage-model';
import type { CoverageInputs } from '../shared/coverage/coverage-types';
import { defaultScopeTargets, patchScope } from '../shared/commands/scope-commands';
import { getBuiltInCatalogue } from '../shared/etom/registry';
import type { Mapping } from '../shared/model/mapping-schema';
import { DEFAULT_ALIGNMENTS } from '../shared/model/workspace-schema';
import type { MappingId, ProcessId } from '../shared/model/ids';
import { renderHtmlReport } from '../shared/report/html-report';
import { buildSampleDocument } from './sample-workspace';

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
function time(label: string, runs: number, step: (i: number) => void): void {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    step(i);
    times.push(performance.now() - start);
  }
  console.log(
    `${label.padEnd(44)} median ${pct(times, 0.5).toFixed(2)} ms, p95 ${pct(times, 0.95).toFixed(2)} ms`,
  );
}

time('full computation (10,000 mappings)', 20, () => computeCoverage(inputs));
const model = new CoverageModel(inputs);
let current = inputs;
time('incremental: one mapping added', 200, (i) => {
  const extra: Mapping = { ...mappings[i]!, id: `x-${i}` as MappingId };
  current = { ...current, mappings: [...current.mappings, extra] };
  model.update(current);
});
time('incremental: one alignment changed', 200, (i) => {
  const list = current.mappings.slice();
  const at = (i * 31) % list.length;
  list[at] = { ...list[at]!, alignment: list[at]!.alignment === 'full' ? 'partial' : 'full' };
  current = { ...current, mappings: list };
  model.update(current);
});
time('incremental: one L2 scope decision changed', 200, (i) => {
  const list = current.scope.slice();
  const at = i % list.length;
  list[at] = { ...list[at]!, status: list[at]!.status === 'in' ? 'out' : 'in' };
  current = { ...current, scope: list };
  model.update(current);
});
const sample = buildSampleDocument();
const big = {
  ...sample,
  scope: { ...sample.scope, entries: scope },
  mappings: { ...sample.mappings, mappings },
};
time('HTML report (10,000 mappings)', 5, () =>
  renderHtmlReport({ document: big, catalogue, generatedAt: 'now' }),
);
