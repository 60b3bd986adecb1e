import { useEffect } from 'react';
import { isDirty } from '../../shared/commands/history';
import { useStudio } from '../state/studio-store';

/**
 * While there are unsaved changes, closing the window or tab asks first: the browser shows its
 * own "leave site?" prompt (a page cannot offer Save there: browsers allow only Leave or Stay),
 * and the desktop app its native Save / Don't save / Cancel dialog (main/electron/unload-guard).
 * The recovery journal still holds the edits either way.
 */
export function useUnsavedGuard(): void {
  const dirty = useStudio((s) => (s.history ? isDirty(s.history) : false));
  useEffect(() => {
    if (!dirty) return;
    const guard = (event: BeforeUnloadEvent) => {
      // Asked at the moment of closing: a save just before (Save in the desktop app's close
      // dialog) lets the window go before React has removed this listener.
      const { history } = useStudio.getState();
      if (!history || !isDirty(history)) return;
      event.preventDefault();
      // Older Chromium (and Electron) look at returnValue rather than preventDefault.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [dirty]);
}
