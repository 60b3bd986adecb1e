import { open, realpath, truncate, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { HostFailure, type HostError } from '../../../../../shared/ipc/errors';
import { toCanonicalJson } from '../../../../../shared/codecs/canonical-json';
import { LIMITS } from '../../../../../shared/model/limits';
import { WorkspaceStore } from '../../../../../main/services/workspace/workspace-store';
import {
  buildDiagram,
  buildDocument,
  filesOf,
  makeTempDir,
  writeWorkspaceFiles,
} from '../../../../fixtures/workspace-builder';

/*
 * RELIABILITY D.16: files past the size, count and depth limits, through the real store.open
 * on a real temp folder. Each refusal is checked for its code, file and JSON path. How long it
 * took, how much the RSS grew and the longest event-loop stall (a stand-in for an IPC ping
 * waiting on main) are printed for the report, never asserted: timings vary with the machine.
 */
const valid = buildDocument({ diagrams: 1, nodesPerDiagram: 5 });
const ORIGINAL = filesOf(valid);
type FileName = keyof typeof ORIGINAL;
const MB = 1024 * 1024;

let root: string;
let cleanup: () => Promise<void>;
let store: WorkspaceStore;
const rows: string[] = [];

beforeAll(async () => {
  const temp = await makeTempDir('etom-limits-');
  cleanup = temp.cleanup;
  root = path.join(await realpath(temp.dir), 'ws');
  await writeWorkspaceFiles(root, valid);
  store = new WorkspaceStore({
    appDataDir: path.join(root, '..', 'app-data'),
    log: () => undefined,
  });
});
afterEach(() => vi.restoreAllMocks());
afterAll(async () => {
  console.info(`size and depth limits (D.16):\n${rows.join('\n')}`);
  await cleanup();
});

/**
 * Opens the workspace with `file` already holding the hostile content, measures the open,
 * restores the file, and returns the refusal: the open's error, or a diagram's problem.
 */
async function measuredRefusal(label: string, file: FileName, bytes: number): Promise<HostError> {
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  stalls.enable();
  let refusal: HostError | undefined;
  try {
    const opened = await store.open(root);
    await store.close(opened.handle);
    refusal = opened.problems.find((problem) => problem.file === file);
  } catch (error) {
    if (!(error instanceof HostFailure)) throw error;
    refusal = error.error;
  } finally {
    stalls.disable();
    await writeFile(path.join(root, file), toCanonicalJson(ORIGINAL[file]));
  }
  const ms = performance.now() - started;
  const rssGrowth = (process.memoryUsage().rss - rssBefore) / MB;
  rows.push(
    `  ${label}: ${(bytes / MB).toFixed(1)} MB file, refused in ${ms.toFixed(0)} ms, ` +
      `RSS +${rssGrowth.toFixed(1)} MB (${(rssGrowth / (bytes / MB)).toFixed(2)}x the file), longest event-loop stall ${(stalls.max / 1e6).toFixed(0)} ms`,
  );
  if (!refusal) throw new Error(`${label}: ${file} was not refused`);
  return refusal;
}

async function put(file: FileName, text: string): Promise<number> {
  await writeFile(path.join(root, file), text);
  return Buffer.byteLength(text);
}

describe('size and depth limits (RELIABILITY D.16)', () => {
  it('refuses a real 60 MB file by its size, before reading it', async () => {
    const file = path.join(root, 'processes.json');
    // Real bytes, written a megabyte at a time, so the file is not sparse.
    const handle = await open(file, 'w');
    const chunk = Buffer.alloc(MB, 0x20);
    for (let i = 0; i < 60; i += 1) await handle.write(chunk);
    await handle.close();
    const error = await measuredRefusal('60 MB file', 'processes.json', 60 * MB);
    expect(error).toMatchObject({ code: 'TOO_LARGE', file: 'processes.json' });
    expect(error.message).toContain('processes.json is 60.0 MB');
    expect(error.message).toContain(`${(LIMITS.maxFileBytes / MB).toFixed(1)} MB`);
  });

  it('refuses a sparse 64 GB file at once', async () => {
    await truncate(path.join(root, 'processes.json'), 64 * 1024 ** 3);
    const error = await measuredRefusal('sparse 64 GB file', 'processes.json', 64 * 1024 ** 3);
    expect(error).toMatchObject({ code: 'TOO_LARGE', file: 'processes.json' });
  });

  it('refuses a diagram of 20,001 nodes by the schema, naming the file and the path', async () => {
    const nodes = LIMITS.maxNodesPerDiagram + 1;
    const text = toCanonicalJson({ ...buildDiagram('diagram-1', nodes), edges: [] });
    const bytes = await put('diagrams/diagram-1.json', text);
    const error = await measuredRefusal(`${nodes}-node diagram`, 'diagrams/diagram-1.json', bytes);
    expect(error).toMatchObject({
      code: 'SCHEMA_ERROR',
      file: 'diagrams/diagram-1.json',
      jsonPath: 'nodes',
    });
    expect(error.message).toMatch(/^diagrams\/diagram-1\.json, nodes: /);
  });

  it('refuses a 10 MB label by the schema (LIMITS.maxTextLength)', async () => {
    const diagram = buildDiagram('diagram-1', 1);
    const label = 'x'.repeat(10 * MB);
    const text = toCanonicalJson({ ...diagram, nodes: [{ ...diagram.nodes[0], label }] });
    const bytes = await put('diagrams/diagram-1.json', text);
    const error = await measuredRefusal('10 MB label', 'diagrams/diagram-1.json', bytes);
    expect(error).toMatchObject({
      code: 'SCHEMA_ERROR',
      file: 'diagrams/diagram-1.json',
      jsonPath: 'nodes[0].label',
    });
    expect(error.message).toContain(String(LIMITS.maxTextLength));
  });

  it.each([100_000, 1_000_000])(
    'refuses nesting %i deep as TOO_DEEP without handing it to JSON.parse',
    async (depth) => {
      const text = `{"mappings":${'['.repeat(depth)}${']'.repeat(depth)}}`;
      const bytes = await put('mappings.json', text);
      // A spy that calls through: it only records what reached JSON.parse.
      const parse = vi.spyOn(JSON, 'parse');
      const error = await measuredRefusal(`nesting ${depth}`, 'mappings.json', bytes);
      expect(error).toMatchObject({ code: 'TOO_DEEP', file: 'mappings.json' });
      expect(error.message).toContain('mappings.json');
      const deepParses = parse.mock.calls.filter(
        ([input]) => typeof input === 'string' && input.length >= depth,
      );
      expect(deepParses).toEqual([]);
    },
  );
});
