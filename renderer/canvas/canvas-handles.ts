import { useEffect } from 'react';
import type { DiagramId } from '../../shared/model/ids';
import type { Rect } from './placement';

/**
 * What actions can ask of the canvas showing a diagram: the live viewport belongs to React
 * Flow while the user pans, and is written to the studio state when a move ends.
 */
export interface CanvasHandle {
  zoomIn(): void;
  zoomOut(): void;
  zoomTo(level: number): void;
  fit(): void;
  /** The part of the diagram in view, in diagram coordinates. */
  visibleRect(): Rect | null;
}

const handles = new Map<DiagramId, CanvasHandle>();

/** The handle of the canvas showing `diagramId`, while one is mounted. */
export function canvasHandle(diagramId: DiagramId): CanvasHandle | undefined {
  return handles.get(diagramId);
}

/** Registers the mounted canvas of a diagram for as long as it is mounted. */
export function useCanvasHandle(diagramId: DiagramId, handle: CanvasHandle): void {
  useEffect(() => {
    handles.set(diagramId, handle);
    return () => {
      if (handles.get(diagramId) === handle) handles.delete(diagramId);
    };
  }, [diagramId, handle]);
}
