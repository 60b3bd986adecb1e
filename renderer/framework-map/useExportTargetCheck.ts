import type { SaveFormat } from '../../shared/ipc/methods/export-methods';
import type { PathChoice } from '../../shared/ipc/path-ref';
import { useInspectedPath } from '../dialogs/useInspectedPath';
import {
  CHECKING,
  checkExportPathText,
  describeExportTarget,
  type ExportTargetVerdict,
} from './export-target';

/** Checks the export file as the user types or picks it (debounced `folder.inspect`), for `format`. */
export function useExportTargetCheck(
  file: PathChoice,
  format: SaveFormat,
): ExportTargetVerdict | null {
  const trimmed = (file.path ?? '').trim();
  // What the text alone rules out (relative path, wrong extension) needs no trip to the disk.
  const early = trimmed === '' ? null : checkExportPathText(trimmed, format);
  const inspected = useInspectedPath(file, early === null);
  if (trimmed === '') return null;
  if (early !== null) return early;
  if (!inspected) return CHECKING;
  return inspected.ok
    ? describeExportTarget(trimmed, format, inspected.value)
    : { ok: false, exists: false, message: inspected.error.message };
}
