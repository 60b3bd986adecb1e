import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../main/cli/cli-io';
import { runCli } from '../../../../main/cli/run-cli';
import { checkSvg } from '../../../../main/services/export/svg-check';
import { readBundle } from '../../../../shared/bundle/read-bundle';
import { basicsDiagram, processesDiagram, sampleDocument } from '../../../fixtures/diagram-samples';
import {
  buildDiagram,
  makeTempDir,
  writeWorkspaceFiles,
} from '../../../fixtures/workspace-builder';
import { SHEETS } from '../../../../main/services/export/pdf/pdf-page-layout';
import { readPdf } from '../../../support/pdf-reader';
import { decodePng } from '../../../support/png-pixels';
import { withoutEmbeddedFont } from '../../../support/embedded-font';

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
    const size = checkSvg(withoutEmbeddedFont(svg), svgFile)!;
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
      /export\s+Export diagrams as SVG, PNG, PDF or a JSON bundle/,
    );
  });

  it('writes the whole workspace as ONE PDF with "all": a contents page, a page per diagram', async () => {
    const out = path.join(temp, 'workspace.pdf');
    const result = await run(
      'export',
      workspace,
      '--diagram',
      'all',
      '--format',
      'pdf',
      '--page',
      'a4',
      '--orientation',
      'landscape',
      '--out',
      out,
    );
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Wrote .+workspace\.pdf \(3 pages, \d+ bytes\)\n$/);
    const pdf = await readPdf(await readFile(out));
    expect(pdf.pages).toHaveLength(3);
    expect(pdf.outline).toEqual(['Contents', 'Basics', 'Processes']);
    for (const page of pdf.pages) {
      expect([page.width, page.height]).toEqual([SHEETS.a4[1], SHEETS.a4[0]]);
    }
    expect(pdf.pages[0]!.text).toMatch(/Basics\s+2\s+Processes\s+3/);
    expect(pdf.pages[1]!.items[0]).toBe('Basics');
    expect(pdf.pages[1]!.text).toContain('Take the order');
    expect(pdf.pages[2]!.text).toContain('Capture customer order');
  });

  it('writes one diagram as a one-page PDF, fitted by default, titled by its name', async () => {
    const out = path.join(temp, 'basics.pdf');
    expect(
      await run('export', workspace, '--diagram', 'basics', '--format', 'pdf', '--out', out),
    ).toMatchObject({ code: 0 });
    const pdf = await readPdf(await readFile(out));
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.outline).toEqual(['Basics']);
    expect(pdf.pages[0]!.text).toContain('Take the order');
  });

  it('leaves an empty diagram out of the workspace PDF and says so', async () => {
    const folder = path.join(temp, 'with-empty');
    await writeWorkspaceFiles(
      folder,
      sampleDocument([basicsDiagram(), { ...buildDiagram('blank', 0), name: 'Blank' }]),
    );
    const out = path.join(temp, 'with-empty.pdf');
    const result = await run('export', folder, '--diagram', 'all', '--format', 'pdf', '--out', out);
    expect(result).toMatchObject({
      code: 0,
      err: 'Left out blank ("Blank"): it has nothing to draw.\n',
    });
    expect((await readPdf(await readFile(out))).outline).toEqual(['Contents', 'Basics']);
  });

  it('PDF failures: wrong page options exit 2; a missing folder or wrong name exit 1, writing nothing', async () => {
    const pdf = (...extra: string[]) =>
      run('export', workspace, '--diagram', 'all', '--format', 'pdf', ...extra);
    for (const [argv, message] of [
      [['--page', 'a5', '--out', '/tmp/x.pdf'], /--page must be one of fit, a4, a3, not "a5"/],
      [
        ['--orientation', 'sideways', '--out', '/tmp/x.pdf'],
        /--orientation must be one of portrait, landscape/,
      ],
    ] as const) {
      expect(await pdf(...argv)).toMatchObject({
        code: 2,
        err: expect.stringMatching(message) as string,
      });
    }
    const svgWithPage = await run(
      'export',
      workspace,
      '--diagram',
      'basics',
      '--format',
      'svg',
      '--page',
      'a4',
      '--out',
      '/tmp/x.svg',
    );
    expect(svgWithPage).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--page and --orientation are for --format pdf/) as string,
    });
    const missing = path.join(temp, 'no-such-folder', 'all.pdf');
    expect(await pdf('--out', missing)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/The folder .*no-such-folder does not exist/) as string,
    });
    const wrongName = path.join(temp, 'all.png');
    expect(await pdf('--out', wrongName)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/ending in \.pdf/) as string,
    });
    const kept = path.join(temp, 'kept.pdf');
    await writeFile(kept, 'mine');
    expect(await pdf('--out', kept)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/already exists/) as string,
    });
    expect(await readFile(kept, 'utf8')).toBe('mine');
    expect((await readdir(temp)).filter((name) => /all\.(pdf|png)|etom-tmp/.test(name))).toEqual(
      [],
    );
  });
});
