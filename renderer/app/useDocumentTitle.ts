import { useEffect } from 'react';
import { isDirty } from '../../shared/commands/history';
import { windowTitle } from '../state/status-text';
import { useStudio } from '../state/studio-store';

/** Keeps the window title as "● Name — eTOM Studio" while there are unsaved changes. */
export function useDocumentTitle(): void {
  const name = useStudio((s) => s.history?.document.workspace.name ?? null);
  const dirty = useStudio((s) => (s.history ? isDirty(s.history) : false));
  useEffect(() => {
    document.title = windowTitle(name, dirty);
  }, [name, dirty]);
}
