import { z } from 'zod';
import { method } from '../define';

/** The formats an export can be written in. */
export const EXPORT_FORMATS = ['svg', 'png'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file extension each format must end with. */
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  svg: '.svg',
  png: '.png',
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
}

const format = z.enum(EXPORT_FORMATS);

export const exportMethods = {
  /**
   * Writes a picture the renderer drew as SVG to an absolute path the user chose: the SVG as
   * is, or rasterised to PNG at `scale`. Main re-checks the SVG; it never overwrites a file
   * unless `overwrite` is set.
   */
  write: method<ExportWriteResult>()(
    'export.write',
    z.strictObject({
      path: z.string().min(1).max(4096),
      format,
      svg: z.string().min(1).max(MAX_EXPORT_SVG_CHARS),
      scale: z.number().min(1).max(4).optional(),
      overwrite: z.boolean().optional(),
    }),
  ),
  /** The native save dialog; null when cancelled. The browser host answers UNSUPPORTED. */
  pickSaveFile: method<string | null>()(
    'dialog.pickSaveFile',
    z.strictObject({ suggestedName: z.string().min(1).max(255), format }),
  ),
} as const;
