import { readFile, readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostFailure, type HostError } from '../../../../../shared/ipc/errors';
import { getBuiltInCatalogue } from '../../../../../shared/etom/registry';
import type { WorkspaceDocument } from '../../../../../shared/model/document';
import { diagramNamesOf } from '../../../../../shared/render/diagram-names';
import { renderDiagramSvg } from '../../../../../shared/render/diagram-svg';
import {
  cancelledFailure,
  ExportJobs,
  type ExportJob,
} from '../../../../../main/services/export/export-jobs';
import { writeDocumentExport, writeExport } from '../../../../../main/services/export/exporter';
import { SHEETS } from '../../../../../main/services/export/pdf/pdf-page-layout';
import { buildDocument, makeTempDir } from '../../../../fixtures/workspace-builder';
import { readPdf } from '../../../../support/pdf-reader';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-document-export-'));
});
afterEach(async () => {
  await cleanup();
});

/** Every diagram of `document` as the export draws it, titled by its name. */
function picturesOf(document: WorkspaceDocument) {
  const names = diagramNamesOf(
    document.processes.processes,
    getBuiltInCatalogue,
    document.workspace.framework.pack,
  );
  return document.diagrams.map((diagram) => ({
    svg: renderDiagramSvg(diagram, names, { theme: 'light' }),
    title: diagram.name,
  }));
}

async function failureOf(work: Promise<unknown>): Promise<HostError> {
  try {
    await work;
  } catch (error) {
    expect(error).toBeInstanceOf(HostFailure);
    return (error as HostFailure).error;
  }
  throw new Error('the export was written');
}

describe('writeDocumentExport', () => {
  it('writes every diagram in one PDF: a contents page, then a titled, bookmarked page each', async () => {
    const document = buildDocument({ diagrams: 3, nodesPerDiagram: 5 });
    const target = path.join(dir, 'workspace.pdf');
    const result = await writeDocumentExport({
      path: target,
      pictures: picturesOf(document),
      pdf: { size: 'a4', orientation: 'landscape', title: 'Test workspace' },
    });
    expect(result).toMatchObject({ path: target, format: 'pdf', pages: 4 });
    const pdf = await readPdf(await readFile(target));
    expect(pdf.pages).toHaveLength(4);
    expect(pdf.title).toBe('Test workspace');
    expect(pdf.outline).toEqual([
      'Contents',
      'Diagram diagram-1',
      'Diagram diagram-2',
      'Diagram diagram-3',
    ]);
    const contents = pdf.pages[0]!.items.filter((item) => item.trim() !== '');
    expect(contents).toEqual([
      'Test workspace',
      'Diagram diagram-1',
      '2',
      'Diagram diagram-2',
      '3',
      'Diagram diagram-3',
      '4',
    ]);
    for (const page of pdf.pages) {
      // A4 landscape on every page, the contents page included.
      expect([page.width, page.height]).toEqual([SHEETS.a4[1], SHEETS.a4[0]]);
    }
    // Each diagram's labels are text on its page: boxes, notes and company processes.
    expect(pdf.pages[1]!.items[0]).toBe('Diagram diagram-1');
    expect(pdf.pages[1]!.text).toContain('Step 0');
    expect(pdf.pages[1]!.text).toContain('Note 1');
    expect(pdf.pages[1]!.text).toContain('Process 2');
    expect(pdf.pages[3]!.text).toContain('Step 3');
  });

  it('checks every SVG before drawing any: a bad second picture writes nothing', async () => {
    const target = path.join(dir, 'bad.pdf');
    const [first] = picturesOf(buildDocument({ diagrams: 1 }));
    const error = await failureOf(
      writeDocumentExport({
        path: target,
        pictures: [
          first!,
          {
            svg: '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><script/></svg>',
            title: 'Bad',
          },
        ],
        pdf: { size: 'fit' },
      }),
    );
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', file: target });
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps an existing file unless asked to replace it', async () => {
    const target = path.join(dir, 'twice.pdf');
    const request = {
      path: target,
      pictures: picturesOf(buildDocument({ diagrams: 2 })),
      pdf: { size: 'a3' as const },
    };
    await writeDocumentExport(request);
    expect(await failureOf(writeDocumentExport(request))).toMatchObject({
      code: 'ALREADY_EXISTS',
    });
    expect((await writeDocumentExport({ ...request, overwrite: true })).pages).toBe(3);
  });
});

