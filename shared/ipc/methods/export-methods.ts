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

/** What `export.write` wrote. */
export interface ExportWriteResult {
  /** The absolute path written. */
  path: string;
  format: ExportFormat;
  bytes: number;
  /** Pixel size, for PNG. */
  width?: number;
  height?: number;
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
 * (desktop app); otherwise the renderer puts it there, from `png` (base64) or its own SVG.
 */
export interface PictureCopyResult {
  format: 'png' | 'svg';
  /** The picture's size: pixels for PNG, SVG units for SVG. */
  width: number;
  height: number;
  copied: boolean;
  png?: string;
}

const format = z.enum(EXPORT_FORMATS);
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
      })
      .refine(hasPlace, PLACE_REQUIRED),
  ),
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
