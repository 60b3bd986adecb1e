import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './support/test';
import { buildBundle } from '../../shared/bundle/build-bundle';
import { writeBundleFile } from '../../main/services/bundle/bundle-file';
import { readWorkspace } from '../../main/services/workspace/workspace-reader';
import { buildDocument, writeWorkspaceFiles } from '../fixtures/workspace-builder';
import { ImportBundleDialog } from './pages/bundle-dialogs';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';
import { startHost, type RunningHost } from './support/browser-host';

const SAMPLE = resolve(import.meta.dirname, '../../assets/sample-workspace');

let host: RunningHost | undefined;
test.afterEach(async () => {
  await host?.stop();
});

test('a bundle named at launch (a double-clicked *.etom.json) is offered for import once a workspace is open', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const base = await mkdtemp(join(tmpdir(), 'etom-e2e-launch-bundle-'));
  const sample = await readWorkspace(SAMPLE);
  const bundleFile = join(base, 'order-to-activate.etom.json');
  await writeBundleFile(bundleFile, buildBundle(sample.document, ['order-to-activate']));
  const target = join(base, 'target');
  await writeWorkspaceFiles(target, buildDocument());

  host = await startHost(undefined, { args: [bundleFile] });
  await host.open(page);
  // No workspace is open yet: the welcome screen says what will happen, naming the file.
  await expect(page.getByRole('status').filter({ hasText: 'To import the bundle' })).toContainText(
    bundleFile,
  );

  await new WelcomePage(page).openWorkspace(target);
  const importer = new ImportBundleDialog(page);
  await expect(importer.dialog).toBeVisible();
  await expect(importer.file).toHaveValue(bundleFile);
  await expect(importer.preview).toBeVisible();
  await importer.importButton.click();
  await expect(importer.dialog).toBeHidden();
  await expect(
    new WorkspacePage(page).diagrams.getByRole('button', { name: /^Order to activate/ }),
  ).toBeVisible();
});