describe('cancelling an export', () => {
  it('a whole-workspace PDF cancelled while drawing fails CANCELLED and leaves no file', async () => {
    const jobs = new ExportJobs();
    const target = path.join(dir, 'cancelled.pdf');
    const pictures = picturesOf(buildDocument({ diagrams: 12, nodesPerDiagram: 8 }));
    const running = jobs.run('cancel-test-1', target, (job) =>
      writeDocumentExport({ path: target, pictures, pdf: { size: 'a4' } }, {}, job),
    );
    let progress = await jobs.poll('cancel-test-1', 0, 0);
    while (progress.step !== 'drawing' || progress.done < 3) {
      progress = await jobs.poll('cancel-test-1', progress.revision, 5000);
      expect(progress.status).toBe('running');
    }
    expect(progress.total).toBe(12);
    jobs.cancel('cancel-test-1');
    expect(await failureOf(running)).toMatchObject({ code: 'CANCELLED', file: target });
    expect(await readdir(dir)).toEqual([]);
  });

  it('a cancel that comes while the file is written removes the temp file; the target is untouched', async () => {
    const target = path.join(dir, 'late.png');
    const steps: string[] = [];
    // Cancelled at the last moment: after the bytes are in the temp file, before the rename.
    const lateCancel: ExportJob = {
      report: (step) => steps.push(step),
      checkpoint: () => Promise.resolve(),
      throwIfCancelled: () => {
        throw cancelledFailure(target);
      },
    };
    const svg = picturesOf(buildDocument({ diagrams: 1 }))[0]!.svg;
    const error = await failureOf(
      writeExport({ path: target, format: 'png', svg, scale: 1 }, {}, lateCancel),
    );
    expect(error).toMatchObject({ code: 'CANCELLED', file: target });
    expect(steps).toEqual(['checking', 'rasterising', 'writing']);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a cancel that comes while a PNG is drawn stops it between two bands, before writing', async () => {
    const target = path.join(dir, 'tall.png');
    const steps: string[] = [];
    let asked = 0;
    // Cancelled once drawing has begun: 2,000 x 2,000 px is several bands (skia-bands.ts).
    const cancelWhileDrawing: ExportJob = {
      report: (step) => steps.push(step),
      checkpoint: () => Promise.resolve(),
      throwIfCancelled: () => {
        asked += 1;
        if (steps.includes('rasterising')) throw cancelledFailure(target);
      },
    };
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="2000"><rect x="0" y="0" width="2000" height="2000" fill="#336699"/></svg>';
    const error = await failureOf(
      writeExport({ path: target, format: 'png', svg, scale: 1 }, {}, cancelWhileDrawing),
    );
    expect(error).toMatchObject({ code: 'CANCELLED', file: target });
    expect(asked).toBe(1);
    expect(steps).toEqual(['checking', 'rasterising']);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a PNG cancelled while it is drawn stops at the next band and is not written', async () => {
    const jobs = new ExportJobs();
    const target = path.join(dir, 'big.png');
    const svg = picturesOf(buildDocument({ diagrams: 1, nodesPerDiagram: 300 }))[0]!.svg;
    const running = jobs.run('cancel-test-2', target, (job) =>
      writeExport({ path: target, format: 'png', svg, scale: 1 }, {}, job),
    );
    let progress = await jobs.poll('cancel-test-2', 0, 0);
    while (progress.step !== 'rasterising') {
      progress = await jobs.poll('cancel-test-2', progress.revision, 5000);
    }
    jobs.cancel('cancel-test-2');
    expect(await failureOf(running)).toMatchObject({ code: 'CANCELLED' });
    expect(await readdir(dir)).toEqual([]);
  });
});
