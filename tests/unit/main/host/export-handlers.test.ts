import { readFile, readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/host/dispatch';
import { createHostHandlers, type HostServices } from '../../../../main/host/host-handlers';
import type { ExportProgress } from '../../../../shared/ipc/methods/export-methods';
import { renderDiagramSvg } from '../../../../shared/render/diagram-svg';
import { buildDiagram, makeTempDir } from '../../../fixtures/workspace-builder';

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

  it('export.writeDocument writes one PDF of several pictures; the contract wants titles and 1-500 of them', async () => {
    const target = path.join(dir, 'all.pdf');
    const pictures = [
      { svg: SVG, title: 'One' },
      { svg: SVG, title: 'Two' },
    ];
    expect(
      await dispatch(services.handlers, 'export.writeDocument', {
        path: target,
        pictures,
        pdf: { size: 'a4', orientation: 'landscape', title: 'Workspace' },
      }),
    ).toMatchObject({ ok: true, value: { path: target, format: 'pdf', pages: 3 } });
    for (const args of [
      { path: path.join(dir, 'b.pdf'), pictures: [], pdf: { size: 'fit' } },
      { path: path.join(dir, 'b.pdf'), pictures: [{ svg: SVG }], pdf: { size: 'fit' } },
      { path: path.join(dir, 'b.pdf'), pictures, pdf: { size: 'a5' } },
      { path: path.join(dir, 'b.pdf'), pictures, pdf: { size: 'fit' }, jobId: 'x/../y' },
    ]) {
      expect(await dispatch(services.handlers, 'export.writeDocument', args)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGUMENT' },
      });
    }
  });

  it('a job reports its steps through export.progress, and export.cancel stops it: CANCELLED, no file', async () => {
    const jobId = 'dialog-job-0001';
    const target = path.join(dir, 'cancelled.pdf');
    // Nothing named: the company processes draw as missing, which is drawing all the same.
    const svg = renderDiagramSvg(buildDiagram('big', 60), {
      process: () => undefined,
      framework: () => undefined,
    });
    const pictures = Array.from({ length: 20 }, (_, i) => ({ svg, title: `Diagram ${i + 1}` }));
    const writing = dispatch(services.handlers, 'export.writeDocument', {
      path: target,
      pictures,
      pdf: { size: 'a4' },
      jobId,
    });
    const steps = new Set<string>();
    let progress: ExportProgress = {
      jobId,
      revision: 0,
      status: 'unknown',
      done: 0,
      total: 0,
      cancelling: false,
    };
    for (;;) {
      const answer = await dispatch(services.handlers, 'export.progress', {
        jobId,
        seen: progress.revision,
        waitMs: 2000,
      });
      if (!answer.ok) throw new Error(answer.error.message);
      progress = answer.value as ExportProgress;
      if (progress.step) steps.add(progress.step);
      if (progress.step === 'drawing' && progress.done >= 2) break;
    }
    expect(progress).toMatchObject({ status: 'running', total: 20 });
    expect(await dispatch(services.handlers, 'export.cancel', { jobId })).toEqual({
      ok: true,
      value: true,
    });
    expect(await writing).toMatchObject({ ok: false, error: { code: 'CANCELLED', file: target } });
    expect([...steps]).toEqual(['checking', 'drawing']);
    // No PDF and no temp file beside it: only the app-data folder, if the host made one.
    expect((await readdir(dir)).filter((name) => name !== 'app-data')).toEqual([]);
    expect(
      await dispatch(services.handlers, 'export.progress', { jobId, waitMs: 0 }),
    ).toMatchObject({ ok: true, value: { status: 'unknown' } });
  });
});
