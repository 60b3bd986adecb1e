/**
 * `npm run bench:library`: how fast the framework library is. First the search figures
 * (scripts/bench/search.ts), then, in headless Chromium against the built browser host, tree
 * and map first paint, expanding the tree to level 7 and scrolling it (scripts/bench/ui-paint.ts).
 * Numbers only; nothing here is asserted, and the script exits 0 unless it crashes.
 */
import { recordFigures } from './bench/bench-record';
import { benchSearch } from './bench/search';

async function main(): Promise<void> {
  const search = await benchSearch();
  recordFigures('library', [
    {
      measure: 'framework search by id or words (p95 over the query set)',
      ours: search.p95Ms,
      unit: 'ms',
      target: { text: 'p95 < 5 ms', met: search.p95Ms < 5 },
    },
    { measure: 'search index build', ours: search.buildMs, unit: 'ms' },
    { measure: 'heap: packs and search index', ours: search.heapBytes / 1024 / 1024, unit: 'MB' },
  ]);
  console.log('');
  // Loaded only now so Playwright does not count towards the search heap figures.
  const { benchUiPaint } = await import('./bench/ui-paint');
  await benchUiPaint();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exitCode = 1;
});
