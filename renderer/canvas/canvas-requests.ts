import { useEffect } from 'react';

/** What the menu or a shortcut can ask of the visible canvas. */
export type CanvasRequest = 'delete' | 'selectAll' | 'zoomIn' | 'zoomOut' | 'fitView';

const listeners = new Set<(request: CanvasRequest) => void>();

/** Asks the visible canvas (if any) to act; the canvas owns selection and viewport. */
export function requestCanvas(request: CanvasRequest): void {
  for (const listener of listeners) listener(request);
}

/** Lets the mounted canvas answer requests. */
export function useCanvasRequests(handler: (request: CanvasRequest) => void): void {
  useEffect(() => {
    listeners.add(handler);
    return () => {
      listeners.delete(handler);
    };
  }, [handler]);
}
