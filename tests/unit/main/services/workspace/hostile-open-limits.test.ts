import { open, truncate, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostError, HostResult } from '../../../../../shared/ipc/errors';
import type { OpenedWorkspace } from '../../../../../shared/ipc/methods/workspace-methods';
import { toCanonicalJson } from '../../../../../shared/codecs/canonical-json';
import { LIMITS } from '../../../../../shared/model/limits';
import { MAX_TEXT_BYTES } from '../../../../../shared/model/file-limits';
import {
  buildDocument,
  filesOf,
  makeTempDir,
  writeWorkspaceFiles,
} from '../../../../fixtures/workspace-builder';
import { writeDiagram } from '../../../../support/big-json';
import {
  measure,
  startHostChild,
  type HostChild,
  type Measured,
} from '../../../../support/host-harness';
import { reportFigures } from '../../../../support/scorecard';

/*
 * RELIABILITY D.16: files past the size, count and depth limits, opened through the real host
 * services in a child process (host-child.ts) while it is pinged every 10 ms; the child's peak
 * RSS comes from /proc. Each refusal is checked for its code, file and JSON path, and, for the
 * large files, for a peak RSS growth under twice the file size. How long it took and the
 * slowest ping are reported, never asserted: timings vary with the machine and its load.
 */
const valid = buildDocument({ diagrams: 1, nodesPerDiagram: 5 });
const ORIGINAL = filesOf(valid);
type FileName = keyof typeof ORIGINAL;
const MB = 1024 * 1024;

let root: string;
let cleanup: () => Promise<void>;
let host: HostChild;

beforeAll(async () => {
  const temp = await makeTempDir('etom-limits-');
  cleanup = temp.cleanup;
  root = path.join(temp.dir, 'ws');
  await writeWorkspaceFiles(root, valid);
  host = await startHostChild(path.join(temp.dir, 'app-data'));
}, 60_000);
afterAll(async () => {
  await host?.stop();
  await cleanup();
});

/**
 * Opens the workspace with `file` already holding the hostile content of `bytes` bytes,
 * measures the open, restores the file, and returns the refusal: the open's error, or the
 * diagram's problem.
 */
async function measuredRefusal(label: string, file: FileName, bytes: number): Promise<HostError> {
  let measured: Measured<HostResult<unknown>>;
  try {
    measured = await measure(
      host,
      async () => (await host.call('workspace.open', { path: root })).result,
    );
  } finally {
    await writeFile(path.join(root, file), toCanonicalJson(ORIGINAL[file]));
  }
  const result = measured.value;
  if (result.ok)
    await host.call('workspace.close', { handle: (result.value as OpenedWorkspace).handle });
  const refusal = result.ok
    ? (result.value as OpenedWorkspace).problems.find((problem) => problem.file === file)
    : result.error;
  if (!refusal) throw new Error(`${label}: ${file} was not refused`);
  const ratio = measured.peakRssGrowthMb / (bytes / MB);
  reportFigures('D.16', label, {
    'file MB': Math.round((bytes / MB) * 10) / 10,
    refused: `${refusal.code}${refusal.jsonPath ? ` at ${refusal.jsonPath}` : ''}`,
    'refused in ms': measured.ms,
    'peak RSS growth MB': measured.peakRssGrowthMb,
    'x file size': Math.round(ratio * 100) / 100,
    'longest ping ms': measured.longestPingMs,
    'longest main-thread busy ms': measured.longestBusyMs,
    'load average': measured.load,
  });
  // Below 10 MB the growth is within the noise of a process (a worker thread starting).
  if (bytes >= 10 * MB) expect(ratio).toBeLessThan(2);
  expect((await host.call('app.ping', {})).result).toEqual({ ok: true, value: 'pong' });
  return refusal;
}

async function put(file: FileName, text: string): Promise<number> {
  await writeFile(path.join(root, file), text);
  return Buffer.byteLength(text);
}

describe.skipIf(process.platform !== 'linux')('size and depth limits (RELIABILITY D.16)', () => {
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
  }, 60_000);

  it('refuses a sparse 64 GB file at once', async () => {
    await truncate(path.join(root, 'processes.json'), 64 * 1024 ** 3);
    const error = await measuredRefusal('sparse 64 GB file', 'processes.json', 64 * 1024 ** 3);
    expect(error).toMatchObject({ code: 'TOO_LARGE', file: 'processes.json' });
  }, 60_000);

  it('refuses a diagram of 20,001 nodes with 2 KB labels by its count, naming the path', async () => {
    const nodes = LIMITS.maxNodesPerDiagram + 1;
    const file = path.join(root, 'diagrams', 'diagram-1.json');
    const bytes = await writeDiagram(file, 'diagram-1', nodes, 2_048);
    const error = await measuredRefusal(
      `${nodes}-node diagram, 2 KB labels`,
      'diagrams/diagram-1.json',
      bytes,
    );
    expect(error).toMatchObject({
      code: 'SCHEMA_ERROR',
      file: 'diagrams/diagram-1.json',
      jsonPath: 'nodes',
    });
    expect(error.message).toMatch(/^diagrams\/diagram-1\.json, nodes: more than 20,000 items/);
  }, 120_000);

  it('refuses a 10 MB label before decoding it (the bound of LIMITS.maxTextLength)', async () => {
    const file = path.join(root, 'diagrams', 'diagram-1.json');
    const bytes = await writeDiagram(file, 'diagram-1', 1, 10 * MB);
    const error = await measuredRefusal('10 MB label', 'diagrams/diagram-1.json', bytes);
    expect(error).toMatchObject({
      code: 'TOO_LARGE',
      file: 'diagrams/diagram-1.json',
      jsonPath: 'nodes[0].label',
    });
    expect(error.message).toContain(
      `a text longer than ${MAX_TEXT_BYTES.toLocaleString('en')} bytes`,
    );
  }, 60_000);

  it.each([100_000, 1_000_000])(
    'refuses nesting %i deep as TOO_DEEP',
    async (depth) => {
      const bytes = await put(
        'mappings.json',
        `{"mappings":${'['.repeat(depth)}${']'.repeat(depth)}}`,
      );
      const error = await measuredRefusal(`nesting ${depth}`, 'mappings.json', bytes);
      expect(error).toMatchObject({ code: 'TOO_DEEP', file: 'mappings.json' });
      // The root object is the first level: the 64th bracket is one too deep.
      expect(error.message).toContain('mappings.json, line 1, column 76: nesting deeper than 64');
    },
    60_000,
  );
});
