import { readFile, readdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBundleFile } from '../../../../../main/services/bundle/bundle-file';
import { writeExport } from '../../../../../main/services/export/exporter';
import { crc32, pngChunks, withTextChunk } from '../../../../../main/services/export/png-chunks';
import { checkSvg } from '../../../../../main/services/export/svg-check';
import { buildBundle } from '../../../../../shared/bundle/build-bundle';
import { readBundle } from '../../../../../shared/bundle/read-bundle';
import { PICTURE_BUNDLE_KEYWORD } from '../../../../../shared/bundle/svg-metadata';
import { getBuiltInCatalogue } from '../../../../../shared/etom/registry';
import { HostFailure } from '../../../../../shared/ipc/errors';
import type { WorkspaceDocument } from '../../../../../shared/model/document';
import { diagramNamesOf } from '../../../../../shared/render/diagram-names';
import { renderDiagramSvg } from '../../../../../shared/render/diagram-svg';
import {
  basicsDiagram,
  processesDiagram,
  sampleDocument,
} from '../../../../fixtures/diagram-samples';
import { makeTempDir } from '../../../../fixtures/workspace-builder';
import { decodePng } from '../../../../support/png-pixels';
import { withoutEmbeddedFont } from '../../../../support/embedded-font';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-picture-embed-'));
});
afterEach(async () => {
  await cleanup();
});

const HOSTILE = 'A </metadata><script>alert(1)</script> & ]]> \uFFFE "q" <!-- x -->';

/** The sample document, its processes diagram renamed to something hostile. */
function hostileDocument(): WorkspaceDocument {
  const document = sampleDocument([basicsDiagram(), processesDiagram()]);
  const diagram = document.diagrams[1]!;
  // The sample shows a deleted process on purpose; a bundle cannot carry that node.
  const gone = new Set(
    diagram.nodes
      .filter((n) => n.kind === 'process' && n.processId === 'p-deleted')
      .map((n) => n.id),
  );
  document.diagrams[1] = {
    ...diagram,
    name: HOSTILE,
    nodes: diagram.nodes.filter((n) => !gone.has(n.id)),
    edges: diagram.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
  };
  return document;
}

function svgAndBundle(document: WorkspaceDocument) {
  const names = diagramNamesOf(document.processes.processes, getBuiltInCatalogue, 'gb921-v25.5');
  const diagram = document.diagrams[1]!;
  const svg = renderDiagramSvg(diagram, names);
  const bundle = JSON.stringify(buildBundle(document, [diagram.id], '2026-11-30T10:00:00.000Z'));
  return { svg, bundle };
}

async function failure(promise: Promise<unknown>): Promise<HostFailure['error']> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HostFailure);
  return (error as HostFailure).error;
}

describe('pictures that reopen as diagrams', () => {
  it('a PNG carries the bundle in an iTXt chunk that reads back equal, picture unchanged', async () => {
    const { svg, bundle } = svgAndBundle(hostileDocument());
    const plain = path.join(dir, 'plain.png');
    const embedded = path.join(dir, 'embedded.png');
    await writeExport({ path: plain, format: 'png', svg, scale: 1 });
    await writeExport({ path: embedded, format: 'png', svg, scale: 1, bundle });
    const bytes = await readFile(embedded);
    const types = pngChunks(bytes, 'embedded.png').map((c) => c.type);
    expect(types.slice(0, 2)).toEqual(['IHDR', 'iTXt']);
    expect(decodePng(bytes)).toEqual(decodePng(await readFile(plain)));
    const back = await readBundleFile(embedded);
    expect(back).toEqual(readBundle(bundle, 'original'));
    expect(back.diagrams[0]!.name).toBe(HOSTILE);
  });

  it('an SVG carries it as escaped metadata that passes the vocabulary check', async () => {
    const { svg, bundle } = svgAndBundle(hostileDocument());
    const file = path.join(dir, 'embedded.svg');
    await writeExport({ path: file, format: 'svg', svg, bundle });
    const text = await readFile(file, 'utf8');
    expect(text).toContain(`<metadata id="${PICTURE_BUNDLE_KEYWORD}">`);
    expect(text).not.toContain('<script>');
    expect(() => checkSvg(withoutEmbeddedFont(text), 'embedded.svg')).not.toThrow();
    expect(await readBundleFile(file)).toEqual(readBundle(bundle, 'original'));
  });

  it('refuses a bundle that would not import, and writes nothing', async () => {
    const { svg, bundle } = svgAndBundle(hostileDocument());
    const broken = bundle.replace('"format":"etom-studio.bundle"', '"format":"other"');
    const target = path.join(dir, 'broken.png');
    const error = await failure(writeExport({ path: target, format: 'png', svg, bundle: broken }));
    expect(error.message).toContain('broken.png');
    expect(await readdir(dir)).toEqual([]);
    const pdf = await failure(
      writeExport({ path: path.join(dir, 'x.pdf'), format: 'pdf', svg, bundle }),
    );
    expect(pdf.code).toBe('INVALID_ARGUMENT');
  });

  it('says clearly, naming the file, when a picture holds no diagram', async () => {
    const { svg } = svgAndBundle(hostileDocument());
    for (const format of ['png', 'svg'] as const) {
      const file = path.join(dir, `bare.${format}`);
      await writeExport({ path: file, format, svg });
      const error = await failure(readBundleFile(file));
      expect(error.message).toMatch(new RegExp(`^bare\\.${format}: this picture holds no diagram`));
    }
  });
});

