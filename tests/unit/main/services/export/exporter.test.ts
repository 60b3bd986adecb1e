import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostFailure, type HostError } from '../../../../../shared/ipc/errors';
import { renderFrameworkMapSvg } from '../../../../../shared/render/framework-map-svg';
import { writeExport, type ExportRequest } from '../../../../../main/services/export/exporter';
import { makeTempDir } from '../../../../fixtures/workspace-builder';
import { readPdf } from '../../../../support/pdf-reader';
import { withoutEmbeddedFont } from '../../../../support/embedded-font';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const SMALL =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><text x="2" y="20">a &amp; b</text></svg>';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-export-'));
});
afterEach(async () => {
  await cleanup();
});

async function failure(request: ExportRequest): Promise<HostError> {
  try {
    await writeExport(request);
  } catch (error) {
    expect(error).toBeInstanceOf(HostFailure);
    return (error as HostFailure).error;
  }
  throw new Error('the export was written');
}

/** Width and height from the IHDR chunk, which must come first. */
function pngHeader(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('writeExport', () => {
  it('writes the SVG byte for byte, with the export font added, and leaves no temp file', async () => {
    const svg = renderFrameworkMapSvg('gb921-v25.5');
    const target = path.join(dir, 'map.svg');
    const result = await writeExport({ path: target, format: 'svg', svg });
    const written = await readFile(target);
    expect(withoutEmbeddedFont(written.toString('utf8'))).toBe(svg);
    expect(written.toString('utf8')).toContain("@font-face{font-family:'Noto Sans'");
    expect(result).toEqual({ path: target, format: 'svg', bytes: written.byteLength });
    expect(await readdir(dir)).toEqual(['map.svg']);
  });

  it('rasterises to a PNG at the asked scale, on white', async () => {
    const target = path.join(dir, 'small.PNG');
    const result = await writeExport({ path: target, format: 'png', svg: SMALL, scale: 3 });
    const bytes = await readFile(target);
    expect(pngHeader(bytes)).toEqual({ width: 120, height: 90 });
    expect(result).toMatchObject({ width: 120, height: 90, bytes: bytes.length, format: 'png' });
  });

  it('rasterises the classic map at scale 2 by default', async () => {
    const svg = renderFrameworkMapSvg('classic-r14');
    const width = Number(/width="([\d.]+)"/.exec(svg)![1]);
    const target = path.join(dir, 'classic.png');
    await writeExport({ path: target, format: 'png', svg });
    const size = pngHeader(await readFile(target));
    expect(Math.abs(size.width - width * 2)).toBeLessThanOrEqual(1);
  });

  it('refuses a relative path, a wrong extension, a missing folder', async () => {
    expect(await failure({ path: 'map.svg', format: 'svg', svg: SMALL })).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringMatching(/absolute/) as string,
    });
    expect(
      await failure({ path: path.join(dir, 'map.png'), format: 'svg', svg: SMALL }),
    ).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringMatching(/\.svg/) as string,
    });
    expect(await failure({ path: path.join(dir, 'map'), format: 'png', svg: SMALL })).toMatchObject(
      { code: 'INVALID_ARGUMENT' },
    );
    const missing = path.join(dir, 'no-such-folder', 'map.svg');
    expect(await failure({ path: missing, format: 'svg', svg: SMALL })).toMatchObject({
      code: 'NOT_FOUND',
      file: missing,
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps an existing file unless asked to overwrite it; never writes over a folder', async () => {
    const target = path.join(dir, 'map.svg');
    await writeFile(target, 'old');
    expect(await failure({ path: target, format: 'svg', svg: SMALL })).toMatchObject({
      code: 'ALREADY_EXISTS',
      file: target,
    });
    expect(await readFile(target, 'utf8')).toBe('old');
    await writeExport({ path: target, format: 'svg', svg: SMALL, overwrite: true });
    expect(withoutEmbeddedFont(await readFile(target, 'utf8'))).toBe(SMALL);
    await mkdir(path.join(dir, 'folder.svg'));
    expect(
      await failure({
        path: path.join(dir, 'folder.svg'),
        format: 'svg',
        svg: SMALL,
        overwrite: true,
      }),
    ).toMatchObject({ code: 'ALREADY_EXISTS' });
  });

  it('refuses an active SVG before writing anything', async () => {
    const target = path.join(dir, 'bad.svg');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>';
    expect(await failure({ path: target, format: 'svg', svg })).toMatchObject({
      code: 'INVALID_ARGUMENT',
      file: target,
    });
    expect(await failure({ path: path.join(dir, 'bad.png'), format: 'png', svg })).toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a PNG too large to draw even at a quarter pixel per unit, before drawing it', async () => {
    const huge = '<svg xmlns="http://www.w3.org/2000/svg" width="40000" height="40000"/>';
    const target = path.join(dir, 'huge.png');
    expect(await failure({ path: target, format: 'png', svg: huge, scale: 1 })).toMatchObject({
      code: 'TOO_LARGE',
      file: target,
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('draws a PNG that would pass the pixel cap at a smaller scale, and says which', async () => {
    // 4,100 x 4,000 units at 2 pixels each would be 65.6 million pixels.
    const big = '<svg xmlns="http://www.w3.org/2000/svg" width="4100" height="4000"/>';
    const target = path.join(dir, 'big.png');
    const result = await writeExport({ path: target, format: 'png', svg: big, scale: 2 });
    expect(result).toMatchObject({ scale: 1.97, width: 8077, height: 7880 });
    expect(pngHeader(await readFile(target))).toEqual({ width: 8077, height: 7880 });
    // Under the cap, the scale asked for is kept and not reported.
    const small = await writeExport({
      path: path.join(dir, 'small.png'),
      format: 'png',
      svg: SMALL,
    });
    expect(small.scale).toBeUndefined();
  });
  it('writes the map as a one-page vector PDF whose labels are text, and prints its time and size', async () => {
    const svg = renderFrameworkMapSvg('gb921-v25.5');
    const target = path.join(dir, 'map.pdf');
    const started = performance.now();
    const result = await writeExport({
      path: target,
      format: 'pdf',
      svg,
      pdf: { size: 'a3', orientation: 'portrait', title: 'eTOM framework map' },
    });
    const ms = performance.now() - started;
    const bytes = await readFile(target);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(result).toEqual({ path: target, format: 'pdf', bytes: bytes.length, pages: 1 });
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]!.text).toContain('Customer Relationship Management');
    expect(pdf.pages[0]!.text).toContain('1.3.4');
    expect(pdf.embeddedFonts).toContain('NotoSans-Regular');
    expect(await readdir(dir)).toEqual(['map.pdf']);
    // A figure, not a bar: measured on a shared machine, so it may be pessimistic.
    console.log(`map PDF (A3): ${Math.round(ms)} ms, ${bytes.length} bytes`);
  });

  it('refuses a PDF export of an active SVG and writes nothing', async () => {
    const target = path.join(dir, 'bad.pdf');
    const error = await failure({
      path: target,
      format: 'pdf',
      svg: '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><script>alert(1)</script></svg>',
    });
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', file: target });
    expect(await readdir(dir)).toEqual([]);
  });
});
