import { z } from 'zod';
import { method } from '../define';
import { LIMITS } from '../../model/limits';
import { PLACE_REQUIRED, hasPlace, placeFields, type OfferedPath } from '../path-ref';

/** The formats an export can be written in. */
export const EXPORT_FORMATS = ['svg', 'png', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file extension each format must end with. */
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  svg: '.svg',
  png: '.png',
  pdf: '.pdf',
};

/** The page sizes of a PDF export: the drawing's own size, or a sheet it is scaled to fit. */
export const PDF_PAGE_SIZES = ['fit', 'a4', 'a3'] as const;
export type PdfPageSize = (typeof PDF_PAGE_SIZES)[number];
export const PDF_ORIENTATIONS = ['portrait', 'landscape'] as const;
export type PdfOrientation = (typeof PDF_ORIENTATIONS)[number];

/** How a picture is put on a PDF page. */
export const pdfPageOptions = z.strictObject({
  size: z.enum(PDF_PAGE_SIZES),
  /** For A4 and A3 (a fitted page takes the drawing's shape); portrait by default. */
  orientation: z.enum(PDF_ORIENTATIONS).optional(),
  /** The line printed above the picture (and its bookmark); none when absent. */
  title: z.string().max(300).optional(),
});
export type PdfPageOptions = z.infer<typeof pdfPageOptions>;

/**
 * Every format a file is exported in, through `export.write` (pictures), `report.export`
 * (reports and tables) and `catalogue.export`: what a save dialog is asked for, and what its
 * answer may then be used to write.
 */
export const SAVE_FORMATS = ['svg', 'png', 'pdf', 'html', 'xlsx', 'csv', 'json'] as const;
export type SaveFormat = (typeof SAVE_FORMATS)[number];

/** The file extension each saved format must end with. */
export const SAVE_EXTENSIONS: Readonly<Record<SaveFormat, string>> = {
  ...EXPORT_EXTENSIONS,
  html: '.html',
  xlsx: '.xlsx',
  csv: '.csv',
  json: '.json',
};

/** The largest SVG main accepts to write or rasterise (about 20 MB of text). */
export const MAX_EXPORT_SVG_CHARS = 20_000_000;
/** The most pictures one PDF document holds, and all their SVG text together. */
export const MAX_DOCUMENT_PICTURES = 500;
export const MAX_DOCUMENT_SVG_CHARS = 60_000_000;

/** What a long export is doing, in order; `done` of `total` counts pages or pictures. */
export const EXPORT_STEPS = ['checking', 'drawing', 'rasterising', 'writing'] as const;
export type ExportStep = (typeof EXPORT_STEPS)[number];

/** Where a long export is (`export.progress`): a job the renderer named in its request. */
export interface ExportProgress {
  jobId: string;
  /** Grows with every change: pass the last one seen back to wait for the next. */
  revision: number;
  /** `unknown`: no such job now (not started yet, or finished: its call answers that). */
  status: 'running' | 'finished' | 'unknown';
  step?: ExportStep;
  done: number;
  total: number;
  /** True once `export.cancel` asked it to stop (it stops at its next step). */
  cancelling: boolean;
}

/** What `export.write` wrote. */
/**
 * The most pixels a PNG export is drawn with (64 M: 256 MB of RGBA, and under 1 GB of peak
 * memory with the rasteriser's own buffers); a picture larger at the scale asked for is drawn
 * at the largest scale that fits instead.
 */
export const MAX_PNG_PIXELS = 64_000_000;

export interface ExportWriteResult {
  /** The absolute path written. */
  path: string;
  format: ExportFormat;
  bytes: number;
  /** Pixel size, for PNG. */
  width?: number;
  height?: number;
  /**
   * For a PNG that would have been over the exporter's pixel cap at the scale asked for: the
   * smaller scale (pixels per unit) it was drawn at instead.
   */
  scale?: number;
  /** Page count, for PDF. */
  pages?: number;
}

/** What `export.bundle` wrote. */
export interface ExportBundleResult {
  /** The absolute path written. */
  path: string;
  bytes: number;
  /** How many diagrams the bundle holds. */
  diagrams: number;
}

/** The largest bundle text `export.bundle` takes: the largest workspace file. */
export const MAX_EXPORT_BUNDLE_CHARS = LIMITS.maxFileBytes;

/** "Copy as PNG / SVG": what the renderer drew, and how to draw the PNG. */
export interface PictureCopyRequest {
  format: 'png' | 'svg';
  svg: string;
  scale?: number;
  background?: 'white' | 'transparent';
}

/**
 * What `export.copyPicture` did: `copied` when main put it on the operating system's clipboard
 * (desktop app); otherwise the renderer puts it there, from `png` (base64) or `svg` (with the
 * export font embedded).
 */
export interface PictureCopyResult {
  format: 'png' | 'svg';
  /** The picture's size: pixels for PNG, SVG units for SVG. */
  width: number;
  height: number;
  copied: boolean;
  png?: string;
  svg?: string;
}

const format = z.enum(EXPORT_FORMATS);
/** Names one long export, so it can report progress and be cancelled (a random id). */
const jobId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'a job id: 8 to 64 letters, digits, - or _');
/** A file name with no folder in it: all a save dialog is told. */
const fileName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^\\/\0]+$/, 'a file name, with no folder')
  .refine((name) => name !== '.' && name !== '..', 'a file name, with no folder');

