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
import { defaultScopeTargets, patchScope } from '../shared/commands/scope-commands';
import { getBuiltInCatalogue } from '../shared/etom/registry';
import type { WorkspaceDocument } from '../shared/model/document';
import type { MappingId, ProcessId } from '../shared/model/ids';
import {
  buildDiagram,
  buildDocument,
  writeWorkspaceFiles,
} from '../tests/fixtures/workspace-builder';
import { summary } from './bench/stats';

const RUNS = 5;
const PROCESSES = 5_000;
const MAPPINGS = 10_000;
const NODES = 5_000;
const MB = 1024 * 1024;

function largeDocument(): WorkspaceDocument {
  const catalogue = getBuiltInCatalogue('gb921-v25.5');
  if (!catalogue)
    throw new Error('the built-in pack gb921-v25.5 is missing: run npm run build:packs');
  const targets = catalogue.processes.filter((process) => process.level >= 2);
  const base = buildDocument({ processes: 0, diagrams: 0 });
  // 50 top-level processes of 99 children each, with code, owner and a short description.
  const processes = Array.from({ length: PROCESSES }, (_, i) => {
    const root = i % 100 === 0;
    return {
      id: `p-${i}` as ProcessId,
      name: root ? `Value stream ${i / 100}` : `Activity ${i} of stream ${Math.floor(i / 100)}`,
      parentId: root ? null : (`p-${i - (i % 100)}` as ProcessId),
      order: root ? i / 100 : (i % 100) - 1,
      code: `C-${i}`,
      owner: `Owner ${i % 37}`,
      description: `Handles the ${i}th step of the operator's end-to-end process.`,
    };
  });
  const mappings = Array.from({ length: MAPPINGS }, (_, i) => ({
    id: `m-${i}` as MappingId,
    processId: `p-${i % PROCESSES}` as ProcessId,
    target: {
      pack: catalogue.pack.id,
      release: '25.5',
      id: targets[(i * 7919) % targets.length]!.id,
    },
    alignment: i % 3 === 0 ? 'partial' : 'full',
    status: 'draft' as const,
    rationale: `Mapped in workshop ${i % 12}.`,
  }));
  const scope = patchScope(
    [],
    defaultScopeTargets(catalogue, '25.5', ['1.2', '1.3', '1.4', '1.5']),
    { status: 'in' },
  );
  return {
    ...base,
    processes: { ...base.processes, processes },
    mappings: { ...base.mappings, mappings },
    scope: { ...base.scope, entries: scope },
    diagrams: [buildDiagram('large', NODES)],
  };
}

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
  const document = largeDocument();
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
} finally {
  await rm(temp, { recursive: true, force: true });
}
