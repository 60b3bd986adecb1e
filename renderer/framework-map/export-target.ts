import {
  EXPORT_EXTENSIONS,
  SAVE_EXTENSIONS,
  type ExportFormat,
  type SaveFormat,
} from '../../shared/ipc/methods/export-methods';
import type { FolderInfo } from '../../shared/ipc/methods/workspace-methods';
import { BUNDLE_EXTENSION } from '../../shared/bundle/bundle-schema';

/** What the export dialog says about a typed file path, and whether Export may go ahead. */
export interface ExportTargetVerdict {
  ok: boolean;
  message: string;
  /** A file is already there: exporting replaces it, once the user confirms. */
  exists: boolean;
  /** The host has not answered yet: not a problem (shown neutral), but no Export either. */
  pending?: boolean;
}

/** The verdict while the host looks at the path. */
export const CHECKING: ExportTargetVerdict = {
  ok: false,
  exists: false,
  pending: true,
  message: 'Checking…',
};

/** True for `/home/a`, `C:\a`, `C:/a` and `\\server\share`: what main accepts as absolute. */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

/** The file name offered for a map export, e.g. `etom-map-gb921-v25.5.svg`. */
export function exportFileName(packId: string, format: ExportFormat, stem = 'etom-map'): string {
  return `${stem}-${packId.replace(/[^A-Za-z0-9._-]/g, '-')}${EXPORT_EXTENSIONS[format]}`;
}

/** Every extension a save target may end in, the longest first (`.etom.json` before `.json`). */
const KNOWN_EXTENSIONS = [BUNDLE_EXTENSION, ...Object.values(SAVE_EXTENSIONS)].sort(
  (a, b) => b.length - a.length,
);

/**
 * The path with its extension set for `format` (switching SVG/PNG renames the file), or to
 * `extension` where the format's file has its own (a bundle's `.etom.json`).
 */
export function withFormatExtension(
  path: string,
  format: SaveFormat,
  extension = SAVE_EXTENSIONS[format],
): string {
  const lower = path.toLowerCase();
  const other = KNOWN_EXTENSIONS.find((ext) => lower.endsWith(ext));
  return other === undefined ? path : path.slice(0, -other.length) + extension;
}

/** Checks what can be checked without the disk: an absolute path ending in the right extension. */
export function checkExportPathText(path: string, format: SaveFormat): ExportTargetVerdict | null {
  const extension = SAVE_EXTENSIONS[format];
  if (!isAbsolutePath(path)) {
    return { ok: false, exists: false, message: 'Type the full path, starting at the root.' };
  }
  if (!path.toLowerCase().endsWith(extension)) {
    return {
      ok: false,
      exists: false,
      message: `A ${format.toUpperCase()} file name ends in ${extension}.`,
    };
  }
  return null;
}

/** The verdict once the host has looked at the path (`folder.inspect`). */
export function describeExportTarget(
  path: string,
  format: SaveFormat,
  info: FolderInfo,
): ExportTargetVerdict {
  const early = checkExportPathText(path, format);
  if (early !== null) return early;
  if (!info.parentExists) {
    return { ok: false, exists: false, message: 'Its folder does not exist.' };
  }
  if (info.exists && info.isDirectory) {
    return { ok: false, exists: false, message: 'That is a folder; add a file name.' };
  }
  if (info.exists) {
    return { ok: true, exists: true, message: 'A file with this name exists.' };
  }
  return { ok: true, exists: false, message: 'A new file.' };
}
