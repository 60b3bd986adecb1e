import { create } from 'zustand';
import type { ComparedSide } from '../../shared/ipc/methods/compare-methods';
import { useStudio } from '../state/studio-store';
import { closeTab, openTab, type Tab } from '../state/tabs';

/** A compare tab's other side and the diagram it opened on. */
export interface CompareSession {
  side: ComparedSide;
  /** The diagram shown first (a diagram's history opens on it). */
  diagramId: string | null;
}

interface CompareState {
  /** Compare sessions by tab id. */
  sessions: Record<string, CompareSession>;
  /** The "Compare with…" dialog: closed, open, or open on one diagram's history. */
  dialog: { diagramId: string | null } | null;
}

export const useCompare = create<CompareState>(() => ({ sessions: {}, dialog: null }));

let made = 0;

/** Opens the "Compare with…" dialog, or (with a diagram) that diagram's history. */
export function openCompareDialog(diagramId: string | null = null): void {
  useCompare.setState({ dialog: { diagramId } });
}

export function closeCompareDialog(): void {
  useCompare.setState({ dialog: null });
}

/** Opens a compare tab on `side` and shows it. */
export function startCompare(side: ComparedSide, diagramId: string | null): void {
  made += 1;
  const tab: Tab = { kind: 'compare', id: `c${made}` };
  useCompare.setState((s) => ({
    sessions: { ...s.sessions, [tab.id]: { side, diagramId } },
    dialog: null,
  }));
  useStudio.setState((s) => openTab(s, tab));
}

/** Leaves a compare: its tab closes and editing goes on where it was. */
export function exitCompare(id: string): void {
  useStudio.setState((s) => closeTab(s, { kind: 'compare', id }));
  useCompare.setState((s) => {
    const sessions = { ...s.sessions };
    delete sessions[id];
    return { sessions };
  });
}
