import { useEffect, useRef } from 'react';
import { isDirty } from '../../shared/commands/history';
import { host } from '../platform/host';
import { useStudio } from '../state/studio-store';
import { writeJournal } from '../state/journal-writes';
import { documentForDisk } from '../state/workspace-actions';
import { journalWait } from './journal-timing';

/** Default delay between the last edit and journalling it, when settings do not say. */
const DEFAULT_DELAY_MS = 800;

/**
 * Journals the unsaved document a short while after each change, so a crash loses at most
 * that delay of work. The host drops the journal after a successful save.
 */
export function useJournal(): void {
  const delay = useRef(DEFAULT_DELAY_MS);

  useEffect(() => {
    void host()
      .call('settings.get', {})
      .then((result) => {
        if (result.ok) delay.current = result.value.preferences.journalDelayMs;
      });
  }, []);

  useEffect(() => {
    let timer: number | undefined;
    let pendingSince: number | null = null;
    const unsubscribe = useStudio.subscribe((state, previous) => {
      if (state.history?.document === previous.history?.document) return;
      window.clearTimeout(timer);
      const now = Date.now();
      const wait = journalWait(now, pendingSince, delay.current);
      pendingSince ??= now;
      const write = () => {
        const { workspace, history, recovery, saveStatus } = useStudio.getState();
        // A save in progress drops the journal when it succeeds: a journal written meanwhile
        // would outlive it. Look again once the save is over.
        if (saveStatus.kind === 'saving') {
          timer = window.setTimeout(write, delay.current);
          return;
        }
        pendingSince = null;
        // While a recovery prompt is open the journal holds the older work: keep it.
        if (!workspace || !history || !isDirty(history) || recovery) return;
        if (workspace.readOnly !== null) return;
        const document = documentForDisk();
        if (document) writeJournal(workspace.handle, document);
      };
      timer = window.setTimeout(write, wait);
    });
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, []);
}
