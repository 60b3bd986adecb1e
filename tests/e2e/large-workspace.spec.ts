import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { buildDocument, writeWorkspaceFiles } from '../fixtures/workspace-builder';
import { writeDiagram, writeFlatZeros } from '../support/big-json';
import { startHost, type RunningHost } from './support/browser-host';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

/*
 * The built app reads large files in its read worker (out/main/read-worker.js): a workspace
 * with a diagram past the size read on the main thread opens, and one whose diagram is a flat
 * array of zeros opens without it, the host answering throughout.
 */
let host: RunningHost;

test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

test('a workspace with a large diagram opens through the read worker of the build', async ({
  page,
}) => {
  const folder = join(await mkdtemp(join(tmpdir(), 'etom-e2e-large-')), 'large');
  await writeWorkspaceFiles(folder, buildDocument({ name: 'Large workspace', diagrams: 0 }));
  // About 1.1 MB: read in the worker, not on the host's main thread.
  await writeDiagram(join(folder, 'diagrams', 'large.json'), 'large', 1_000, 1_000);
  // Refused by its count of values in the worker; the rest of the workspace opens.
  await writeFlatZeros(join(folder, 'diagrams', 'zeros.json'), 5 * 1024 * 1024);

  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  await expect(ws.header).toContainText('Large workspace');
  await ws.showDiagram('Large large');
  await expect(ws.editor.getByRole('group').first()).toBeVisible();
  await expect(ws.diagrams.getByRole('button', { name: 'Large large' })).toHaveCount(1);
  const footer = page.getByRole('contentinfo');
  await footer.getByText('1 problem').click();
  await expect(footer.getByRole('listitem')).toContainText(
    'diagrams/zeros.json, [999999]: more than 1,000,000 values',
  );
});
