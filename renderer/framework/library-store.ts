import { create } from 'zustand';
import type { FrameworkProcessId } from '../../shared/model/ids';
import { useStudio } from '../state/studio-store';
import { MAP_TAB, openTab } from '../state/tabs';

/** Which library dialog is open. */
export type LibraryDialog = 'import' | 'about' | null;

/** The library's own view state: never part of the document, never in history. */
export interface LibraryState {
  /** The process shown in the details panel (in the workspace's pack). */
  selected: FrameworkProcessId | null;
  /** Bumped on every selection from outside the tree, so the tree scrolls to it again. */
  revealSeq: number;
  /** The scheme the map shows (a pack id with a map layout). */
  mapScheme: string | null;
  /** The process the map is drilled into, or null for the level-0/level-1 overview. */
  mapFocus: FrameworkProcessId | null;
  dialog: LibraryDialog;
}

export const INITIAL_LIBRARY: LibraryState = {
  selected: null,
  revealSeq: 0,
  mapScheme: null,
  mapFocus: null,
  dialog: null,
};

export const useLibrary = create<LibraryState>()(() => INITIAL_LIBRARY);

// Another workspace starts with a fresh library view: no selection, the map at its overview.
useStudio.subscribe((state, previous) => {
  if (state.workspace?.handle !== previous.workspace?.handle) useLibrary.setState(INITIAL_LIBRARY);
});

/** Shows a process in the details panel; `reveal` also scrolls the tree to it. */
export function selectProcess(id: FrameworkProcessId | null, reveal = true): void {
  useLibrary.setState((s) => ({ selected: id, revealSeq: reveal ? s.revealSeq + 1 : s.revealSeq }));
}

/** Opens the framework map tab and shows it, optionally drilled into `focus`. */
export function openFrameworkMap(focus?: FrameworkProcessId | null): void {
  if (focus !== undefined) useLibrary.setState({ mapFocus: focus });
  useStudio.setState((s) => openTab(s, MAP_TAB));
}

export function openLibraryDialog(dialog: LibraryDialog): void {
  useLibrary.setState({ dialog });
}
