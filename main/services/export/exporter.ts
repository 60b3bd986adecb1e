import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { HostFailure } from '../../../shared/ipc/errors';
import {
  EXPORT_EXTENSIONS,
  type ExportFormat,
  type ExportWriteResult,
  type PdfPageOptions,
} from '../../../shared/ipc/methods/export-methods';
import { atomicWrite } from '../workspace/atomic-write';
import { exportFontFiles, type ExportFontFiles } from './export-font';
import { NO_JOB, type ExportJob } from './export-jobs';
import { renderPdf, type PdfPicture } from './pdf/pdf-document';
import { embedBundle } from './picture-embed';
import { pngDrawList, pngSize, renderPng } from './png-render';
import type { PictureClipboard } from './picture-copy';
import { checkedSvgWithFont } from './svg-font';

/** What `export.write` asks for (already validated against the contract's schema). */
export interface ExportRequest {
  path: string;
  format: ExportFormat;
  svg: string;
  /** PNG pixels per SVG unit, 1-4; 2 by default so text stays sharp on a print or a slide. */
  scale?: number;
  /** PDF page size, orientation and title line; a fitted page without a title by default. */
  pdf?: PdfPageOptions;
  /** What shows through where the SVG paints nothing, in a PNG: white (default) or nothing. */
  background?: 'white' | 'transparent';
  /**
   * A diagram's bundle JSON to embed in an SVG or PNG (metadata / iTXt chunk), so the picture
   * reopens as a diagram; checked as a bundle file first. None by default.
   */
  bundle?: string;
  overwrite?: boolean;
}

export interface ExporterOptions {
  /**
   * The export font's files (`export-font.ts`), drawn into PNGs and embedded in PDFs; the
   * font's npm package by default. The system's fonts stay loaded for PNGs, as fallbacks.
   */
  font?: ExportFontFiles;
  /** The operating system's clipboard, where the host has one (Electron); see picture-copy.ts. */
  clipboard?: PictureClipboard;
}

const fail =
  (code: 'INVALID_ARGUMENT' | 'NOT_FOUND' | 'ALREADY_EXISTS' | 'TOO_LARGE') =>
  (file: string, message: string): never => {
    throw new HostFailure({ code, message, file });
  };

async function statOrNull(target: string) {
  try {
    return await stat(target);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new HostFailure({
      code: 'IO_ERROR',
      message: `Could not check ${target}: ${(error as Error).message}`,
      file: target,
      ...(typeof code === 'string' ? { osCode: code } : {}),
    });
  }
}

/**
 * Checks where an export goes: absolute, ending in `extension` (`.svg`, `.etom.json`), in a
 * folder that exists, and no file there unless `overwrite`.
 */
export async function checkExportTarget(
  target: string,
  what: string,
  extension: string,
  overwrite: boolean | undefined,
): Promise<void> {
  if (!path.isAbsolute(target)) {
    fail('INVALID_ARGUMENT')(target, `Export to a full (absolute) path, not "${target}".`);
  }
  const name = path.basename(target).toLowerCase();
  if (!name.endsWith(extension) || name.length <= extension.length) {
    fail('INVALID_ARGUMENT')(target, `A ${what} export must be a file ending in ${extension}.`);
  }
  const folder = await statOrNull(path.dirname(target));
  if (folder === null || !folder.isDirectory()) {
    fail('NOT_FOUND')(target, `The folder ${path.dirname(target)} does not exist.`);
  }
  const existing = await statOrNull(target);
  if (existing?.isDirectory()) {
    fail('ALREADY_EXISTS')(target, `${target} is a folder.`);
  }
  if (existing !== null && overwrite !== true) {
    fail('ALREADY_EXISTS')(target, `${target} already exists.`);
  }
}

/** What `export.writeDocument` asks for: several pictures in one PDF, with a contents page. */
export interface DocumentExportRequest {
  path: string;
  pictures: readonly PdfPicture[];
  /** Every page's size and orientation; `title` names the document (and heads the contents). */
  pdf: PdfPageOptions;
  overwrite?: boolean;
}

/**
 * Writes bytes atomically; `job` is asked once more right before the rename, so a cancel that
 * comes while the temp file is written removes it and leaves the target untouched.
 */
async function writeFinished(target: string, bytes: Uint8Array, job: ExportJob): Promise<void> {
  job.report('writing');
  await job.checkpoint();
  await atomicWrite(target, bytes, {
    beforeRename: () => {
      job.throwIfCancelled();
      return Promise.resolve();
    },
  });
}