export const exportMethods = {
  /**
   * Writes a picture the renderer drew as SVG to the file the user chose (a place: the save
   * dialog's answer, or an absolute path typed in the browser host): the SVG as is, rasterised
   * to PNG at `scale`, or drawn as a vector PDF page laid out by `pdf`. Main re-checks the SVG;
   * it never overwrites a file unless `overwrite` is set.
   */
  write: method<ExportWriteResult>()(
    'export.write',
    z
      .strictObject({
        ...placeFields,
        format,
        svg: z.string().min(1).max(MAX_EXPORT_SVG_CHARS),
        scale: z.number().min(1).max(4).optional(),
        pdf: pdfPageOptions.optional(),
        /** A PNG's background where the picture paints nothing: white (default) or none. */
        background: z.enum(['white', 'transparent']).optional(),
        /** The diagram's bundle JSON to embed in an SVG or PNG, so the picture reopens. */
        bundle: z.string().min(2).max(MAX_EXPORT_BUNDLE_CHARS).optional(),
        overwrite: z.boolean().optional(),
        /** Reports progress under this id (`export.progress`) and stops on `export.cancel`. */
        jobId: jobId.optional(),
      })
      .refine(hasPlace, PLACE_REQUIRED),
  ),
  /**
   * Writes several pictures the renderer drew (a whole workspace's diagrams) as one vector PDF:
   * a contents page (linked, with page numbers) and one page per picture, each titled and
   * bookmarked, every page laid out by `pdf` (`pdf.title` names the document). Main checks
   * every SVG as `export.write` does, before drawing any; it never overwrites a file unless
   * `overwrite` is set. Same place rules as a PDF `export.write`.
   */
  writeDocument: method<ExportWriteResult>()(
    'export.writeDocument',
    z
      .strictObject({
        ...placeFields,
        pictures: z
          .array(
            z.strictObject({
              svg: z.string().min(1).max(MAX_EXPORT_SVG_CHARS),
              title: z.string().min(1).max(300),
            }),
          )
          .min(1)
          .max(MAX_DOCUMENT_PICTURES)
          .refine(
            (pictures) =>
              pictures.reduce((sum, picture) => sum + picture.svg.length, 0) <=
              MAX_DOCUMENT_SVG_CHARS,
            `the pictures together: at most ${MAX_DOCUMENT_SVG_CHARS} characters of SVG`,
          ),
        pdf: pdfPageOptions,
        overwrite: z.boolean().optional(),
        jobId: jobId.optional(),
      })
      .refine(hasPlace, PLACE_REQUIRED),
  ),
  /**
   * Where the export named `jobId` is: answers at once when its revision is past `seen` (or
   * `waitMs` is 0), else at its next change or after `waitMs` (a short long poll: the one
   * channel both hosts have from main to the page, as `workspace.pollChanges`).
   */
  progress: method<ExportProgress>()(
    'export.progress',
    z.strictObject({
      jobId,
      seen: z.number().int().min(0).optional(),
      waitMs: z.number().int().min(0).max(10_000),
    }),
  ),
  /**
   * Asks the export named `jobId` to stop: it stops at its next step (between pages, before or
   * after rasterising, before the rename), removes its temp file and fails as CANCELLED; nothing
   * is written. A job not started yet is refused when it starts. True when one was running.
   */
  cancel: method<boolean>()('export.cancel', z.strictObject({ jobId })),
  /**
   * "Copy as PNG / SVG": main checks the SVG, draws the PNG (at `scale`, 2 by default) and puts
   * it on the operating system's clipboard where the host can (desktop app); the browser host
   * sends the PNG back for the renderer to put on the clipboard.
   */
  copyPicture: method<PictureCopyResult>()(
    'export.copyPicture',
    z.strictObject({
      format: z.enum(['png', 'svg']),
      svg: z.string().min(1).max(MAX_EXPORT_SVG_CHARS),
      scale: z.number().min(1).max(4).optional(),
      background: z.enum(['white', 'transparent']).optional(),
    }),
  ),
  /**
   * Writes a portable bundle (`*.etom.json`, JSON export of diagrams) the renderer built to the
   * file the user chose (a place, used as `json`). Main reads it back as an import would and
   * refuses one that would not import; it never overwrites a file unless `overwrite` is set.
   */
  bundle: method<ExportBundleResult>()(
    'export.bundle',
    z
      .strictObject({
        ...placeFields,
        bundle: z.string().min(2).max(MAX_EXPORT_BUNDLE_CHARS),
        overwrite: z.boolean().optional(),
      })
      .refine(hasPlace, PLACE_REQUIRED),
  ),
  /**
   * The native save dialog for an export in `format`, offering `suggestedName`; null when
   * cancelled. Its answer writes that format only. The browser host answers UNSUPPORTED.
   */
  pickSaveFile: method<OfferedPath | null>()(
    'dialog.pickSaveFile',
    z.strictObject({ suggestedName: fileName, format: z.enum(SAVE_FORMATS) }),
  ),
} as const;
