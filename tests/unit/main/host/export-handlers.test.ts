import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/host/dispatch';
import { createHostHandlers, type HostServices } from '../../../../main/host/host-handlers';
import { makeTempDir } from '../../../fixtures/workspace-builder';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';

let dir: string;
let cleanup: () => Promise<void>;
let services: HostServices;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-export-host-'));
  services = createHostHandlers({
    appDataDir: path.join(dir, 'app-data'),
    host: 'browser',
    version: '0',
  });
});
afterEach(async () => {
  await services.dispose();
  await cleanup();
});

describe('export host methods', () => {
  it('export.write goes through the contract to the disk', async () => {
    const target = path.join(dir, 'out.svg');
    const result = await dispatch(services.handlers, 'export.write', {
      path: target,
      format: 'svg',
      svg: SVG,
    });
    expect(result).toEqual({ ok: true, value: { path: target, format: 'svg', bytes: SVG.length } });
    expect(await readFile(target, 'utf8')).toBe(SVG);
  });

  it('the contract refuses a scale outside 1-4, an unknown format and extra keys', async () => {
    const base = { path: path.join(dir, 'a.png'), format: 'png', svg: SVG };
    for (const args of [
      { ...base, scale: 5 },
      { ...base, format: 'pdf' },
      { ...base, x: 1 },
    ]) {
      const result = await dispatch(services.handlers, 'export.write', args);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    }
  });

  it('dialog.pickSaveFile answers UNSUPPORTED without a native dialog, else asks it', async () => {
    expect(
      await dispatch(services.handlers, 'dialog.pickSaveFile', {
        suggestedName: 'map.svg',
        format: 'svg',
      }),
    ).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    // The native dialog is the one seam that cannot run here: a stand-in records the question.
    const asked: string[] = [];
    const withDialog = createHostHandlers({
      appDataDir: path.join(dir, 'app-data-2'),
      host: 'electron',
      version: '0',
      pickSaveFile: (name, format) => {
        asked.push(`${name} ${format}`);
        return Promise.resolve('/chosen/map.png');
      },
    });
    expect(
      await dispatch(withDialog.handlers, 'dialog.pickSaveFile', {
        suggestedName: 'map.png',
        format: 'png',
      }),
    ).toEqual({ ok: true, value: { path: '/chosen/map.png' } });
    expect(asked).toEqual(['map.png png']);
    // The dialog is told a file name, never a folder to start in.
    for (const suggestedName of ['/etc/passwd', '..', 'a/b.svg', 'C:\\x\\y.svg']) {
      expect(
        await dispatch(withDialog.handlers, 'dialog.pickSaveFile', {
          suggestedName,
          format: 'svg',
        }),
        suggestedName,
      ).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    }
    expect(asked).toEqual(['map.png png']);
    await withDialog.dispose();
  });
});
