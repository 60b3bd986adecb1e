/**
 * The search half of `npm run bench:library`: building the search index over both built-in
 * packs, the median and 95th-percentile time of ~30 fixed queries (ids, id prefixes, words,
 * typos), and the heap the catalogues and index take. Target: p95 under 5 ms per query.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isQuickBench } from './bench-record';
import { quantile } from './stats';

const QUERIES = [
  '1.3.3',
  '1.1.1.5',
  '1.7.21.8.2.4.1',
  '1.3.',
  '1.5.8.',
  '1.',
  '1.1',
  'order',
  'order handling',
  'trouble',
  'troble',
  'customer order management',
  'custmer ordr',
  'billing',
  'biling inquiry',
  'service problem',
  'resource trouble management',
  'product catalog',
  'partner settlement',
  'sla violation',
  'fraud',
  'marketing campaign',
  'markting campain',
  'supply chain',
  'capacity planning',
  'workforce',
  'invoice',
  'enterprise risk',
  'knowledge management',
  'zzzz nothing here',
];
// A quick run (`npm run bench -- --quick`) repeats less; the query set is the same.
const REPEATS = isQuickBench() ? 30 : 300;
const BUILDS = isQuickBench() ? 3 : 15;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const ms = (value: number): string => value.toFixed(3).padStart(9);
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Measures and prints the search figures. Run before anything else loads, for the heap. */
/** Measures and prints the search figures; returns the ones the summary table shows. */
export async function benchSearch(): Promise<{
  p95Ms: number;
  buildMs: number;
  heapBytes: number;
}> {
  const baseline = heapUsed();
  // Loaded after the baseline so the packs' data counts towards the measured heap.
  const { getBuiltInCatalogue, BUILT_IN_PACKS } = await import('../../shared/etom/registry');
  const { createFrameworkSearch } = await import('../../shared/etom/search');
  const catalogues = BUILT_IN_PACKS.map((info) => getBuiltInCatalogue(info.id)).filter(
    (catalogue) => catalogue !== undefined,
  );
  const afterCatalogues = heapUsed();

  const buildTimes: number[] = [];
  let search = createFrameworkSearch(catalogues);
  for (let i = 0; i < BUILDS; i += 1) {
    const start = performance.now();
    search = createFrameworkSearch(catalogues);
    buildTimes.push(performance.now() - start);
  }
  const afterIndex = heapUsed();
  buildTimes.sort((a, b) => a - b);

  const all: number[] = [];
  const rows: string[] = [];
  for (const query of QUERIES) {
    for (let i = 0; i < 20; i += 1) search.search(query); // warm up
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i < REPEATS; i += 1) {
      const start = performance.now();
      hits = search.search(query).length;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    rows.push(
      `${JSON.stringify(query).padEnd(32)}${String(hits).padStart(6)}${ms(quantile(times, 0.5))}${ms(quantile(times, 0.95))}`,
    );
  }
  all.sort((a, b) => a - b);

  console.log(
    `Framework library benchmark (Node ${process.version}, ${search.size} processes, ${REPEATS} runs per query, limit 50)`,
  );
  console.log('');
  console.log(
    `${'query'.padEnd(32)}${'hits'.padStart(6)}${'median ms'.padStart(10)}${'p95 ms'.padStart(9)}`,
  );
  for (const row of rows) console.log(row);
  console.log('');
  console.log(
    `all queries: median ${quantile(all, 0.5).toFixed(3)} ms, p95 ${quantile(all, 0.95).toFixed(3)} ms, max ${quantile(all, 1).toFixed(3)} ms (target p95 < 5 ms)`,
  );
  console.log(
    `index build: median ${quantile(buildTimes, 0.5).toFixed(1)} ms, p95 ${quantile(buildTimes, 0.95).toFixed(1)} ms over ${BUILDS} builds`,
  );
  console.log(
    `heap: catalogues + pack data ${mb(afterCatalogues - baseline)}, + search index ${mb(afterIndex - afterCatalogues)}, total ${mb(afterIndex - baseline)}`,
  );
  return {
    p95Ms: quantile(all, 0.95),
    buildMs: quantile(buildTimes, 0.5),
    heapBytes: afterIndex - baseline,
  };
}
