import { useEffect } from 'react';
import { isDirty } from '../../shared/commands/history';
import { useStudio } from '../state/studio-store';

/**
 * While there are unsaved changes, closing the window or tab asks first: the browser shows its
 * own "leave site?" prompt, and the desktop app its native dialog (main/electron/unload-guard).
 * The recovery journal still holds the edits either way.
 */
export function useUnsavedGuard(): void {
  const dirty = useStudio((s) => (s.history ? isDirty(s.history) : false));
  useEffect(() => {
    if (!dirty) return;
    const guard = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium (and Electron) look at returnValue rather than preventDefault.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [dirty]);
}
