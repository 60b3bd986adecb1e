import { create } from 'zustand';
import type { History } from '../../shared/commands/history';
import type { HostError } from '../../shared/ipc/errors';
import type { LockHolder, Recovery } from '../../shared/ipc/methods/workspace-methods';
import type { DiagramId, NodeId } from '../../shared/model/ids';
import type { Viewport } from '../../shared/model/diagram-schema';
import type { Overlay, Prompt } from './overlays';
import type { Selection } from './selection';
import type { Tab } from './tabs';

/** The open workspace, as the host described it. */
export interface OpenWorkspace {
  handle: string;
  path: string;
  /** Why the workspace must not be saved, or null. */
  readOnly: string | null;
  /** Who has it open for editing, when that is why it is read-only. */
  lockedBy: LockHolder | null;
  problems: HostError[];
}

export type SaveStatus =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'error'; error: HostError };

/** Disk and app disagree: after a refused save, or when the host reported outside changes. */
export interface Conflict {
  reason: 'save' | 'outside';
  files: string[];
}

export type FolderPurpose = 'open' | 'create' | 'copy';

/** The in-app folder dialog, shown where the host has no native one. */
export interface FolderPrompt {
  purpose: FolderPurpose;
  resolve: (path: string | null) => void;
}

/** A yes/no question shown in an in-app dialog. */
export interface ConfirmPrompt {
  title: string;
  message: string;
  confirmLabel: string;
  resolve: (confirmed: boolean) => void;
  /** A third answer between cancel and confirm (askChoice), e.g. "Keep the mapping". */
  alternative?: { label: string; choose: () => void };
}

export interface StudioState {
  workspace: OpenWorkspace | null;
  history: History | null;
  /** The open tabs, in order, and the one shown (see tabs.ts). */
  tabs: Tab[];
  activeTab: Tab | null;
  /** The viewport of each diagram as the user left it; written into diagrams on save only. */
  viewports: ReadonlyMap<DiagramId, Viewport>;
  /** What is selected on each diagram; absent means nothing. Never history, never dirty. */
  selections: ReadonlyMap<DiagramId, Selection>;
  saveStatus: SaveStatus;
  lastSavedAt: string | null;
  conflict: Conflict | null;
  recovery: Recovery | null;
  /** The latest failure to show on the welcome screen or as a banner. */
  error: HostError | null;
  folderPrompt: FolderPrompt | null;
  confirmPrompt: ConfirmPrompt | null;
  /** The "New workspace" dialog is open. */
  newWorkspaceOpen: boolean;
  /** The node whose label is being edited inline. */
  editingNodeId: NodeId | null;
  /** The palette, the shortcut help or a context menu, when one is open. */
  overlay: Overlay | null;
  /** A question about a diagram or a connection (its name, its label) waiting for an answer. */
  prompt: Prompt | null;
  /** A short-lived notice ("Saved a copy to ..."). */
  notice: string | null;
}

export const INITIAL_STATE: StudioState = {
  workspace: null,
  history: null,
  tabs: [],
  activeTab: null,
  viewports: new Map(),
  selections: new Map(),
  saveStatus: { kind: 'idle' },
  lastSavedAt: null,
  conflict: null,
  recovery: null,
  error: null,
  folderPrompt: null,
  confirmPrompt: null,
  newWorkspaceOpen: false,
  editingNodeId: null,
  overlay: null,
  prompt: null,
  notice: null,
};

/**
 * The renderer's one store. Components read it through narrow selectors; changes go through
 * the action modules next to it (workspace-actions, edit-actions), never through setState in
 * components.
 */
export const useStudio = create<StudioState>()(() => INITIAL_STATE);
