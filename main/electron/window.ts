import { BrowserWindow, screen, shell } from 'electron';
import type { SettingsService } from '../services/settings/settings-service';
import { isAllowedExternalUrl } from './external-links';
import { reloadAfterRendererCrash } from './renderer-crash';
import { originOf } from './sender-check';
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

function openIfAllowed(url: string, log: (message: string) => void): void {
  if (isAllowedExternalUrl(url)) {
    shell
      .openExternal(url)
      .catch((error: unknown) => log(`Could not open ${url}: ${String(error)}`));
  } else log(`Blocked a link to ${url.slice(0, 200)}`);
}

/**
 * The editor window, locked down: sandboxed renderer with context isolation and no Node, no
 * webviews, no new windows, no navigation away from the app. Allowed https links open in the
 * user's browser instead.
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

  const appOrigin = originOf(options.url);
  const contents = window.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url, options.log);
    return { action: 'deny' };
  });
  const stayInApp = (event: Electron.Event, url: string): void => {
    if (originOf(url) === appOrigin) return;
    event.preventDefault();
    openIfAllowed(url, options.log);
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && originOf(event.url) !== appOrigin) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  guardUnsavedClose(window);
  reloadAfterRendererCrash(contents, options.log);

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
