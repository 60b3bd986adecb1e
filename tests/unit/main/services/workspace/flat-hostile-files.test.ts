import { rm } from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostError, HostResult } from '../../../../../shared/ipc/errors';
import type {
  FolderInfo,
  OpenedWorkspace,
} from '../../../../../shared/ipc/methods/workspace-methods';
import { LIMITS } from '../../../../../shared/model/limits';
import {
  buildDocument,
  makeTempDir,
  writeWorkspaceFiles,
} from '../../../../fixtures/workspace-builder';
import { writeDiagram, writeFlatZeros } from '../../../../support/big-json';
import {
  measure,
  startHostChild,
  type HostChild,
  type Measured,
} from '../../../../support/host-harness';
import { reportFigures } from '../../../../support/scorecard';

/*
 * RELIABILITY I.36, through the real host services in a child process (host-child.ts), with a
 * ping every 10 ms and the child's peak RSS taken from /proc: a 45 MB workspace.json, diagram
 * file and processes.json that are one flat array of ~24 million zeros, through folder.inspect
 * and workspace.open. Each is refused with the file and the reason; the process lives; its
 * peak RSS grows by less than twice the file. (Before: the scan kept a queue entry and a
 * copied path per value, and the process died of out-of-memory after ~30 s at 4.5 GB.)
 * Also measured: a legal 43.5 MB diagram opened, and a 20 MB request body of nested arrays.
 * Pings are reported, never asserted: timings depend on the machine and its load.
 */
const MB = 1024 * 1024;
const FLAT_BYTES = 45 * MB;

let base: string;
let cleanup: () => Promise<void>;
let host: HostChild;

beforeAll(async () => {
  const temp = await makeTempDir('etom-flat-');
  base = temp.dir;
  cleanup = temp.cleanup;
  host = await startHostChild(path.join(base, 'app-data'));
}, 60_000);
afterAll(async () => {
  await host?.stop();
  await cleanup();
});

/** A valid small workspace with `file` replaced by 45 MB of flat zeros. */
async function flatIn(name: string, file: string): Promise<{ root: string; bytes: number }> {
  const root = path.join(base, name);
  await writeWorkspaceFiles(root, buildDocument({ diagrams: 1, nodesPerDiagram: 3 }));
  const bytes = await writeFlatZeros(path.join(root, file), FLAT_BYTES);
  return { root, bytes };
}

function report(title: string, bytes: number, refusal: string, measured: Measured<unknown>): void {
  reportFigures('I.36', title, {
    'file MB': Math.round((bytes / MB) * 10) / 10,
    refused: refusal,
    crashes: 0,
    'peak RSS growth MB': measured.peakRssGrowthMb,
    'x file size': Math.round((measured.peakRssGrowthMb / (bytes / MB)) * 100) / 100,
    'longest ping ms': measured.longestPingMs,
    'longest main-thread busy ms': measured.longestBusyMs,
    'load average': measured.load,
    pings: measured.pings,
    'answered in ms': measured.ms,
  });
}

