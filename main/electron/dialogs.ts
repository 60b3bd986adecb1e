import { BrowserWindow, dialog } from 'electron';
import type { ModelImportFormat } from '../../shared/imports/imported-model';
import type { SaveFormat } from '../../shared/ipc/methods/export-methods';
import type { NativeDialogs } from '../host/compose-host-handlers';

const TITLES = {
  open: 'Open a workspace folder',
  create: 'Choose a folder for the new workspace',
  copy: 'Choose a folder for the copy',
} as const;

/** The operating system's folder picker; null when the user cancels. */
export async function pickFolder(purpose: keyof typeof TITLES): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: TITLES[purpose],
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  };
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

const FILTERS: Record<SaveFormat, Electron.FileFilter> = {
  svg: { name: 'SVG picture', extensions: ['svg'] },
  png: { name: 'PNG image', extensions: ['png'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  html: { name: 'HTML report', extensions: ['html'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  csv: { name: 'CSV table', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
};

/** The operating system's save dialog for an export; null when the user cancels. */
export async function pickSaveFile(
  suggestedName: string,
  format: keyof typeof FILTERS,
): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title: 'Export',
    defaultPath: suggestedName,
    filters: [FILTERS[format]],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** The operating system's picker for one existing file; null when cancelled. */
async function pickOpenFile(title: string, filter: Electron.FileFilter): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title,
    filters: [filter],
    properties: ['openFile'],
  };
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** The operating system's file picker for a BPMN or ArchiMate file; null when cancelled. */
export function pickImportFile(format: ModelImportFormat): Promise<string | null> {
  return format === 'bpmn'
    ? pickOpenFile('Import processes from BPMN', { name: 'BPMN 2.0', extensions: ['bpmn', 'xml'] })
    : pickOpenFile('Import processes from ArchiMate', {
        name: 'ArchiMate exchange file',
        extensions: ['xml'],
      });
}

/** The operating system's file picker for the licensed GB921 workbook; null when cancelled. */
export function pickWorkbook(): Promise<string | null> {
  return pickOpenFile('Import the GB921 workbook', {
    name: 'Excel workbook',
    extensions: ['xlsx'],
  });
}

/** The operating system's file picker for a bundle to import; null when cancelled. */
export function pickBundle(): Promise<string | null> {
  // A picture exported with the diagram embedded imports as its bundle.
  return pickOpenFile('Import bundle', {
    name: 'eTOM Studio bundle or picture with a diagram',
    extensions: ['json', 'png', 'svg'],
  });
}

/**
 * The dialogs the desktop host offers. Their answers go to the renderer as references bound to
 * the call they were asked for (path-grants.ts), never as paths it can send back.
 */
export const nativeDialogs: Required<NativeDialogs> = {
  pickFolder,
  pickSaveFile,
  pickWorkbook,
  pickImportFile,
  pickBundle,
};
