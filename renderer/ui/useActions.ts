import type { ActionId } from '../../shared/actions/action-list';
import { findAction, shortcutsOf } from '../../shared/actions/menus';
import { formatShortcut } from '../../shared/actions/shortcut';
import { contextOf, type ActionContext } from '../actions/context';
import { currentHost, currentPlatform } from '../actions/environment';
import { isEnabled } from '../actions/registry';
import { useStudio, type StudioState } from '../state/studio-store';

/** The context on-screen controls are drawn for: dialogs make everything else inert anyway. */
function screenContext(state: StudioState): ActionContext {
  return contextOf(state, {
    platform: currentPlatform(),
    host: currentHost(),
    modal: false,
    dragging: false,
  });
}

/** Whether an action can run now, kept up to date as the state changes. */
export function useActionEnabled(id: ActionId): boolean {
  return useStudio((s) => isEnabled(id, screenContext(s)));
}

/** The chords of an action as this platform shows them ("Ctrl+Shift+Z"), first one first. */
export function shortcutLabels(id: ActionId): string[] {
  const action = findAction(id);
  if (!action) return [];
  const platform = currentPlatform();
  return shortcutsOf(action, currentHost()).map((s) => formatShortcut(s, platform));
}

/** The `aria-keyshortcuts` value of an action ("Control+Shift+Z"), or undefined. */
export function ariaShortcuts(id: ActionId): string | undefined {
  const action = findAction(id);
  if (!action) return undefined;
  const mod = currentPlatform() === 'mac' ? 'Meta' : 'Control';
  const chords = shortcutsOf(action, currentHost()).map((s) =>
    s.replace(/^Mod\+/, `${mod}+`).replace(/\+\+$/, '+Plus'),
  );
  return chords.length > 0 ? chords.join(' ') : undefined;
}
