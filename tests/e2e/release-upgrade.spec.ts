import { readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { writeUserPack } from '../../main/services/framework/framework-pack-store';
import type { PackDataFile } from '../../shared/etom/pack-model';
import {
  USER_PACK_FORMAT,
  USER_PACK_VERSION,
  type UserPackFile,
} from '../../shared/etom/pack-schema';
import type { FrameworkProcessId, PackId } from '../../shared/model/ids';
import { mappingTo } from '../fixtures/model-builders';
import { makeTempDir, writeWorkspaceFiles } from '../fixtures/workspace-builder';
import { startHost, type RunningHost } from './support/browser-host';
import { operatorDocument } from './support/mapping-workspace';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

/*
 * File > Upgrade workspace to release…, end to end: a "newer release" user pack (as an
 * imported workbook would leave it in the app-data folder) in which 1.3.7 was renumbered to
 * 1.3.77, 1.3.3 renamed and 1.3.9 deleted; the preview lists them, one step upgrades, undo
 * takes the whole upgrade back.
 */
let host: RunningHost;
test.afterEach(async () => {
  await host.stop();
});

const SHOTS = process.env.MAPPING_SHOTS ?? '';

/** GB921 v25.5 as a hypothetical release 26.0: one subtree renumbered, one renamed, one gone. */
function newerPack(): UserPackFile {
  // Read as data: Playwright's loader does not import the packs' JSON modules.
  const base = JSON.parse(
    readFileSync(new URL('../../shared/etom/packs/gb921-v25.5.json', import.meta.url), 'utf8'),
  ) as PackDataFile;
  const renumber = (id: string | null) =>
    id !== null && (id === '1.3.7' || id.startsWith('1.3.7.'))
      ? (`1.3.77${id.slice('1.3.7'.length)}` as FrameworkProcessId)
      : (id as FrameworkProcessId | null);
  const processes = base.processes
    .filter((p) => p.id !== '1.3.9' && !p.id.startsWith('1.3.9.'))
    .map((p) => ({
      ...p,
      id: renumber(p.id) as FrameworkProcessId,
      parentId: renumber(p.parentId),
      ...(p.id === '1.3.3' ? { name: 'Customer Order Handling' } : {}),
    }));
  return {
    format: USER_PACK_FORMAT,
    version: USER_PACK_VERSION,
    importedAt: '2026-11-30T00:00:00.000Z',
    importedFrom: 'GB921 v26.0 (test).xlsx',
    pack: {
      id: 'gb921-v26.0' as PackId,
      label: 'GB921 v26.0 (test)',
      release: '26.0',
      attribution: 'test pack',
      reconstructed: false,
      source: 'user' as const,
      processes,
    },
  };
}

test('upgrading to a newer release previews renumbered, renamed and deleted processes and is one undo step', async ({
  page,
}) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'etom-e2e-upgrade-data-'));
  await writeUserPack(dataDir, newerPack());
  host = await startHost(dataDir);
  const folder = join((await makeTempDir('etom-e2e-upgrade-')).dir, 'operator');
  const document = operatorDocument(0);
  await writeWorkspaceFiles(folder, {
    ...document,
    mappings: {
      ...document.mappings,
      mappings: [
        mappingTo('m-take', 'p-take', '1.3.3', 'full', {
          target: {
            pack: 'gb921-v25.5' as PackId,
            release: '25.5',
            id: '1.3.3' as FrameworkProcessId,
            uid: '3885',
          },
        }),
        mappingTo('m-ticket', 'p-ticket', '1.3.7'),
        mappingTo('m-dunning', 'p-dunning', '1.3.9'),
      ],
    },
  });
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const workspace = new WorkspacePage(page);
  await expect(workspace.header).toContainText('Operator');

  const bar = page.getByRole('menubar', { name: 'Application menu' });
  await bar.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Upgrade workspace to release…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Upgrade workspace to another release' });
  await expect(dialog.getByLabel('Release to upgrade to')).toHaveValue('gb921-v26.0');
  await expect(dialog.getByRole('status')).toHaveText('0 unchanged, 2 to review, 1 problem.');
  const review = dialog.getByRole('region', { name: 'To review' });
  await expect(review).toContainText('renumbered 1.3.7 → 1.3.77');
  await expect(review).toContainText(
    'renamed "Customer Order Processing Management" → "Customer Order Handling"',
  );
  await expect(dialog.getByRole('region', { name: 'Problems' })).toContainText('deleted in 26.0');
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'upgrade-preview.png') });
  await dialog.getByRole('button', { name: 'Upgrade to release 26.0' }).click();
  await expect(dialog).toHaveCount(0);

  await workspace.save();
  const saved = JSON.parse(await readFile(join(folder, 'mappings.json'), 'utf8')) as {
    mappings: Array<{ id: string; target: Record<string, string> }>;
  };
  const byId = new Map(saved.mappings.map((m) => [m.id, m.target]));
  expect(byId.get('m-ticket')).toMatchObject({
    pack: 'gb921-v26.0',
    release: '26.0',
    id: '1.3.77',
  });
  expect(byId.get('m-take')).toMatchObject({ pack: 'gb921-v26.0', id: '1.3.3', uid: '3885' });
  expect(byId.get('m-dunning')).toMatchObject({ pack: 'gb921-v25.5', id: '1.3.9' });
  const ws = JSON.parse(await readFile(join(folder, 'workspace.json'), 'utf8')) as {
    framework: Record<string, string>;
  };
  expect(ws.framework).toEqual({ pack: 'gb921-v26.0', release: '26.0' });

  // One undo takes the whole upgrade back.
  await page.keyboard.press('Control+z');
  await workspace.save();
  const back = JSON.parse(await readFile(join(folder, 'mappings.json'), 'utf8')) as {
    mappings: Array<{ target: { pack: string } }>;
  };
  expect(back.mappings.every((m) => m.target.pack === 'gb921-v25.5')).toBe(true);
});