/** The layout `renderPdf` takes from a request's page options. */
function pdfLayout(page: PdfPageOptions, documentTitle: boolean) {
  return {
    size: page.size,
    ...(page.orientation === undefined ? {} : { orientation: page.orientation }),
    ...(documentTitle && page.title !== undefined ? { documentTitle: page.title } : {}),
  };
}

/**
 * Writes one vector PDF of several pictures (a whole workspace's diagrams): contents page(s),
 * then a titled, bookmarked page per picture, every SVG checked before any is drawn, written
 * atomically. `job` hears of each step and may cancel between them: nothing is written then.
 */
export async function writeDocumentExport(
  request: DocumentExportRequest,
  options: ExporterOptions = {},
  job: ExportJob = NO_JOB,
): Promise<ExportWriteResult> {
  await checkExportTarget(request.path, 'PDF', EXPORT_EXTENSIONS.pdf, request.overwrite);
  const pdf = await renderPdf(
    request.pictures,
    // A workspace's book has its contents page even when it holds one diagram.
    { ...pdfLayout(request.pdf, true), contents: true },
    options.font ?? exportFontFiles(),
    request.path,
    job,
  );
  await writeFinished(request.path, pdf.bytes, job);
  return { path: request.path, format: 'pdf', bytes: pdf.bytes.byteLength, pages: pdf.pages };
}

/**
 * Writes an export: re-checks the SVG (main trusts nothing the renderer drew), checks the
 * target, then writes the SVG bytes, the PNG drawn from the checked SVG's draw list (`renderPng`, on
 * white unless asked for a transparent background) or the vector PDF, atomically (temp file,
 * fsync, rename), so a failed export never leaves half a file. `job` hears of each step and may
 * cancel between them (and between a PNG's bands: the drawing stops there); a cancelled
 * export writes nothing.
 */
export async function writeExport(
  request: ExportRequest,
  options: ExporterOptions = {},
  job: ExportJob = NO_JOB,
): Promise<ExportWriteResult> {
  await checkExportTarget(
    request.path,
    request.format.toUpperCase(),
    EXPORT_EXTENSIONS[request.format],
    request.overwrite,
  );
  if (request.format === 'pdf') {
    if (request.bundle !== undefined) {
      fail('INVALID_ARGUMENT')(request.path, 'Only SVG and PNG pictures can embed the diagram.');
    }
    const page = request.pdf ?? { size: 'fit' as const };
    // renderPdf checks the SVG itself, as it does for every picture of a document.
    const pdf = await renderPdf(
      [{ svg: request.svg, ...(page.title === undefined ? {} : { title: page.title }) }],
      pdfLayout(page, false),
      options.font ?? exportFontFiles(),
      request.path,
      job,
    );
    await writeFinished(request.path, pdf.bytes, job);
    return { path: request.path, format: 'pdf', bytes: pdf.bytes.byteLength, pages: pdf.pages };
  }
  job.report('checking', 0, 1);
  // A PNG keeps only its draw list: the parsed tree, most of the heap, is garbage before drawing.
  const drawList = request.format === 'png' ? pngDrawList(request.svg, request.path) : undefined;
  let drawn: Uint8Array;
  // The pixels per unit a PNG was drawn at, where the size cap made it less than asked.
  let lowered: number | undefined;
  if (drawList === undefined) {
    // An SVG carries the glyphs of the export font it draws, so it looks the same everywhere.
    const font = options.font ?? exportFontFiles();
    const { svg } = await checkedSvgWithFont(request.svg, request.path, font);
    drawn = new TextEncoder().encode(svg);
  } else {
    job.report('rasterising', 0, 1);
    await job.checkpoint();
    const asked = request.scale ?? 2;
    const png = await renderPng(drawList, request.path, {
      ...(request.scale === undefined ? {} : { scale: request.scale }),
      ...(request.background === undefined ? {} : { background: request.background }),
      ...(options.font === undefined ? {} : { font: options.font }),
      betweenBands: () => job.throwIfCancelled(),
    });
    drawn = png.png;
    if (png.scale < asked) lowered = png.scale;
  }
  const bytes =
    request.bundle === undefined
      ? drawn
      : embedBundle(request.format, drawn, request.bundle, request.path);
  await writeFinished(request.path, bytes, job);
  const result: ExportWriteResult = {
    path: request.path,
    format: request.format,
    bytes: bytes.byteLength,
  };
  if (request.format !== 'png') return result;
  return { ...result, ...pngSize(bytes), ...(lowered === undefined ? {} : { scale: lowered }) };
}
