import { create } from 'zustand';
import type { DiagramId } from '../../../shared/model/ids';

/** The find bar of a diagram: open on one diagram at a time, with its query and current hit. */
export interface FindState {
  diagramId: DiagramId | null;
  query: string;
  /** Index of the current match among the matches, in drawing order. */
  current: number;
  /** Bumped by every Ctrl+F, so an open bar takes the focus again. */
  focusRequest: number;
}

export const useFind = create<FindState>()(() => ({
  diagramId: null,
  query: '',
  current: 0,
  focusRequest: 0,
}));

/** Opens (or focuses) the find bar on a diagram. */
export function openFind(diagramId: DiagramId): void {
  useFind.setState((s) => ({
    diagramId,
    current: s.diagramId === diagramId ? s.current : 0,
    focusRequest: s.focusRequest + 1,
  }));
}

export function closeFind(): void {
  useFind.setState({ diagramId: null, current: 0 });
}

/** The ids of the nodes whose shown text contains the query, ignoring case. */
export function findMatches(
  nodes: ReadonlyArray<{ id: string; data: { text: string; caption: string | null } }>,
  query: string,
): string[] {
  const q = query.trim().toLocaleLowerCase();
  if (q === '') return [];
  return nodes
    .filter(
      (n) =>
        n.data.text.toLocaleLowerCase().includes(q) ||
        (n.data.caption ?? '').toLocaleLowerCase().includes(q),
    )
    .map((n) => n.id);
}
