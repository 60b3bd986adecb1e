import type { ExportFormat } from '../../shared/ipc/methods/export-methods';
import { useInspectedPath } from '../dialogs/useInspectedPath';
import {
  checkExportPathText,
  describeExportTarget,
  type ExportTargetVerdict,
} from './export-target';

/** Checks a typed export path as the user types (debounced `folder.inspect`), for `format`. */
export function useExportTargetCheck(
  path: string,
  format: ExportFormat,
): ExportTargetVerdict | null {
  const trimmed = path.trim();
  // What the text alone rules out (relative path, wrong extension) needs no trip to the disk.
  const early = trimmed === '' ? null : checkExportPathText(trimmed, format);
  const inspected = useInspectedPath(trimmed, early === null);
  if (trimmed === '') return null;
  if (early !== null) return early;
  if (!inspected) return { ok: false, exists: false, message: 'Checking…' };
  return inspected.ok
    ? describeExportTarget(trimmed, format, inspected.value)
    : { ok: false, exists: false, message: inspected.error.message };
}
