import { useSyncExternalStore } from 'react';
import type { DiagramTheme } from '../../shared/render/diagram-svg';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

const current = (): DiagramTheme =>
  document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';

/**
 * The theme on the document (`<html data-theme>`), following its changes: a picture drawn in
 * the theme's colours (the compared diagram) is drawn again when the theme changes.
 */
export function useDocumentTheme(): DiagramTheme {
  return useSyncExternalStore(subscribe, current);
}
