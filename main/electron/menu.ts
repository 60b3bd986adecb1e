import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The command names the native menu sends to the renderer on `etom:menu-command`. The renderer
 * owns the behaviour and the keyboard shortcuts (the same in the browser mode), so accelerators
 * here are labels only (`registerAccelerator: false`) and a key press is handled once.
 */
export const MENU_COMMANDS = [
  'workspace.new',
  'workspace.open',
  'workspace.save',
  'workspace.saveAsCopy',
  'workspace.close',
  'history.undo',
  'history.redo',
  'edit.selectAll',
  'edit.delete',
  'view.zoomIn',
  'view.zoomOut',
  'view.fitView',
  'app.commandPalette',
  'help.about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * Sent when a second launch names a workspace, with the folder's reference (path-grants.ts) as
 * its argument: the page opens it with `workspace.open({ ref })`.
 */
export const OPEN_PATH_COMMAND = 'workspace.openPath';

type Send = (command: MenuCommand) => void;

function item(
  label: string,
  command: MenuCommand,
  send: Send,
  accelerator?: string,
): MenuItemConstructorOptions {
  return {
    label,
    click: () => send(command),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  };
}

/** The application menu: File, Edit, View, Help (and the app menu on macOS). */
export function buildMenu(send: Send, options: { isMac: boolean; devTools: boolean }): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(options.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        item('New Workspace…', 'workspace.new', send, 'CmdOrCtrl+N'),
        item('Open Workspace…', 'workspace.open', send, 'CmdOrCtrl+O'),
        { type: 'separator' },
        item('Save', 'workspace.save', send, 'CmdOrCtrl+S'),
        item('Save a Copy…', 'workspace.saveAsCopy', send, 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        item('Close Workspace', 'workspace.close', send, 'CmdOrCtrl+W'),
        ...(options.isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        item('Undo', 'history.undo', send, 'CmdOrCtrl+Z'),
        item('Redo', 'history.redo', send, 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        item('Delete', 'edit.delete', send),
        item('Select All', 'edit.selectAll', send, 'CmdOrCtrl+A'),
      ],
    },
    {
      label: '&View',
      submenu: [
        item('Command Palette…', 'app.commandPalette', send, 'CmdOrCtrl+Shift+P'),
        { type: 'separator' },
        item('Zoom In', 'view.zoomIn', send, 'CmdOrCtrl+='),
        item('Zoom Out', 'view.zoomOut', send, 'CmdOrCtrl+-'),
        item('Fit Diagram', 'view.fitView', send, 'Shift+1'),
        ...(options.devTools
          ? [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }]
          : []),
      ],
    },
    { label: '&Help', submenu: [item('About eTOM Studio', 'help.about', send)] },
  ];
  return Menu.buildFromTemplate(template);
}
