import type { ActionSpec } from './types';

const file = 'File';
const edit = 'Edit';
const view = 'View';
const diagram = 'Diagram';
const insert = 'Insert';
const help = 'Help';
const arrange = 'Arrange';

/** Moving the selection with the arrow keys: reached by its keys only. */
function nudge<const Id extends string, const Key extends string>(id: Id, label: string, key: Key) {
  return {
    id,
    label,
    category: edit,
    canvasKeys: true,
    shortcuts: [key],
    palette: false,
  } as const;
}

/**
 * Every action a user can ask for, declared once. The order is the order of the palette and
 * the shortcut help; where two actions share a chord (Escape), the first one enabled wins.
 */
export const ACTIONS = [
  // File
  {
    id: 'workspace.new',
    label: 'New workspace…',
    category: file,
    shortcuts: ['Mod+N'],
    menu: { menu: 'file', group: 1, order: 1 },
  },
  {
    id: 'workspace.open',
    label: 'Open workspace…',
    category: file,
    shortcuts: ['Mod+O'],
    menu: { menu: 'file', group: 1, order: 2 },
    toolbar: { bar: 'workspace', order: 5 },
  },
  {
    id: 'workspace.save',
    label: 'Save',
    category: file,
    shortcuts: ['Mod+S'],
    whileTyping: true,
    menu: { menu: 'file', group: 2, order: 1 },
    toolbar: { bar: 'workspace', order: 3 },
  },
  {
    id: 'workspace.saveAsCopy',
    label: 'Save a copy…',
    category: file,
    shortcuts: ['Mod+Shift+S'],
    whileTyping: true,
    menu: { menu: 'file', group: 2, order: 2 },
    toolbar: { bar: 'workspace', order: 4 },
  },
  {
    id: 'library.importWorkbook',
    label: 'Import GB921 workbook…',
    category: file,
    menu: { menu: 'file', group: 3, order: 1 },
  },
  {
    id: 'workspace.upgradeRelease',
    label: 'Upgrade workspace to release…',
    category: file,
    menu: { menu: 'file', group: 3, order: 2 },
  },
  {
    id: 'diagram.export',
    label: 'Export diagram…',
    category: file,
    menu: { menu: 'file', group: 3, order: 10 },
    contextMenus: { canvas: 20 },
    toolbar: { bar: 'diagram', order: 20 },
  },
  {
    id: 'report.export',
    label: 'Export report…',
    category: file,
    menu: { menu: 'file', group: 3, order: 11 },
  },
  {
    id: 'coverage.export',
    label: 'Export coverage…',
    category: file,
    menu: { menu: 'file', group: 3, order: 12 },
  },
  {
    id: 'mapping.export',
    label: 'Export mapping table…',
    category: file,
    menu: { menu: 'file', group: 3, order: 13 },
  },
  {
    id: 'tab.close',
    label: 'Close tab',
    category: file,
    menu: { menu: 'file', group: 4, order: 1 },
  },
  {
    id: 'workspace.close',
    label: 'Close workspace',
    category: file,
    menu: { menu: 'file', group: 4, order: 2 },
    toolbar: { bar: 'workspace', order: 6 },
  },

  // Edit
  {
    id: 'edit.undo',
    label: 'Undo',
    category: edit,
    shortcuts: ['Mod+Z'],
    menu: { menu: 'edit', group: 1, order: 1 },
    toolbar: { bar: 'workspace', order: 1 },
  },
  {
    id: 'edit.redo',
    label: 'Redo',
    category: edit,
    shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
    menu: { menu: 'edit', group: 1, order: 2 },
    toolbar: { bar: 'workspace', order: 2 },
  },
  {
    id: 'edit.rename',
    label: 'Rename',
    category: edit,
    canvasKeys: true,
    shortcuts: ['F2'],
    menu: { menu: 'edit', group: 2, order: 1 },
    contextMenus: { node: 1 },
  },
  {
    id: 'edge.label',
    label: 'Label connection…',
    category: edit,
    menu: { menu: 'edit', group: 2, order: 2 },
    contextMenus: { edge: 1 },
  },
  {
    id: 'edit.fitToText',
    label: 'Fit to text',
    category: edit,
    menu: { menu: 'edit', group: 2, order: 4 },
    contextMenus: { node: 2 },
  },
  {
    id: 'edit.delete',
    label: 'Delete',
    category: edit,
    canvasKeys: true,
    shortcuts: ['Delete', 'Backspace'],
    menu: { menu: 'edit', group: 2, order: 3 },
    contextMenus: { node: 9, edge: 9 },
  },
  {
    id: 'edit.selectAll',
    label: 'Select all',
    category: edit,
    canvasKeys: true,
    shortcuts: ['Mod+A'],
    menu: { menu: 'edit', group: 3, order: 1 },
    contextMenus: { canvas: 5 },
  },
  {
    id: 'canvas.cancelDrag',
    label: 'Cancel the drag',
    category: edit,
    shortcuts: ['Escape'],
    palette: false,
  },
  {
    id: 'edit.clearSelection',
    label: 'Clear selection',
    category: edit,
    canvasKeys: true,
    shortcuts: ['Escape'],
    menu: { menu: 'edit', group: 3, order: 2 },
  },
  {
    id: 'edit.cut',
    label: 'Cut',
    category: edit,
    canvasKeys: true,
    shortcuts: ['Mod+X'],
    menu: { menu: 'edit', group: 4, order: 1 },
    contextMenus: { node: 3 },
  },
  {
    id: 'edit.copy',
    label: 'Copy',
    category: edit,
    canvasKeys: true,
    shortcuts: ['Mod+C'],
    menu: { menu: 'edit', group: 4, order: 2 },
    contextMenus: { node: 4 },
  },
  {
    id: 'edit.paste',
    label: 'Paste',
    category: edit,
    canvasKeys: true,
    shortcuts: ['Mod+V'],
    menu: { menu: 'edit', group: 4, order: 3 },
    contextMenus: { canvas: 4.8 },
  },
  {
    id: 'edit.duplicate',
    label: 'Duplicate',
    category: edit,
    canvasKeys: true,
    shortcuts: ['Mod+D'],
    menu: { menu: 'edit', group: 4, order: 4 },
    contextMenus: { node: 5 },
  },
  {
    id: 'edit.find',
    label: 'Find in diagram…',
    category: edit,
    canvasKeys: true,
    shortcuts: ['Mod+F'],
    menu: { menu: 'edit', group: 5, order: 1 },
  },
  nudge('edit.nudgeLeft', 'Move left 1 px', 'ArrowLeft'),
  nudge('edit.nudgeRight', 'Move right 1 px', 'ArrowRight'),
  nudge('edit.nudgeUp', 'Move up 1 px', 'ArrowUp'),
  nudge('edit.nudgeDown', 'Move down 1 px', 'ArrowDown'),
  nudge('edit.nudgeLeftFar', 'Move left 10 px', 'Shift+ArrowLeft'),
  nudge('edit.nudgeRightFar', 'Move right 10 px', 'Shift+ArrowRight'),
  nudge('edit.nudgeUpFar', 'Move up 10 px', 'Shift+ArrowUp'),
  nudge('edit.nudgeDownFar', 'Move down 10 px', 'Shift+ArrowDown'),

  // View
  {
    id: 'view.commandPalette',
    label: 'Command palette…',
    category: view,
    shortcuts: ['Mod+K', 'Mod+Shift+P'],
    whileTyping: true,
    menu: { menu: 'view', group: 1, order: 1 },
    palette: false,
  },
  {
    id: 'view.zoomIn',
    label: 'Zoom in',
    category: view,
    shortcuts: ['Mod+=', 'Mod++'],
    menu: { menu: 'view', group: 2, order: 1 },
  },
  {
    id: 'view.zoomOut',
    label: 'Zoom out',
    category: view,
    shortcuts: ['Mod+-'],
    menu: { menu: 'view', group: 2, order: 2 },
  },
  {
    id: 'view.zoomReset',
    label: 'Zoom to 100%',
    category: view,
    shortcuts: ['Mod+0'],
    menu: { menu: 'view', group: 2, order: 3 },
  },
  {
    id: 'view.fit',
    label: 'Fit diagram',
    category: view,
    shortcuts: ['Shift+1'],
    menu: { menu: 'view', group: 2, order: 4 },
    contextMenus: { canvas: 9 },
  },
  {
    id: 'view.toggleMinimap',
    label: 'Show or hide the overview map',
    category: view,
    menu: { menu: 'view', group: 7, order: 1 },
  },
  {
    id: 'view.toggleSnap',
    label: 'Snap to grid on or off',
    category: view,
    menu: { menu: 'view', group: 7, order: 2 },
  },
  {
    id: 'view.frameworkMap',
    label: 'Framework map',
    category: view,
    menu: { menu: 'view', group: 3, order: 1 },
  },
  {
    id: 'view.mappingTable',
    label: 'Mapping table',
    category: view,
    menu: { menu: 'view', group: 3, order: 2 },
  },
  {
    id: 'mapping.suggest',
    label: 'Mapping suggestions…',
    category: view,
    menu: { menu: 'view', group: 6, order: 1 },
  },
  {
    id: 'mapping.paste',
    label: 'Paste mappings…',
    category: edit,
    menu: { menu: 'view', group: 6, order: 2 },
  },
  {
    id: 'mapping.alignments',
    label: 'Alignment scale and your name…',
    category: view,
    menu: { menu: 'view', group: 6, order: 3 },
  },
  {
    id: 'view.toggleDiagramList',
    label: 'Show or hide the diagram list',
    category: view,
    menu: { menu: 'view', group: 4, order: 1 },
  },
  {
    id: 'view.toggleLibrary',
    label: 'Show or hide the library',
    category: view,
    menu: { menu: 'view', group: 4, order: 2 },
  },
  {
    id: 'view.themeSystem',
    label: 'Theme: System',
    category: view,
    menu: { menu: 'view', group: 5, order: 1 },
  },
  {
    id: 'view.themeLight',
    label: 'Theme: Light',
    category: view,
    menu: { menu: 'view', group: 5, order: 2 },
  },
  {
    id: 'view.themeDark',
    label: 'Theme: Dark',
    category: view,
    menu: { menu: 'view', group: 5, order: 3 },
  },
  {
    id: 'view.processes',
    label: 'Company processes',
    category: view,
    menu: { menu: 'view', group: 3, order: 4 },
  },
  {
    id: 'view.heatMap',
    label: 'Coverage heat map',
    category: view,
    menu: { menu: 'view', group: 3, order: 3 },
  },
  {
    id: 'view.scopeList',
    label: 'Scope (L2 list)',
    category: view,
    menu: { menu: 'view', group: 3, order: 21 },
  },
  {
    id: 'view.coverageLists',
    label: 'Coverage: gaps, overlaps, extensions',
    category: view,
    menu: { menu: 'view', group: 3, order: 22 },
  },
  {
    id: 'scope.setDomains',
    label: 'Set scope of domains…',
    category: view,
    menu: { menu: 'view', group: 3, order: 23 },
  },

  // Diagram
  {
    id: 'diagram.new',
    label: 'New diagram…',
    category: diagram,
    menu: { menu: 'diagram', group: 1, order: 1 },
  },
  {
    id: 'diagram.rename',
    label: 'Rename diagram…',
    category: diagram,
    menu: { menu: 'diagram', group: 1, order: 2 },
  },
  {
    id: 'diagram.duplicate',
    label: 'Duplicate diagram…',
    category: diagram,
    menu: { menu: 'diagram', group: 1, order: 3 },
  },
  {
    id: 'diagram.delete',
    label: 'Delete diagram…',
    category: diagram,
    menu: { menu: 'diagram', group: 1, order: 4 },
  },
  {
    id: 'diagram.addBox',
    label: 'Add box',
    category: diagram,
    menu: { menu: 'insert', group: 1, order: 1 },
    contextMenus: { canvas: 1 },
    toolbar: { bar: 'diagram', order: 1 },
  },
  {
    id: 'diagram.addNote',
    label: 'Add note',
    category: diagram,
    menu: { menu: 'insert', group: 1, order: 2 },
    contextMenus: { canvas: 2 },
    toolbar: { bar: 'diagram', order: 2 },
  },

  // Arrange
  {
    id: 'arrange.alignLeft',
    label: 'Align left',
    category: arrange,
    menu: { menu: 'diagram', group: 3, order: 1 },
  },
  {
    id: 'arrange.alignCentre',
    label: 'Align centres',
    category: arrange,
    menu: { menu: 'diagram', group: 3, order: 2 },
  },
  {
    id: 'arrange.alignRight',
    label: 'Align right',
    category: arrange,
    menu: { menu: 'diagram', group: 3, order: 3 },
  },
  {
    id: 'arrange.alignTop',
    label: 'Align top',
    category: arrange,
    menu: { menu: 'diagram', group: 3, order: 4 },
  },
  {
    id: 'arrange.alignMiddle',
    label: 'Align middles',
    category: arrange,
    menu: { menu: 'diagram', group: 3, order: 5 },
  },
  {
    id: 'arrange.alignBottom',
    label: 'Align bottom',
    category: arrange,
    menu: { menu: 'diagram', group: 3, order: 6 },
  },
  {
    id: 'arrange.distributeHorizontal',
    label: 'Distribute horizontally',
    category: arrange,
    menu: { menu: 'diagram', group: 3, order: 7 },
  },
  {
    id: 'arrange.distributeVertical',
    label: 'Distribute vertically',
    category: arrange,
    menu: { menu: 'diagram', group: 3, order: 8 },
  },
  {
    id: 'arrange.bringForward',
    label: 'Bring forward',
    category: arrange,
    menu: { menu: 'diagram', group: 4, order: 1 },
    contextMenus: { node: 6 },
  },
  {
    id: 'arrange.sendBackward',
    label: 'Send backward',
    category: arrange,
    menu: { menu: 'diagram', group: 4, order: 2 },
    contextMenus: { node: 7 },
  },
  {
    id: 'arrange.bringToFront',
    label: 'Bring to front',
    category: arrange,
    menu: { menu: 'diagram', group: 4, order: 3 },
  },
  {
    id: 'arrange.sendToBack',
    label: 'Send to back',
    category: arrange,
    menu: { menu: 'diagram', group: 4, order: 4 },
  },
  {
    id: 'arrange.lock',
    label: 'Lock',
    category: arrange,
    menu: { menu: 'diagram', group: 4, order: 5 },
    contextMenus: { node: 8 },
  },
  {
    id: 'arrange.unlock',
    label: 'Unlock',
    category: arrange,
    menu: { menu: 'diagram', group: 4, order: 6 },
    contextMenus: { node: 8 },
  },
  {
    id: 'arrange.layoutRight',
    label: 'Auto-layout left to right',
    category: arrange,
    menu: { menu: 'diagram', group: 5, order: 1 },
    contextMenus: { canvas: 6 },
  },
  {
    id: 'arrange.layoutDown',
    label: 'Auto-layout top to bottom',
    category: arrange,
    menu: { menu: 'diagram', group: 5, order: 2 },
  },
  {
    id: 'arrange.etomMap',
    label: 'Arrange as eTOM map',
    category: arrange,
    menu: { menu: 'diagram', group: 5, order: 3 },
  },
  {
    id: 'edit.connectSelected',
    label: 'Connect selected',
    category: diagram,
    menu: { menu: 'diagram', group: 6, order: 1 },
    contextMenus: { node: 7.5 },
  },
  // Insert
  {
    id: 'diagram.addText',
    label: 'Add text',
    category: insert,
    menu: { menu: 'insert', group: 1, order: 3 },
    contextMenus: { canvas: 3 },
    toolbar: { bar: 'diagram', order: 3 },
  },
  {
    id: 'diagram.addGroup',
    label: 'Add group',
    category: insert,
    menu: { menu: 'insert', group: 2, order: 1 },
    contextMenus: { canvas: 4 },
    toolbar: { bar: 'diagram', order: 4 },
  },
  {
    id: 'diagram.addLane',
    label: 'Add lane',
    category: insert,
    menu: { menu: 'insert', group: 2, order: 2 },
    contextMenus: { canvas: 4.5 },
    toolbar: { bar: 'diagram', order: 5 },
  },

  // Help
  {
    id: 'help.shortcuts',
    label: 'Keyboard shortcuts',
    category: help,
    shortcuts: ['?'],
    menu: { menu: 'help', group: 1, order: 1 },
  },
  {
    id: 'help.about',
    label: 'About eTOM Studio',
    category: help,
    menu: { menu: 'help', group: 2, order: 1 },
  },
] as const satisfies readonly ActionSpec[];

/** Every action's id. */
export type ActionId = (typeof ACTIONS)[number]['id'];

/** The labels of the menus, with the mnemonic the native menu underlines. */
export const MENU_LABELS = {
  file: { label: 'File', mnemonic: '&File' },
  edit: { label: 'Edit', mnemonic: '&Edit' },
  view: { label: 'View', mnemonic: '&View' },
  insert: { label: 'Insert', mnemonic: '&Insert' },
  diagram: { label: 'Diagram', mnemonic: '&Diagram' },
  help: { label: 'Help', mnemonic: '&Help' },
} as const;
