/**
 * `npm run bench:library`: how fast the framework library is. First the search figures
 * (scripts/bench/search.ts), then, in headless Chromium against the built browser host, tree
 * and map first paint, expanding the tree to level 7 and scrolling it (scripts/bench/ui-paint.ts).
 * Numbers only; nothing here is asserted, and the script exits 0 unless it crashes.
 */
import { benchSearch } from './bench/search';

async function main(): Promise<void> {
  await benchSearch();
  console.log('');
  // Loaded only now so Playwright does not count towards the search heap figures.
  const { benchUiPaint } = await import('./bench/ui-paint');
  await benchUiPaint();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exitCode = 1;
});
