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
import { renderPdf } from './pdf/pdf-document';
import { embedBundle } from './picture-embed';
import { pngSize, renderPng } from './png-render';
import type { PictureClipboard } from './picture-copy';
import { checkSvg } from './svg-check';

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

async function drawPdf(request: ExportRequest, options: ExporterOptions) {
  const page = request.pdf ?? { size: 'fit' as const };
  return renderPdf(
    [{ svg: request.svg, ...(page.title === undefined ? {} : { title: page.title }) }],
    {
      size: page.size,
      ...(page.orientation === undefined ? {} : { orientation: page.orientation }),
    },
    options.font ?? exportFontFiles(),
    request.path,
  );
}

/**
 * Writes an export: re-checks the SVG (main trusts nothing the renderer drew), checks the
 * target, then writes the SVG bytes, the PNG rasterised by resvg (on white unless asked for a
 * transparent background) or the vector PDF, atomically (temp file, fsync, rename), so a failed
 * export never leaves half a file.
 */
export async function writeExport(
  request: ExportRequest,
  options: ExporterOptions = {},
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
    // renderPdf checks the SVG itself, as it does for every picture of a document.
    const pdf = await drawPdf(request, options);
    await atomicWrite(request.path, pdf.bytes);
    return { path: request.path, format: 'pdf', bytes: pdf.bytes.byteLength, pages: pdf.pages };
  }
  const size = checkSvg(request.svg, request.path);
  const drawn =
    request.format === 'svg'
      ? new TextEncoder().encode(request.svg)
      : await renderPng(request.svg, size, request.path, {
          ...(request.scale === undefined ? {} : { scale: request.scale }),
          ...(request.background === undefined ? {} : { background: request.background }),
          ...(options.font === undefined ? {} : { font: options.font }),
        });
  const bytes =
    request.bundle === undefined
      ? drawn
      : embedBundle(request.format, drawn, request.bundle, request.path);
  await atomicWrite(request.path, bytes);
  const result: ExportWriteResult = {
    path: request.path,
    format: request.format,
    bytes: bytes.byteLength,
  };
  return request.format === 'png' ? { ...result, ...pngSize(bytes) } : result;
}
