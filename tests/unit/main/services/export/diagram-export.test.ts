import { readFile, readdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeBundleExport } from '../../../../../main/services/export/bundle-writer';
import { writeExport } from '../../../../../main/services/export/exporter';
import { buildBundle } from '../../../../../shared/bundle/build-bundle';
import { readBundle } from '../../../../../shared/bundle/read-bundle';
import { getBuiltInCatalogue } from '../../../../../shared/etom/registry';
import { HostFailure } from '../../../../../shared/ipc/errors';
import { diagramNamesOf } from '../../../../../shared/render/diagram-names';
import { renderDiagramSvg } from '../../../../../shared/render/diagram-svg';
import {
  basicsDiagram,
  processesDiagram,
  sampleDocument,
} from '../../../../fixtures/diagram-samples';
import { makeTempDir } from '../../../../fixtures/workspace-builder';
import { decodePng } from '../../../../support/png-pixels';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-diagram-export-'));
});
afterEach(async () => {
  await cleanup();
});

const document = sampleDocument([basicsDiagram(), processesDiagram()]);
const names = diagramNamesOf(document.processes.processes, getBuiltInCatalogue, 'gb921-v25.5');

describe('diagram PNG export', () => {
  it('is the SVG size times the scale, for 1x to 4x', async () => {
    const svg = renderDiagramSvg(processesDiagram(), names);
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    for (const scale of [1, 2, 3, 4]) {
      const target = path.join(dir, `processes-${scale}x.png`);
      const result = await writeExport({ path: target, format: 'png', svg, scale });
      const pixels = decodePng(await readFile(target));
      expect({ width: pixels.width, height: pixels.height }).toEqual({
        width: width * scale,
        height: height * scale,
      });
      expect(result).toMatchObject({ width: width * scale, height: height * scale });
    }
  });

  it('leaves the background transparent when asked, white otherwise', async () => {
    const svg = renderDiagramSvg(basicsDiagram(), names, { background: 'none' });
    const clear = path.join(dir, 'clear.png');
    const white = path.join(dir, 'white.png');
    await writeExport({ path: clear, format: 'png', svg, scale: 1, background: 'transparent' });
    await writeExport({ path: white, format: 'png', svg, scale: 1 });
    const corner = async (file: string) => [...decodePng(await readFile(file)).rgba.subarray(0, 4)];
    expect(await corner(clear)).toEqual([0, 0, 0, 0]);
    expect(await corner(white)).toEqual([255, 255, 255, 255]);
  });
});

describe('diagram JSON export (bundle writer)', () => {
  it('writes the bundle, which reads back equal', async () => {
    const bundle = buildBundle(document, ['basics'], '2026-11-30T07:00:00.000Z');
    const target = path.join(dir, 'basics.etom.json');
    const result = await writeBundleExport({ path: target, bundle: JSON.stringify(bundle) });
    expect(result).toMatchObject({ path: target, diagrams: 1 });
    expect(readBundle(await readFile(target, 'utf8'), target)).toEqual(bundle);
  });

  it('refuses a bundle that would not import, a wrong name, an existing file; writes nothing', async () => {
    const bundle = buildBundle(document, ['basics']);
    const broken = { ...bundle, diagrams: [{ ...bundle.diagrams[0], nodes: 'x' }] };
    const failures: string[] = [];
    const attempt = async (request: Parameters<typeof writeBundleExport>[0]) => {
      try {
        await writeBundleExport(request);
      } catch (error) {
        expect(error).toBeInstanceOf(HostFailure);
        failures.push((error as HostFailure).error.message);
      }
    };
    await attempt({ path: path.join(dir, 'a.etom.json'), bundle: JSON.stringify(broken) });
    await attempt({ path: path.join(dir, 'a.json'), bundle: JSON.stringify(bundle) });
    await attempt({ path: 'relative.etom.json', bundle: JSON.stringify(bundle) });
    await writeFile(path.join(dir, 'there.etom.json'), 'keep');
    await attempt({ path: path.join(dir, 'there.etom.json'), bundle: JSON.stringify(bundle) });
    // A node whose company process was deleted has nothing to carry: the bundle reader (which
    // an import runs) refuses it, so the export says so, naming the node, and writes nothing.
    await attempt({
      path: path.join(dir, 'processes.etom.json'),
      bundle: JSON.stringify(buildBundle(document, ['processes'])),
    });
    expect(failures).toHaveLength(5);
    expect(failures[4]).toMatch(/nodes\[5\]\.processId: .*"p-deleted" is not in the bundle/);
    expect(failures[0]).toMatch(/a\.etom\.json, diagrams\[0\]\.nodes/);
    expect(failures[1]).toMatch(/ending in \.etom\.json/);
    expect(failures[2]).toMatch(/full \(absolute\) path/);
    expect(failures[3]).toMatch(/already exists/);
    expect((await readdir(dir)).sort()).toEqual(['there.etom.json']);
    expect(await readFile(path.join(dir, 'there.etom.json'), 'utf8')).toBe('keep');
  });
});
