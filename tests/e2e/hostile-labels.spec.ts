import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { reportFigures } from '../support/scorecard';
import { buildDocument, writeWorkspaceFiles } from '../fixtures/workspace-builder';
import type { DiagramNode } from '../../shared/model/diagram-schema';
import type { EdgeId, NodeId } from '../../shared/model/ids';

let host: RunningHost;

test.beforeEach(async () => {
  host = await startHost();
});

test.afterEach(async () => {
  await host.stop();
});

/** A workspace whose names, box labels, notes and connection labels are all hostile. */
async function hostileWorkspace(): Promise<string> {
  const folder = join(await mkdtemp(join(tmpdir(), 'etom-e2e-xss-')), 'hostile');
  const document = buildDocument({ name: `Hostile ${XSS_PAYLOADS[1]}`, diagrams: 1 });
  const diagram = document.diagrams[0]!;
  diagram.name = `Labels ${XSS_PAYLOADS[6]}`;
  diagram.nodes = XSS_PAYLOADS.map((payload, i): DiagramNode => {
    const place = {
      id: `n-${i}` as NodeId,
      x: (i % 6) * 230,
      y: Math.floor(i / 6) * 110,
      width: 200,
      height: 70,
    };
    return i % 4 === 3
      ? { ...place, kind: 'note', text: payload }
      : { ...place, kind: 'box', label: payload };
  });
  diagram.edges = XSS_PAYLOADS.slice(1).map((payload, i) => ({
    id: `e-${i}` as EdgeId,
    kind: 'flow',
    source: `n-${i}` as NodeId,
    target: `n-${i + 1}` as NodeId,
    label: payload,
  }));
  await writeWorkspaceFiles(folder, document);
  return folder;
}

test(`${XSS_PAYLOADS.length} hostile labels render as text: nothing runs, no dialog, no CSP violation`, async ({
  page,
  cspViolations,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const folder = await hostileWorkspace();
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  await expect(ws.header).toContainText(`Hostile ${XSS_PAYLOADS[1]}`);
  await ws.showDiagram(`Labels ${XSS_PAYLOADS[6]}`);
  // Only what is in view is drawn: fit the whole diagram first (and see that it did).
  await ws.editor.getByRole('button', { name: 'Fit View', exact: true }).click();
  await expect.poll(() => ws.zoom()).toBeLessThan(100);

  // Every box label and note is there, as its own text.
  for (const [i, payload] of XSS_PAYLOADS.entries()) {
    // Accessible names fold NUL and line breaks, so those two are checked by the counts below.
    if (payload.includes('\u0000') || payload.includes('\n')) continue;
    await expect(ws.node(payload), `payload ${i}`).toHaveCount(1);
  }
  // The library search field takes hostile text too.
  await page.getByLabel('Search processes').fill(XSS_PAYLOADS[1]!);

  // Nodes and connections are both named groups: 52 nodes and the 51 connections between them.
  await expect(ws.editor.getByRole('group')).toHaveCount(XSS_PAYLOADS.length * 2 - 1);
  await page.screenshot({ path: test.info().outputPath('hostile-labels.png') });

  const state = await page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown };
    return {
      pwned: w.__pwned,
      injected: document.querySelectorAll(
        '.react-flow img, .react-flow iframe, .react-flow script, .react-flow object, .react-flow embed, .react-flow svg foreignObject',
      ).length,
    };
  });
  // The CSP watch every spec has (support/test.ts) would fail the test anyway; taken here to count.
  const violations = cspViolations.take();
  expect(state.pwned).toBeUndefined();
  expect(violations).toEqual([]);
  expect(state.injected).toBe(0);
  expect(dialogs).toEqual([]);
  reportFigures('E.20', 'hostile labels in the browser (canvas, names, search)', {
    payloads: XSS_PAYLOADS.length,
    'box and note labels': XSS_PAYLOADS.length,
    'connection labels': XSS_PAYLOADS.length - 1,
    'workspace and diagram names': 2,
    'search field': 1,
    executions: state.pwned === undefined ? 0 : 1,
    'CSP violations': violations.length,
    dialogs: dialogs.length,
    'injected elements': state.injected,
  });
});
