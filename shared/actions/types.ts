/** The menus of the menu bar (native or in-app), in the order they appear. */
export const MENU_IDS = ['file', 'edit', 'view', 'insert', 'diagram', 'help'] as const;
export type MenuId = (typeof MENU_IDS)[number];

/** The context menus: on the empty canvas, on a node, on a connection. */
export type ContextMenuId = 'canvas' | 'node' | 'edge';

/** The toolbars built from the list: the workspace header and the diagram's own. */
export type ToolbarId = 'workspace' | 'diagram';

/** Where an action sits in a menu: groups are separated by a line; `order` sorts within one. */
export interface MenuPlace {
  menu: MenuId;
  group: number;
  order: number;
}

/**
 * One thing a user can ask for, as pure data: the native menu (main process), the in-app menu
 * bar, context menus, toolbars, keyboard shortcuts, the command palette and the shortcut help
 * are all built from the list of these. What it does and when it can (`run`, `when`) live in
 * the renderer, by id.
 */
export interface ActionSpec {
  /** `domain.verb`, e.g. `workspace.save`. */
  id: string;
  /** What menus, buttons and the palette say, in sentence case ("Save a copy…"). */
  label: string;
  /** Where the palette and the shortcut help list it ("File", "Edit", ...). */
  category: string;
  /**
   * Key chords in `Mod+Shift+Key` notation (`Mod` is Ctrl, or Cmd on macOS); the first is the
   * one menus show. See shortcut.ts for the notation.
   */
  shortcuts?: readonly string[];
  /** The chord also works while the focus is in a text field (Save, the palette). */
  whileTyping?: boolean;
  /**
   * The chord acts on the diagram on screen, so it works while the focus is on the canvas (or
   * nowhere), not while it is on another panel whose keys mean something else there.
   */
  canvasKeys?: boolean;
  menu?: MenuPlace;
  /** The context menus it appears in, with its order there. */
  contextMenus?: Partial<Record<ContextMenuId, number>>;
  toolbar?: { bar: ToolbarId; order: number };
  /** False for actions only reached by their keys (nudging), kept out of the palette. */
  palette?: boolean;
}
