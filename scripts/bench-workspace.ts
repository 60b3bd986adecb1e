/**
 * `npm run bench:workspace`: opening and saving a large workspace in main, through the real
 * store (read workers, validation, lock, atomic writes): 5,000 company processes, 10,000
 * mappings, a scope decision per L2 of four domains and a 5,000-node diagram. Figures per
 * step: median, min and max over the runs, and the heap and resident memory after opening.
 * Numbers only; nothing is asserted.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceStore } from '../main/services/workspace/workspace-store';
import type { WorkspaceDocument } from '../shared/model/document';
import { writeWorkspaceFiles } from '../tests/fixtures/workspace-builder';
import { MAPPINGS, PROCESSES, largeDocument } from './bench/large-workspace';
import { isQuickBench, recordFigures } from './bench/bench-record';
import { summary } from './bench/stats';

// A quick run (`npm run bench -- --quick`): a tenth of the size (large-workspace.ts), 2 runs.
const RUNS = isQuickBench() ? 2 : 5;
const NODES = isQuickBench() ? 500 : 5_000;
const MB = 1024 * 1024;

/** The document with one mapping's alignment changed: what one edit then Ctrl+S saves. */
function withOneEdit(document: WorkspaceDocument, round: number): WorkspaceDocument {
  const list = document.mappings.mappings.slice();
  const at = (round * 131) % list.length;
  list[at] = { ...list[at]!, alignment: list[at]!.alignment === 'full' ? 'partial' : 'full' };
  return { ...document, mappings: { ...document.mappings, mappings: list } };
}

const line = (label: string, samples: number[], unit = 'ms'): void => {
  const { median, min, max } = summary(samples);
  const f = (n: number) => n.toFixed(unit === 'ms' ? 0 : 1);
  console.log(`${label.padEnd(46)} median ${f(median)} ${unit} (min ${f(min)}, max ${f(max)})`);
};

const temp = await mkdtemp(join(tmpdir(), 'etom-bench-workspace-'));
try {
  const root = join(temp, 'ws');
  const document = largeDocument(NODES);
  await writeWorkspaceFiles(root, document);
  const sizes = await Promise.all(
    ['processes.json', 'mappings.json', 'scope.json', 'diagrams/large.json'].map(
      async (file) => `${file} ${((await stat(join(root, file))).size / MB).toFixed(1)} MB`,
    ),
  );
  console.log(
    `Workspace: ${PROCESSES.toLocaleString('en')} processes, ${MAPPINGS.toLocaleString('en')} mappings, ` +
      `${document.scope.entries.length} scope decisions, a ${NODES.toLocaleString('en')}-node diagram (${sizes.join(', ')})`,
  );
  const opens: number[] = [];
  const saves: number[] = [];
  const unchanged: number[] = [];
  const heaps: number[] = [];
  const rss: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const store = new WorkspaceStore({ appDataDir: join(temp, `app-data-${run}`), log: () => {} });
    const started = performance.now();
    const opened = await store.open(root);
    opens.push(performance.now() - started);
    global.gc?.();
    heaps.push(process.memoryUsage().heapUsed / MB);
    rss.push(process.memoryUsage().rss / MB);
    const edited = withOneEdit(opened.document, run);
    let at = performance.now();
    await store.save(opened.handle, edited);
    saves.push(performance.now() - at);
    at = performance.now();
    await store.save(opened.handle, edited);
    unchanged.push(performance.now() - at);
    await store.closeAll();
  }
  line('open (read, parse, validate in workers)', opens);
  line('save after one mapping edit', saves);
  line('save with nothing changed (writes no byte)', unchanged);
  line(`heap after open${global.gc ? ' and GC' : ''}`, heaps, 'MB');
  line('resident memory after open', rss, 'MB');
  const n = (count: number) => count.toLocaleString('en');
  const size = `${n(PROCESSES)} processes, ${n(MAPPINGS)} mappings, ${n(NODES)}-node diagram`;
  recordFigures('workspace', [
    { measure: `open in main, ${size}`, ours: summary(opens).median, unit: 'ms' },
    { measure: 'save after one mapping edit', ours: summary(saves).median, unit: 'ms' },
    { measure: 'heap after open', ours: summary(heaps).median, unit: 'MB' },
  ]);
} finally {
  await rm(temp, { recursive: true, force: true });
}
