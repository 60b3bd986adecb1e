/**
 * `npm run bench:canvas`: the diagram canvas beside bpmn-js, in headless Chromium. For each
 * size (100, 500, 2,000, 5,000 and 20,000 nodes, about 1.2 edges per node; `--sizes 100,500`
 * for fewer) a generated workspace is opened through the built app's Open dialog against the
 * browser host, and the same grid as BPMN XML is imported by bpmn-js in the same browser:
 * open-to-painted time, the longest task while opening, heap after GC, frame times of a
 * scripted pan and zoom, and main-thread time of dragging 100 selected nodes. Prints a
 * Markdown table and writes it to bench-results/canvas.md, and records the headline figures for
 * `npm run bench`'s table (canvas-record.ts). `--quick`: 100 and 500 nodes only. Numbers only:
 * nothing is asserted.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium, type Browser } from '@playwright/test';
import { isQuickBench, recordFigures } from './bench/bench-record';
import { ensureBuilt } from './bench/built-app';
import { startBpmnServer } from './bench/bpmn-server';
import { measureBpmn } from './bench/canvas-bpmn';
import { benchLayout } from './bench/canvas-layout';
import { canvasBenchFigures } from './bench/canvas-record';
import { VIEWPORT, measureOurs } from './bench/canvas-ours';
import { canvasTable, type SizeResult } from './bench/canvas-table';
import { CHROMIUM_ARGS } from './bench/chromium-args';

const CHROMIUM = process.env.ETOM_CHROMIUM ?? '/usr/bin/chromium';
const DEFAULT_SIZES = [100, 500, 2_000, 5_000, 20_000];
const QUICK_SIZES = [100, 500];

function sizesFromArgs(argv: readonly string[]): number[] {
  const at = argv.indexOf('--sizes');
  const list = at >= 0 ? argv[at + 1] : undefined;
  if (!list) return isQuickBench(argv) ? QUICK_SIZES : DEFAULT_SIZES;
  const sizes = list.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 20_000)) {
    throw new Error(`--sizes takes whole numbers from 1 to 20000, comma-separated: "${list}"`);
  }
  return sizes;
}

async function main(): Promise<void> {
  const sizes = sizesFromArgs(process.argv.slice(2));
  console.log(ensureBuilt());
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const server = await startBpmnServer();
  const results: SizeResult[] = [];
  try {
    for (const nodes of sizes) {
      const layout = benchLayout(nodes);
      console.log(`${nodes} nodes: eTOM Studio...`);
      const ours = await measureOurs(browser, nodes);
      if (ours.selected !== Math.min(100, nodes)) {
        console.log(`  note: the rubber band selected ${ours.selected} nodes`);
      }
      console.log(`${nodes} nodes: bpmn-js...`);
      const bpmn = await measureBpmn(browser, server, layout, ours.pane);
      results.push({ nodes, edges: layout.edges.length, ours, bpmn });
      // The table so far, so a long run that is stopped still leaves its figures.
      await writeTable(results, browser.version());
    }
  } finally {
    await server.stop();
    await browser.close();
  }
  const table = await writeTable(results, browser.version());
  recordFigures('canvas', canvasBenchFigures(results));
  console.log('');
  console.log(table);
  console.log('written to bench-results/canvas.md');
}

async function writeTable(results: readonly SizeResult[], version: string): Promise<string> {
  const table = [
    `Canvas benchmark: Chromium ${version}, headless, software rendering, ${VIEWPORT.width}x${VIEWPORT.height}, canvas ${Math.round(results[0]?.ours.pane.width ?? 0)}x${Math.round(results[0]?.ours.pane.height ?? 0)} for both, ${new Date().toISOString()}`,
    '',
    canvasTable(results),
    '',
  ].join('\n');
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/canvas.md', table);
  return table;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exitCode = 1;
});
