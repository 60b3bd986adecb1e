import { useEffect } from 'react';
import { useStudio } from '../state/studio-store';
import { useWindowLayout } from '../state/window-layout';
import {
  loadMergeRecords,
  refreshGitStatus,
  removeSettledRecords,
  startMergeState,
} from './merge-actions';
import { useMerge } from './merge-store';

/** Window focus comes in bursts (dialogs, alt-tab back and forth): one refresh per burst. */
const FOCUS_DEBOUNCE_MS = 400;

/**
 * Keeps the merge records and the git status of the open workspace current: read on open,
 * again on window focus (a merge may have run in a terminal meanwhile); after each save the
 * git status is asked again and settled records are removed. With the git status turned off
 * (View > Show or hide git status) git is never run for it, and the status bar shows none.
 */
export function useMergeWatch(): void {
  const handle = useStudio((s) => s.workspace?.handle ?? null);
  const savedAt = useStudio((s) => s.lastSavedAt);
  const gitStatus = useWindowLayout((s) => s.gitStatus);

  useEffect(() => {
    if (handle === null) return;
    startMergeState(handle);
    void loadMergeRecords(handle);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onFocus = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void loadMergeRecords(handle);
        if (useWindowLayout.getState().gitStatus) void refreshGitStatus(handle);
      }, FOCUS_DEBOUNCE_MS);
    };
    window.addEventListener('focus', onFocus);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [handle]);

  useEffect(() => {
    if (handle === null) return;
    if (gitStatus) void refreshGitStatus(handle);
    else useMerge.setState({ git: null });
    if (savedAt !== null && useMerge.getState().records.length > 0) void removeSettledRecords();
  }, [handle, savedAt, gitStatus]);
}
