import { create } from 'zustand';
import type { FrameworkRef } from '../../shared/model/framework-ref';
import type { FrameworkProcessId } from '../../shared/model/ids';
import { CLASSIC_PACK_ID, DEFAULT_PACK_ID } from '../../shared/etom/registry';
import { catalogueFor } from './pack-store';
import { useStudio } from '../state/studio-store';
import { MAP_TAB, openTab } from '../state/tabs';

/** Which library dialog is open. */
export type LibraryDialog = 'import' | 'about' | null;

/** The library's own view state: never part of the document, never in history. */
export interface LibraryState {
  /** The process shown in the details panel, by pack and id (packs reuse ids). */
  selected: FrameworkRef | null;
  /** Bumped on every selection from outside the tree, so the tree scrolls to it again. */
  revealSeq: number;
  /** The scheme the map shows (a pack id with a map layout). */
  mapScheme: string | null;
  /** The process the map is drilled into, or null for the level-0/level-1 overview. */
  mapFocus: FrameworkProcessId | null;
  dialog: LibraryDialog;
  /**
   * What the details panel shows while a diagram has a selection: that selection's properties
   * ('canvas'), or the process last chosen in the library, map or search ('library'). The
   * panel follows where the user last chose something.
   */
  details: 'canvas' | 'library';
}

export const INITIAL_LIBRARY: LibraryState = {
  selected: null,
  revealSeq: 0,
  mapScheme: null,
  mapFocus: null,
  dialog: null,
  details: 'canvas',
};

export const useLibrary = create<LibraryState>()(() => INITIAL_LIBRARY);

// Another workspace starts with a fresh library view: no selection, the map at its overview.
useStudio.subscribe((state, previous) => {
  if (state.workspace?.handle !== previous.workspace?.handle) useLibrary.setState(INITIAL_LIBRARY);
});

/** Shows a process in the details panel; `reveal` also scrolls the tree to it. */
export function selectProcess(ref: FrameworkRef | null, reveal = true): void {
  useLibrary.setState((s) => ({
    selected: ref && { pack: ref.pack, id: ref.id },
    revealSeq: reveal ? s.revealSeq + 1 : s.revealSeq,
    details: ref === null ? s.details : 'library',
  }));
}

/** Gives the details panel back to the diagram's selection (a click on the canvas). */
export function showCanvasDetails(): void {
  if (useLibrary.getState().details !== 'canvas') useLibrary.setState({ details: 'canvas' });
}

// A diagram's selection changing (a click, a key, a rubber band) takes the details panel.
useStudio.subscribe((state, previous) => {
  if (state.selections !== previous.selections) showCanvasDetails();
});

/** The map scheme a pack follows: the classic map for the reconstructed scheme, else GB921's. */
export function mapSchemeOf(packId: string): string {
  return catalogueFor(packId)?.pack.reconstructed ? CLASSIC_PACK_ID : DEFAULT_PACK_ID;
}

/**
 * Opens the framework map tab and shows it; with `focus`, in the scheme of the focus's pack,
 * drilled into it (null: that scheme's overview).
 */
export function openFrameworkMap(focus?: { pack: string; id: FrameworkProcessId | null }): void {
  if (focus !== undefined) {
    useLibrary.setState({ mapScheme: mapSchemeOf(focus.pack), mapFocus: focus.id });
  }
  useStudio.setState((s) => openTab(s, MAP_TAB));
}

export function openLibraryDialog(dialog: LibraryDialog): void {
  useLibrary.setState({ dialog });
}