function failed(result: HostResult<unknown>): HostError {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

async function expectAlive(): Promise<void> {
  expect((await host.call('app.ping', {})).result).toEqual({ ok: true, value: 'pong' });
}

describe.skipIf(process.platform !== 'linux')('flat hostile files (RELIABILITY I.36)', () => {
  it('refuses a flat 45 MB workspace.json in folder.inspect and workspace.open', async () => {
    const { root, bytes } = await flatIn('ws-workspace', 'workspace.json');
    const inspected = await measure(host, () => host.call('folder.inspect', { path: root }));
    const info = inspected.value.result as HostResult<FolderInfo>;
    expect(info.ok && info.value.isWorkspace).toBe(false);
    expect(info.ok && info.value.workspaceProblem).toMatch(
      /^workspace\.json is 45\.0 MB; the largest/,
    );
    report('45 MB workspace.json, folder.inspect', bytes, 'TOO_LARGE by size', inspected);
    const opened = await measure(host, () => host.call('workspace.open', { path: root }));
    expect(failed(opened.value.result)).toMatchObject({
      code: 'TOO_LARGE',
      file: 'workspace.json',
    });
    report('45 MB workspace.json, workspace.open', bytes, 'TOO_LARGE by size', opened);
    for (const measured of [inspected, opened]) {
      expect(measured.peakRssGrowthMb).toBeLessThan((2 * bytes) / MB);
    }
    await expectAlive();
  }, 60_000);

  it.each([
    ['processes.json', 'processes.json'],
    ['a diagram file', 'diagrams/flat.json'],
  ])(
    'refuses a flat 45 MB %s by its count of values',
    async (_, file) => {
      const { root, bytes } = await flatIn(`ws-${path.basename(file, '.json')}`, file);
      const opened = await measure(host, () => host.call('workspace.open', { path: root }));
      const { result } = opened.value;
      const refusal = file.startsWith('diagrams/')
        ? (result as HostResult<OpenedWorkspace>).ok &&
          (result as { value: OpenedWorkspace }).value.problems.find((p) => p.file === file)
        : failed(result);
      expect(refusal).toMatchObject({
        code: 'TOO_LARGE',
        file,
        jsonPath: `[${LIMITS.maxJsonValues - 1}]`,
      });
      expect((refusal as HostError).message).toContain('more than 1,000,000 values');
      report(
        `45 MB ${file} of flat zeros, workspace.open`,
        bytes,
        'TOO_LARGE by value count',
        opened,
      );
      expect(opened.peakRssGrowthMb).toBeLessThan((2 * bytes) / MB);
      await expectAlive();
      await rm(root, { recursive: true, force: true });
    },
    60_000,
  );

  it('opens a legal 43.5 MB diagram while answering pings', async () => {
    const root = path.join(base, 'ws-legal');
    await writeWorkspaceFiles(root, buildDocument({ diagrams: 0 }));
    const bytes = await writeDiagram(
      path.join(root, 'diagrams', 'large.json'),
      'large',
      LIMITS.maxNodesPerDiagram,
      2_150,
    );
    const opened = await measure(host, () => host.openSummary(root));
    const result = opened.value;
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.problems).toEqual([]);
    expect(result.value.diagrams).toEqual([LIMITS.maxNodesPerDiagram]);
    // Serialising the whole answer happens in the transport (server.ts, Electron IPC).
    const serialised = await host.serialiseLast();
    reportFigures('I.36', 'legal 43.5 MB diagram, workspace.open', {
      'file MB': Math.round((bytes / MB) * 10) / 10,
      'longest ping while reading, parsing, validating ms': opened.longestPingMs,
      'longest main-thread busy ms': opened.longestBusyMs,
      'load average': opened.load,
      pings: opened.pings,
      'opened in ms': opened.ms,
      'peak RSS growth MB (the document is kept)': opened.peakRssGrowthMb,
      'then serialising the answer as server.ts does (in parts) ms': Math.round(
        serialised.serialiseMs,
      ),
      'longest part ms': Math.round(serialised.longestPartMs),
    });
    await host.call('workspace.close', { handle: result.value.handle });
    await rm(root, { recursive: true, force: true });
  }, 120_000);

  it('refuses a 20 MB request body of nested arrays at once', async () => {
    const body = Buffer.alloc(20 * MB, '[');
    const sent = await measure(host, () => host.call('workspace.save', body));
    expect(sent.value.status).toBe(400);
    expect(failed(sent.value.result)).toMatchObject({ code: 'TOO_DEEP' });
    expect(failed(sent.value.result).message).toContain('nesting deeper than 64 levels');
    reportFigures('D.16', '20 MB request body of nested arrays (browser host)', {
      refused: 'TOO_DEEP, 400',
      'answered in ms': sent.ms,
      'longest ping ms': sent.longestPingMs,
      'longest main-thread busy ms': sent.longestBusyMs,
      'peak RSS growth MB': sent.peakRssGrowthMb,
    });
    await expectAlive();
  }, 60_000);
});
