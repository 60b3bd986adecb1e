import { useEffect, useState } from 'react';
import { host } from '../platform/host';
import { describeFolder, type FolderVerdict } from '../state/folder-check';
import type { FolderPurpose } from '../state/studio-store';

/** Checks a typed path with `folder.inspect` as the user types (debounced), for `purpose`. */
export function useFolderCheck(path: string, purpose: FolderPurpose): FolderVerdict | null {
  // The verdict remembers which path and purpose it is for, so a stale one is never shown.
  const [checked, setChecked] = useState<{ key: string; verdict: FolderVerdict } | null>(null);
  const key = `${purpose}\n${path.trim()}`;

  useEffect(() => {
    const trimmed = path.trim();
    if (trimmed === '') return;
    let live = true;
    const timer = window.setTimeout(() => {
      void host()
        .call('folder.inspect', { path: trimmed })
        .then((result) => {
          if (!live) return;
          setChecked({
            key: `${purpose}\n${trimmed}`,
            verdict: result.ok
              ? describeFolder(result.value, purpose)
              : { ok: false, message: result.error.message },
          });
        });
    }, 150);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [path, purpose]);

  if (path.trim() === '') return null;
  return checked?.key === key ? checked.verdict : { ok: false, message: 'Checking…' };
}
