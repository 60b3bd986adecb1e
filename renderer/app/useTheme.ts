import { useEffect, useSyncExternalStore } from 'react';
import { loadWindowLayout, useWindowLayout } from '../state/window-layout';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeSystem(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const systemIsDark = () => window.matchMedia(DARK_QUERY).matches;

/**
 * Puts the theme on the document (`<html data-theme="light|dark">`): the user's choice, or the
 * system's while the choice is "system" (following it when it changes). Loads the remembered
 * choice and panel layout once.
 */
export function useTheme(): void {
  const choice = useWindowLayout((s) => s.theme);
  const dark = useSyncExternalStore(subscribeSystem, systemIsDark);
  const theme = choice === 'system' ? (dark ? 'dark' : 'light') : choice;
  useEffect(() => {
    void loadWindowLayout();
  }, []);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
