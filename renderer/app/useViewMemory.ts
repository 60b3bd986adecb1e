import { useEffect } from 'react';
import { useStudio } from '../state/studio-store';
import { rememberViewport } from '../state/viewports';

/** Remembers where each diagram of the open workspace is left, whenever a view changes. */
export function useViewMemory(): void {
  useEffect(
    () =>
      useStudio.subscribe((state, previous) => {
        const path = state.workspace?.path;
        if (!path || state.viewports === previous.viewports) return;
        // Only the views that changed: a workspace opening replaces the whole map.
        if (state.workspace?.handle !== previous.workspace?.handle) return;
        for (const [id, viewport] of state.viewports) {
          if (previous.viewports.get(id) !== viewport) rememberViewport(path, id, viewport);
        }
      }),
    [],
  );
}