describe('tampered pictures are refused with a clear error', () => {
  async function embeddedPng(): Promise<{ bytes: Buffer; chunkOffset: number; length: number }> {
    const { svg, bundle } = svgAndBundle(hostileDocument());
    const file = path.join(dir, 'source.png');
    await writeExport({ path: file, format: 'png', svg, scale: 1, bundle });
    const bytes = await readFile(file);
    const chunk = pngChunks(bytes, 'source.png').find((c) => c.type === 'iTXt')!;
    return { bytes, chunkOffset: chunk.offset, length: chunk.length };
  }

  /** Writes `bytes` as `name` and returns the refusal of reading it as a bundle. */
  async function refusal(name: string, bytes: Uint8Array) {
    const file = path.join(dir, name);
    await writeFile(file, bytes);
    return failure(readBundleFile(file));
  }

  it('a damaged chunk (CRC mismatch)', async () => {
    const { bytes, chunkOffset } = await embeddedPng();
    bytes[chunkOffset + 40] = bytes[chunkOffset + 40]! ^ 0xff;
    const error = await refusal('crc.png', bytes);
    expect(error.message).toMatch(/^crc\.png: .*CRC does not match/);
  });

  it('a length past the end of the file', async () => {
    const { bytes, chunkOffset } = await embeddedPng();
    bytes.writeUInt32BE(0x7ffffff0, chunkOffset);
    const error = await refusal('huge.png', bytes);
    expect(error.message).toMatch(/^huge\.png: the iTXt chunk at byte \d+ claims \d+ bytes/);
  });

  it('a chunk that is not JSON, or not a bundle, or holds hostile strings', async () => {
    const { svg } = svgAndBundle(hostileDocument());
    const file = path.join(dir, 'base.png');
    await writeExport({ path: file, format: 'png', svg, scale: 1 });
    const base = await readFile(file);
    const notJson = withTextChunk(base, PICTURE_BUNDLE_KEYWORD, '{"format": "etom-studio.bun');
    expect((await refusal('json.png', notJson)).message).toMatch(/^json\.png, line \d+/);
    const other = withTextChunk(base, PICTURE_BUNDLE_KEYWORD, '{"format":"x","schemaVersion":1}');
    expect((await refusal('other.png', other)).message).toMatch(/^other\.png, format/);
    const document = hostileDocument();
    const bundle = buildBundle(document, [document.diagrams[1]!.id]);
    const hostile = JSON.stringify({
      ...bundle,
      diagrams: [{ ...bundle.diagrams[0], name: 'x'.repeat(100_000), nodes: [{ kind: 'evil' }] }],
    });
    const error = await refusal(
      'hostile.png',
      withTextChunk(base, PICTURE_BUNDLE_KEYWORD, hostile),
    );
    expect(error.message).toMatch(/^hostile\.png, diagrams\[0\]/);
  });

  it('a chunk whose text inflates past the bundle limit, two chunks, or no PNG at all', async () => {
    const { svg, bundle } = svgAndBundle(hostileDocument());
    const file = path.join(dir, 'base.png');
    await writeExport({ path: file, format: 'png', svg, scale: 1 });
    const base = await readFile(file);
    const bomb = withTextChunk(base, PICTURE_BUNDLE_KEYWORD, ' '.repeat(60 * 1024 * 1024));
    expect((await refusal('bomb.png', bomb)).message).toMatch(/^bomb\.png: .*holds more than/);
    const once = withTextChunk(base, PICTURE_BUNDLE_KEYWORD, bundle);
    const twice = withTextChunk(once, PICTURE_BUNDLE_KEYWORD, bundle);
    expect((await refusal('twice.png', twice)).message).toMatch(/^twice\.png: holds 2/);
    const cut = once.subarray(0, once.length - 20);
    expect((await refusal('cut.png', cut)).message).toMatch(/^cut\.png: /);
  });

  it('an SVG with a DOCTYPE, or two bundles', async () => {
    const { svg, bundle } = svgAndBundle(hostileDocument());
    const file = path.join(dir, 'ok.svg');
    await writeExport({ path: file, format: 'svg', svg, bundle });
    const text = await readFile(file, 'utf8');
    const doctype = `<!DOCTYPE svg [<!ENTITY x "y">]>${text}`;
    expect((await refusal('doctype.svg', Buffer.from(doctype))).message).toMatch(/^doctype\.svg/);
    const metadata = /<metadata[^>]*>[^<]*<\/metadata>/.exec(text)![0];
    const two = text.replace(metadata, metadata + metadata);
    expect((await refusal('two.svg', Buffer.from(two))).message).toMatch(/^two\.svg: holds 2/);
  });

  it('checks every chunk CRC the same way a PNG reader does', () => {
    // The CRC-32 of "IEND" with no data, as every PNG ends with.
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });
});

describe('the export vocabulary allows exactly the one bundle metadata', () => {
  const root = (inner: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${inner}</svg>`;
  it('under the root, once, with its id', () => {
    expect(() =>
      checkSvg(root('<metadata id="etom-studio.bundle">{}</metadata>'), 'a.svg'),
    ).not.toThrow();
    for (const bad of [
      '<g><metadata id="etom-studio.bundle">{}</metadata></g>',
      '<metadata>{}</metadata>',
      '<metadata id="other">{}</metadata>',
      '<metadata id="etom-studio.bundle">{}</metadata><metadata id="etom-studio.bundle">{}</metadata>',
      '<metadata id="etom-studio.bundle"><rect width="1" height="1"/></metadata>',
    ]) {
      expect(() => checkSvg(root(bad), 'b.svg'), bad).toThrow(/b\.svg|metadata/);
    }
  });
});
