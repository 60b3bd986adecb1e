import { BrowserWindow, screen } from 'electron';
import type { SettingsService } from '../services/settings/settings-service';
import { reloadAfterRendererCrash } from './renderer-crash';
import { boundsToRestore, stateToSave } from './window-state';
import { guardUnsavedClose } from './unload-guard';

export interface MainWindowOptions {
  /** Absolute path of out/preload/index.cjs. */
  preload: string;
  /** The page to load: app://etom/index.html, or the dev server in development. */
  url: string;
  settings: SettingsService;
  log: (message: string) => void;
}

/**
 * The editor window: a sandboxed renderer with context isolation and no Node. New windows,
 * navigation, webviews and permissions are refused for it, as for every web contents, by the
 * lock-down of lock-down.ts.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const saved = options.settings.get().windowState;
  const areas = screen.getAllDisplays().map((display) => display.workArea);
  const window = new BrowserWindow({
    ...boundsToRestore(saved, areas),
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'eTOM Studio',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  if (saved.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  guardUnsavedClose(window);
  reloadAfterRendererCrash(window.webContents, options.log);

  window.on('close', () => {
    try {
      options.settings.setWindowState(stateToSave(window.getNormalBounds(), window.isMaximized()));
    } catch (error) {
      options.log(`Could not save the window state: ${String(error)}`);
    }
  });

  window.loadURL(options.url).catch((error: unknown) => {
    options.log(`Could not load the editor from ${options.url}: ${String(error)}`);
  });
  return window;
}
