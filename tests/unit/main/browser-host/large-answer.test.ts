import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../shared/model/limits';
import {
  buildDocument,
  makeTempDir,
  writeWorkspaceFiles,
} from '../../../fixtures/workspace-builder';
import { writeDiagram } from '../../../support/big-json';
import { measure, startHostChild, type HostChild } from '../../../support/host-harness';
import { reportFigures } from '../../../support/scorecard';

/*
 * RELIABILITY I.36 (a ping under 250 ms whatever is being opened), for the answer itself: a
 * legal 43.5 MB diagram opened through the browser host's real request handling and sent
 * whole (send-json.ts: serialised in parts, the event loop free between them, backpressure
 * respected), with a ping every 10 ms. Before, the answer was one JSON.stringify and one
 * write, and pings waited 125-432 ms behind it. Figures are reported, not asserted: they
 * depend on the machine and its load; the bounds below are only there to catch a stall of
 * seconds.
 */
const MB = 1024 * 1024;

let base: string;
let cleanup: () => Promise<void>;
let host: HostChild;

beforeAll(async () => {
  const temp = await makeTempDir('etom-large-answer-');
  base = temp.dir;
  cleanup = temp.cleanup;
  host = await startHostChild(path.join(base, 'app-data'));
}, 60_000);
afterAll(async () => {
  await host?.stop();
  await cleanup();
});

describe.skipIf(process.platform !== 'linux')('a large answer (RELIABILITY I.36)', () => {
  it('sends a 43.5 MB workspace.open answer while answering pings', async () => {
    const root = path.join(base, 'ws');
    await writeWorkspaceFiles(root, buildDocument({ diagrams: 0 }));
    const fileBytes = await writeDiagram(
      path.join(root, 'diagrams', 'large.json'),
      'large',
      LIMITS.maxNodesPerDiagram,
      2_150,
    );
    const opened = await measure(host, () => host.download('workspace.open', { path: root }));
    const answer = opened.value;
    expect(answer.status).toBe(200);
    expect(answer.head.startsWith('{"ok":true,"value":{')).toBe(true);
    expect(answer.tail.endsWith('}')).toBe(true);
    expect(answer.bytes).toBeGreaterThan(fileBytes * 0.8);
    reportFigures('I.36', 'legal 43.5 MB diagram, workspace.open answered whole over HTTP', {
      'file MB': Math.round((fileBytes / MB) * 10) / 10,
      'answer MB': Math.round((answer.bytes / MB) * 10) / 10,
      'longest ping ms': opened.longestPingMs,
      'longest main-thread busy ms': opened.longestBusyMs,
      'load average': opened.load,
      pings: opened.pings,
      'read, validated and sent in ms': opened.ms,
    });
    // Generous: a stall of seconds, not a figure of the bar.
    expect(opened.longestBusyMs).toBeLessThan(2_000);
  }, 180_000);
});
