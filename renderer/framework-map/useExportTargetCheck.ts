import { useEffect, useState } from 'react';
import type { ExportFormat } from '../../shared/ipc/methods/export-methods';
import { host } from '../platform/host';
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
  // The verdict remembers which path and format it is for, so a stale one is never shown.
  const [checked, setChecked] = useState<{ key: string; verdict: ExportTargetVerdict } | null>(
    null,
  );
  const trimmed = path.trim();
  const key = `${format}\n${trimmed}`;
  const early = trimmed === '' ? null : checkExportPathText(trimmed, format);
  const needsDisk = trimmed !== '' && early === null;

  useEffect(() => {
    if (!needsDisk) return;
    let live = true;
    const timer = window.setTimeout(() => {
      void host()
        .call('folder.inspect', { path: trimmed })
        .then((result) => {
          if (!live) return;
          setChecked({
            key,
            verdict: result.ok
              ? describeExportTarget(trimmed, format, result.value)
              : { ok: false, exists: false, message: result.error.message },
          });
        });
    }, 150);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [needsDisk, trimmed, format, key]);

  if (trimmed === '') return null;
  if (early !== null) return early;
  return checked?.key === key
    ? checked.verdict
    : { ok: false, exists: false, message: 'Checking…' };
}
