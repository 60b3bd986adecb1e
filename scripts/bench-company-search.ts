/**
 * `npm run bench:company-search`: the library's word search with a workspace's company
 * processes indexed too (5,000 of them), from keystroke to results: every prefix of a few
 * typed queries runs the framework query (`runLibraryQuery`) and the company search, as the
 * results list does on each keystroke. Prints the index build and the per-keystroke median and
 * 95th percentile. Numbers only; nothing is asserted. Painting is not included (the list shows
 * at most 200 + 50 rows).
 */
import { getBuiltInCatalogue } from '../shared/etom/registry';
import { createCompanySearch } from '../shared/mapping/company-search';
import type { ProcessId } from '../shared/model/ids';
import type { CompanyProcess } from '../shared/model/process-schema';
import { EMPTY_QUERY, runLibraryQuery } from '../renderer/library/library-query';
import { loadEvalSet } from './bench/suggest-eval-set';
import { quantile } from './bench/stats';

const COMPANY_PROCESSES = 5_000;
const TYPED = [
  'order handling',
  'trouble ticket',
  'dunning letters',
  'billing inquiry',
  'port-in request',
  'noc alarm triage',
  'partner settlement',
  'custmer ordr',
];
const ROUNDS = 5;
const VARIANTS = ['', 'north', 'south', 'enterprise', 'wholesale', 'mobile', 'fixed', 'retail'];

/** 5,000 company processes named as operators name them, in a tree of 50 parents. */
function companyProcesses(): CompanyProcess[] {
  const names = loadEvalSet().map((c) => c.query);
  return Array.from({ length: COMPANY_PROCESSES }, (_, i) => {
    const variant = VARIANTS[Math.floor(i / names.length) % VARIANTS.length] ?? '';
    const name = `${names[i % names.length] ?? 'Process'}${variant ? ` (${variant})` : ''}`;
    return {
      id: `p-${i}` as ProcessId,
      name,
      code: `C-${i}`,
      parentId: i < 50 ? null : (`p-${i % 50}` as ProcessId),
      order: i,
    };
  });
}

function main(): void {
  const catalogue = getBuiltInCatalogue('gb921-v25.5');
  if (!catalogue) throw new Error('no built-in GB921 pack');
  const processes = companyProcesses();
  const builds: number[] = [];
  let company = createCompanySearch(processes);
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    company = createCompanySearch(processes);
    builds.push(performance.now() - start);
  }
  // Warm the framework index (built once per pack and kept).
  runLibraryQuery(catalogue, { ...EMPTY_QUERY, text: 'warm' });

  const keystrokes: number[] = [];
  const companyOnly: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const query of TYPED) {
      for (let end = 1; end <= query.length; end += 1) {
        const text = query.slice(0, end);
        const start = performance.now();
        runLibraryQuery(catalogue, { ...EMPTY_QUERY, text });
        const middle = performance.now();
        company.search(text, 50);
        const done = performance.now();
        keystrokes.push(done - start);
        companyOnly.push(done - middle);
      }
    }
  }
  keystrokes.sort((a, b) => a - b);
  companyOnly.sort((a, b) => a - b);
  builds.sort((a, b) => a - b);
  const f = (value: number) => `${value.toFixed(2)} ms`;
  console.log(`company processes indexed: ${COMPANY_PROCESSES}`);
  console.log(`company index build: median ${f(quantile(builds, 0.5))}`);
  console.log(
    `keystroke to results (framework + company), ${keystrokes.length} keystrokes: median ${f(quantile(keystrokes, 0.5))}, p95 ${f(quantile(keystrokes, 0.95))}, max ${f(keystrokes.at(-1) ?? 0)}`,
  );
  console.log(
    `of which the company search: median ${f(quantile(companyOnly, 0.5))}, p95 ${f(quantile(companyOnly, 0.95))}`,
  );
}

main();
