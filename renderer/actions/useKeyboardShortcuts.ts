import { useEffect } from 'react';
import { ACTIONS, type ActionId } from '../../shared/actions/action-list';
import { shortcutsOf, specOf } from '../../shared/actions/menus';
import { matchesShortcut, parseShortcut, type Shortcut } from '../../shared/actions/shortcut';
import type { ActionSpec } from '../../shared/actions/types';
import { currentHost, currentPlatform, modalOpen } from './environment';
import { focusOnCanvas, keyOwner } from './key-ownership';
import { ACTION_HANDLERS, currentContext, isEnabled, runAction } from './registry';

interface Binding {
  id: ActionId;
  spec: ActionSpec;
  shortcut: Shortcut;
}

/**
 * The one keydown dispatcher: every shortcut of the action list, and nothing else. Keys reach
 * it first (capture), unless a text field has the focus: then the field has its say first and
 * only `whileTyping` actions (Save, the palette) are looked at afterwards. A modal dialog's
 * keys are its own. Where several actions share a chord, the first one enabled runs.
 */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const platform = currentPlatform();
    const host = currentHost();
    const bindings: Binding[] = ACTIONS.flatMap((action) =>
      shortcutsOf(action, host).map((text) => ({
        id: action.id,
        spec: specOf(action),
        shortcut: parseShortcut(text),
      })),
    );

    const dispatch = (event: KeyboardEvent, typing: boolean) => {
      const matched = bindings.filter(
        (b) => matchesShortcut(b.shortcut, event, platform) && (!typing || b.spec.whileTyping),
      );
      if (matched.length === 0) return;
      const onCanvas = focusOnCanvas(event.target);
      const ctx = currentContext();
      const binding = matched.find((b) => (onCanvas || !b.spec.canvasKeys) && isEnabled(b.id, ctx));
      if (binding) {
        event.preventDefault();
        event.stopPropagation();
        runAction(binding.id, ctx);
        return;
      }
      // A chord with Ctrl or Cmd stays the app's while its action cannot run: the browser's
      // own "Save page" or "Open file" must not pop up instead.
      if (matched.some((b) => b.shortcut.mod)) event.preventDefault();
      const first = matched[0];
      if (first) ACTION_HANDLERS[first.id].refuse?.(ctx);
    };

    const onCapture = (event: KeyboardEvent) => {
      if (keyOwner(event) === 'app' && !modalOpen()) dispatch(event, false);
    };
    const onBubble = (event: KeyboardEvent) => {
      if (keyOwner(event) === 'field' && !modalOpen()) dispatch(event, true);
    };
    window.addEventListener('keydown', onCapture, true);
    window.addEventListener('keydown', onBubble);
    return () => {
      window.removeEventListener('keydown', onCapture, true);
      window.removeEventListener('keydown', onBubble);
    };
  }, []);
}
