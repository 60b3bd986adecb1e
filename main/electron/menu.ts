import { Menu, type MenuItemConstructorOptions } from 'electron';
import { findAction, menuActionIds, menuBar, shortcutsOf } from '../../shared/actions/menus';
import { toAccelerator } from '../../shared/actions/shortcut';

export { OPEN_PATH_EVENT as OPEN_PATH_COMMAND } from '../../shared/actions/host-events';

/** Sends an action id to the renderer, which owns what it does and when it can. */
type Send = (actionId: string) => void;

interface MenuOptions {
  isMac: boolean;
  devTools: boolean;
}

/**
 * The application menu as a template, built from the shared action list: the same menus,
 * labels, order and shortcuts as the in-app menu bar of the browser mode. Each item sends its
 * action id. The renderer handles the keys itself (the same in both hosts), so accelerators
 * are labels only (`registerAccelerator: false`) and a key press runs its action once.
 */
export function menuTemplate(send: Send, options: MenuOptions): MenuItemConstructorOptions[] {
  const menus: MenuItemConstructorOptions[] = menuBar().map((menu) => {
    const items: MenuItemConstructorOptions[] = [];
    menu.groups.forEach((group, index) => {
      if (index > 0) items.push({ type: 'separator' });
      for (const action of group) {
        const [shortcut] = shortcutsOf(action, 'electron');
        items.push({
          id: action.id,
          label: action.label,
          click: () => send(action.id),
          ...(shortcut ? { accelerator: toAccelerator(shortcut), registerAccelerator: false } : {}),
        });
      }
    });
    // macOS routes text-field editing keys through the menu: without these roles, Cmd+X/C/V
    // would do nothing in a text field. Elsewhere the fields handle those keys themselves.
    if (menu.id === 'edit' && options.isMac) {
      items.push({ type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' });
    }
    if (menu.id === 'file' && !options.isMac) items.push({ type: 'separator' }, { role: 'quit' });
    if (menu.id === 'view' && options.devTools) {
      items.push({ type: 'separator' }, { role: 'toggleDevTools' });
    }
    return { label: menu.mnemonic, submenu: items };
  });
  return [...(options.isMac ? [{ role: 'appMenu' as const }] : []), ...menus];
}

/** The application menu (File, Edit, View, Insert, Diagram, Help; and the app menu on macOS). */
export function buildMenu(send: Send, options: MenuOptions): Menu {
  return Menu.buildFromTemplate(menuTemplate(send, options));
}

/** What applyMenuState needs of a menu (Electron's Menu has it). */
export interface MenuItems {
  getMenuItemById(id: string): { enabled: boolean } | null;
}

/**
 * Greys out every menu action the renderer did not list as able to run now. Ids that are not
 * menu actions are ignored: the list comes from the renderer.
 */
export function applyMenuState(menu: MenuItems, enabled: readonly string[]): void {
  const on = new Set(enabled.filter((id) => findAction(id) !== undefined));
  for (const id of menuActionIds()) {
    const item = menu.getMenuItemById(id);
    if (item) item.enabled = on.has(id);
  }
}
