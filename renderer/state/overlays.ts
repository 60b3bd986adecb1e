import type { ContextMenuId } from '../../shared/actions/types';
import type { DiagramId, EdgeId } from '../../shared/model/ids';
import { useStudio } from './studio-store';

/** A context menu: which one, where on screen, and where on the diagram it was opened. */
export interface ContextMenuOverlay {
  kind: 'context-menu';
  menu: ContextMenuId;
  diagramId: DiagramId;
  /** Screen position, for placing the menu. */
  x: number;
  y: number;
  /** The point of the diagram under the pointer, where "Add box" puts the box. */
  at: { x: number; y: number };
}

/** What floats above the editor; one at a time. */
export type Overlay = { kind: 'palette' } | { kind: 'shortcuts' } | ContextMenuOverlay;

/** Questions the editor asks in a dialog before it changes the document. */
export type Prompt =
  | { kind: 'new-diagram' }
  | { kind: 'rename-diagram'; diagramId: DiagramId }
  | { kind: 'duplicate-diagram'; diagramId: DiagramId }
  | { kind: 'label-edge'; diagramId: DiagramId; edgeId: EdgeId };

export function openOverlay(overlay: Overlay): void {
  useStudio.setState({ overlay });
}

export function closeOverlay(): void {
  useStudio.setState({ overlay: null });
}

export function askPrompt(prompt: Prompt): void {
  useStudio.setState({ prompt });
}

export function closePrompt(): void {
  useStudio.setState({ prompt: null });
}
