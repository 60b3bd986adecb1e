/**
 * Speed and memory of suggestions: building the index over GB921 v25.5 (with classic lineage),
 * the heap it takes, and suggestions for 5,000 company processes at once (names built from the
 * evaluation set with a qualifier each, with a parent name, as a workspace would give them),
 * with the per-process median and 95th percentile.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { QueryText } from '../../shared/mapping/suggest/query-plan';
import { quantile } from './stats';

const QUALIFIERS = [
  'for enterprise customers',
  'for consumer mobile',
  'for fixed broadband',
  'in retail stores',
  'for wholesale partners',
  'for IoT connections',
  'for fibre to the home',
  'for SME accounts',
  'across regions',
  'for prepaid subscribers',
  'for postpaid subscribers',
  'for the B2B portal',
  'in the network operations centre',
  'for field engineers',
  'weekly',
  'for roaming partners',
  'for TV and content',
  'for public sector contracts',
  'for cloud services',
  'for MVNO hosts',
];

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** 5,000 company processes, as the workspace reader would hand them to the engine. */
export function syntheticWorkspace(names: readonly string[], count = 5_000): QueryText[] {
  const queries: QueryText[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = names[i % names.length] as string;
    const qualifier = QUALIFIERS[Math.floor(i / names.length) % QUALIFIERS.length] as string;
    const parent = names[(i * 7 + 3) % names.length] as string;
    queries.push({ name: `${name} ${qualifier}`, parentName: parent });
  }
  return queries;
}

export interface SpeedFigures {
  buildMs: number[];
  indexBytes: number;
  processes: number;
  allAtOnceMs: number;
  cpuMs: number;
  perProcessMs: number[];
}

const ms = (value: number, digits = 1): string => `${value.toFixed(digits)} ms`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Measures and prints build time, heap and suggestion speed. */
export async function benchSuggestSpeed(names: readonly string[]): Promise<SpeedFigures> {
  const { getBuiltInCatalogue } = await import('../../shared/etom/registry');
  const { createSuggester } = await import('../../shared/mapping/suggest/suggest');
  const current = getBuiltInCatalogue('gb921-v25.5');
  const classic = getBuiltInCatalogue('classic-r14');
  if (current === undefined || classic === undefined) throw new Error('built-in packs missing');

  // A first build fills the catalogues' own lookups (children, ancestors), which stay with
  // the catalogues: the heap of the index alone is the second build's.
  let suggester = createSuggester({ catalogue: current, counterpart: classic });
  const before = heapUsed();
  const second = createSuggester({ catalogue: current, counterpart: classic });
  const indexBytes = heapUsed() - before;
  suggester = second;
  const buildMs: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    const start = performance.now();
    suggester = createSuggester({ catalogue: current, counterpart: classic });
    buildMs.push(performance.now() - start);
  }
  buildMs.sort((a, b) => a - b);

  const workspace = syntheticWorkspace(names);
  for (const query of workspace.slice(0, 200)) suggester.suggest(query); // warm up
  const perProcessMs: number[] = [];
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  for (const query of workspace) {
    const t = performance.now();
    suggester.suggest(query, { limit: 5 });
    perProcessMs.push(performance.now() - t);
  }
  const allAtOnceMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  // CPU time beside wall time: on a machine shared with other work the wall clock runs long.
  const cpuMs = (cpu.user + cpu.system) / 1000;
  perProcessMs.sort((a, b) => a - b);

  console.log(
    `index: build median ${ms(quantile(buildMs, 0.5))} (min ${ms(quantile(buildMs, 0))}) over ${buildMs.length} builds; heap ${mb(indexBytes)} (index over GB921 v25.5 with classic lineage, catalogues excluded)`,
  );
  console.log(
    `suggestions for ${workspace.length} company processes at once (top 5 each, with reasons): ${ms(allAtOnceMs, 0)} (CPU ${ms(cpuMs, 0)}); per process median ${ms(quantile(perProcessMs, 0.5), 2)}, p95 ${ms(quantile(perProcessMs, 0.95), 2)}, max ${ms(quantile(perProcessMs, 1), 2)}`,
  );
  return { buildMs, indexBytes, processes: workspace.length, allAtOnceMs, cpuMs, perProcessMs };
}
