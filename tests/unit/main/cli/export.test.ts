import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../main/cli/cli-io';
import { runCli } from '../../../../main/cli/run-cli';
import { checkSvg } from '../../../../main/services/export/svg-check';
import { readBundle } from '../../../../shared/bundle/read-bundle';
import { basicsDiagram, processesDiagram, sampleDocument } from '../../../fixtures/diagram-samples';
import { makeTempDir, writeWorkspaceFiles } from '../../../fixtures/workspace-builder';
import { decodePng } from '../../../support/png-pixels';

let temp = '';
let cleanup: () => Promise<void>;
let workspace = '';
beforeAll(async () => {
  ({ dir: temp, cleanup } = await makeTempDir('etom-cli-export-'));
  workspace = path.join(temp, 'ws');
  await writeWorkspaceFiles(workspace, sampleDocument([basicsDiagram(), processesDiagram()]));
});
afterAll(async () => {
  await cleanup();
});

async function run(...argv: string[]) {
  const io: CliIo & { out: string; err: string } = {
    out: '',
    err: '',
    env: {},
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
  };
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('export (CLI)', () => {
  it('writes one diagram, picked by name, as SVG, PNG at a scale and a JSON bundle', async () => {
    const svgFile = path.join(temp, 'basics.svg');
    expect(
      await run('export', workspace, '--diagram', 'BASICS', '--format', 'svg', '--out', svgFile),
    ).toMatchObject({ code: 0 });
    const svg = await readFile(svgFile, 'utf8');
    const size = checkSvg(svg, svgFile)!;
    expect(svg).toContain('Take the order');

    const pngFile = path.join(temp, 'basics.png');
    const png = await run(
      'export',
      workspace,
      '--diagram',
      'basics',
      '--format',
      'png',
      '--out',
      pngFile,
      '--scale',
      '3',
      '--theme',
      'dark',
    );
    expect(png).toMatchObject({ code: 0, out: expect.stringContaining(pngFile) as string });
    const pixels = decodePng(await readFile(pngFile));
    expect([pixels.width, pixels.height]).toEqual([size.width * 3, size.height * 3]);

    const jsonFile = path.join(temp, 'basics.etom.json');
    expect(
      await run('export', workspace, '--diagram', 'basics', '--format', 'json', '--out', jsonFile),
    ).toMatchObject({ code: 0 });
    const bundle = readBundle(await readFile(jsonFile, 'utf8'), jsonFile);
    expect(bundle.diagrams.map((diagram) => diagram.id)).toEqual(['basics']);
  });

  it('writes every diagram into a folder with "all", named by id', async () => {
    const folder = path.join(temp, 'all-svg');
    const result = await run(
      'export',
      workspace,
      '--diagram',
      'all',
      '--format',
      'svg',
      '--out',
      folder,
    );
    expect(result.code).toBe(0);
    expect((await readdir(folder)).sort()).toEqual(['basics.svg', 'processes.svg']);
  });

  it('says what is wrong: usage errors exit 2, failures exit 1, nothing is overwritten', async () => {
    const usage = [
      ['export', workspace, '--format', 'svg', '--out', '/tmp/x.svg'],
      ['export', workspace, '--diagram', 'basics', '--format', 'gif', '--out', '/tmp/x.gif'],
      ['export', workspace, '--diagram', 'nope', '--format', 'svg', '--out', '/tmp/x.svg'],
      [
        'export',
        workspace,
        '--diagram',
        'basics',
        '--format',
        'png',
        '--scale',
        '9',
        '--out',
        '/tmp/x.png',
      ],
      ['export', workspace, '--diagram', 'basics', '--format', 'svg'],
      [
        'export',
        workspace,
        '--diagram',
        'basics',
        '--format',
        'svg',
        '--theme',
        'pink',
        '--out',
        '/tmp/x.svg',
      ],
    ];
    for (const argv of usage) {
      const result = await run(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err).toMatch(/^error: .+\nRun "export --help" for usage\./);
    }
    expect(
      (
        await run(
          'export',
          workspace,
          '--diagram',
          'nope',
          '--format',
          'svg',
          '--out',
          '/tmp/x.svg',
        )
      ).err,
    ).toMatch(/basics \("Basics"\), processes/);

    const kept = path.join(temp, 'kept.svg');
    await writeFile(kept, 'mine');
    const exists = await run(
      'export',
      workspace,
      '--diagram',
      'basics',
      '--format',
      'svg',
      '--out',
      kept,
    );
    expect(exists).toMatchObject({
      code: 1,
      err: expect.stringMatching(/already exists/) as string,
    });
    expect(await readFile(kept, 'utf8')).toBe('mine');
    expect(
      await run(
        'export',
        workspace,
        '--diagram',
        'basics',
        '--format',
        'svg',
        '--out',
        kept,
        '--overwrite',
      ),
    ).toMatchObject({ code: 0 });

    const wrongName = await run(
      'export',
      workspace,
      '--diagram',
      'basics',
      '--format',
      'png',
      '--out',
      path.join(temp, 'x.svg'),
    );
    expect(wrongName).toMatchObject({
      code: 1,
      err: expect.stringMatching(/ending in \.png/) as string,
    });
    const missing = await run(
      'export',
      path.join(temp, 'none'),
      '--diagram',
      'all',
      '--format',
      'svg',
      '--out',
      temp,
    );
    expect(missing).toMatchObject({
      code: 1,
      err: expect.stringMatching(/no such folder/) as string,
    });

    const help = await run('export', '--help');
    expect(help).toMatchObject({
      code: 0,
      out: expect.stringMatching(/Exit codes: 0 written/) as string,
    });
    expect((await run('--help')).out).toMatch(
      /export\s+Export diagrams as SVG, PNG or a JSON bundle/,
    );
  });
});
