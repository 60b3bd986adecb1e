import { ACTIONS, MENU_LABELS, type ActionId } from './action-list';
import { BROWSER_RESERVED } from './shortcut';
import {
  MENU_IDS,
  type ActionSpec,
  type ContextMenuId,
  type MenuId,
  type ToolbarId,
} from './types';

/** Which kind of host shows the menus: the desktop app, or the browser mode. */
export type HostKind = 'electron' | 'browser';

/** Any action of the list, typed by its id. */
export type Action = (typeof ACTIONS)[number];

/** An action seen through the general shape, where every optional field can be read. */
export function specOf(action: Action): ActionSpec {
  return action;
}

const BY_ID: ReadonlyMap<string, Action> = new Map(ACTIONS.map((a) => [a.id, a]));

/** The action with `id`, or undefined for an id the list does not have. */
export function findAction(id: string): Action | undefined {
  return BY_ID.get(id);
}

/** True when `id` names an action of the list (e.g. an id received from the renderer). */
export function isActionId(id: string): id is ActionId {
  return BY_ID.has(id);
}

/**
 * The chords of an action that work on `host`, the one menus show first. In the browser mode
 * the chords the browser keeps for itself are left out: shown anywhere means it works.
 */
export function shortcutsOf(action: ActionSpec, host: HostKind): readonly string[] {
  const all = action.shortcuts ?? [];
  return host === 'browser' ? all.filter((s) => !BROWSER_RESERVED.has(s)) : all;
}

/** One menu of the menu bar: its groups of actions, each group in order. */
export interface MenuModel {
  id: MenuId;
  label: string;
  /** The label with the mnemonic marked by `&`, for the native menu. */
  mnemonic: string;
  groups: Action[][];
}

function byOrder(a: number, b: number): number {
  return a - b;
}

/** The menu bar, from the action list: the same for the native menu and the in-app one. */
export function menuBar(): MenuModel[] {
  return MENU_IDS.map((id) => {
    const placed: Array<{ action: Action; group: number; order: number }> = [];
    for (const action of ACTIONS) {
      const place = specOf(action).menu;
      if (place?.menu === id) placed.push({ action, group: place.group, order: place.order });
    }
    const groupNumbers = [...new Set(placed.map((p) => p.group))].sort(byOrder);
    return {
      id,
      label: MENU_LABELS[id].label,
      mnemonic: MENU_LABELS[id].mnemonic,
      groups: groupNumbers.map((group) =>
        placed
          .filter((p) => p.group === group)
          .sort((a, b) => byOrder(a.order, b.order))
          .map((p) => p.action),
      ),
    };
  });
}

/** The actions of a context menu, in order. */
export function contextMenuActions(menu: ContextMenuId): Action[] {
  const entries: Array<{ action: Action; order: number }> = [];
  for (const action of ACTIONS) {
    const order = specOf(action).contextMenus?.[menu];
    if (order !== undefined) entries.push({ action, order });
  }
  return entries.sort((a, b) => byOrder(a.order, b.order)).map((e) => e.action);
}

/** The actions of a toolbar, in order. */
export function toolbarActions(bar: ToolbarId): Action[] {
  const entries: Array<{ action: Action; order: number }> = [];
  for (const action of ACTIONS) {
    const place = specOf(action).toolbar;
    if (place?.bar === bar) entries.push({ action, order: place.order });
  }
  return entries.sort((a, b) => byOrder(a.order, b.order)).map((e) => e.action);
}

/** The ids of every action on the menu bar: the ones whose enabled state the host needs. */
export function menuActionIds(): ActionId[] {
  return menuBar().flatMap((m) => m.groups.flat().map((a) => a.id));
}
