import { app, BrowserWindow, Menu, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPEN_BUNDLE_EVENT } from '../../shared/actions/host-events';
import { isBundleFileName } from '../../shared/bundle/bundle-schema';
import { appDataDir } from '../services/app/app-data';
import { defaultSampleDir } from '../services/workspace/sample-workspace';
import { createHostHandlers, type HostServices } from '../host/host-handlers';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { APP_ORIGIN } from './app-request';
import { MENU_CHANNEL } from './channels';
import { electronClipboard } from './clipboard';
import { nativeDialogs } from './dialogs';
import { registerHostTransport } from './ipc-transport';
import { lockDownEveryWebContents } from './lock-down';
import { applyMenuState, buildMenu, OPEN_PATH_COMMAND } from './menu';
import { PathGrants } from './path-grants';
import { originOf } from './sender-check';
import { ElectronSettingsBackend } from './settings-backend';
import { workspaceArgument } from './startup-args';
import { createMainWindow } from './window';

const log = (message: string): void => console.log(`[etom] ${message}`);
const outDir = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));
// electron-vite sets this in development only; packaged builds load the app:// scheme.
const devServer = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const pageUrl = devServer ?? `${APP_ORIGIN}/index.html`;
const appOrigins = [APP_ORIGIN, ...(devServer ? [originOf(devServer) ?? ''] : [])];

const dataDir = appDataDir();
app.setPath('userData', dataDir);
registerAppScheme();
lockDownEveryWebContents(app, { appOrigins, openExternal: (url) => shell.openExternal(url), log });

const paths = new PathGrants(); // the page names files only by references from here (G.32)
let mainWindow: BrowserWindow | null = null;
let services: HostServices | null = null;
let menu: Menu | null = null;

function focusWindow(): BrowserWindow | null {
  if (!mainWindow || mainWindow.isDestroyed()) return null;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
  return mainWindow;
}

function sendToRenderer(command: string, arg?: string): void {
  focusWindow()?.webContents.send(MENU_CHANNEL, command, arg);
}

async function start(): Promise<void> {
  await app.whenReady();
  serveRenderer(outDir('../renderer'));
  const host = createHostHandlers({
    appDataDir: dataDir,
    host: 'electron',
    version: app.getVersion(),
    ...nativeDialogs,
    clipboard: electronClipboard,
    paths,
    settingsBackend: new ElectronSettingsBackend(dataDir, log),
    startupWorkspace: workspaceArgument(process.argv, process.cwd(), app.isPackaged),
    // Packaged, the sample sits beside app.asar (electron-builder.yml extraResources); else
    // in the project's assets, two folders above out/main/index.js.
    sampleDir: app.isPackaged
      ? join(process.resourcesPath, 'sample-workspace')
      : defaultSampleDir(import.meta.url),
    ...(app.isPackaged ? { resourcesDir: process.resourcesPath } : {}),
    setMenuState: (enabled) => {
      if (menu) applyMenuState(menu, enabled);
    },
  });
  services = host;
  registerHostTransport({
    handlers: host.handlers,
    trustedOrigins: appOrigins,
    isOurWindow: (sender) =>
      mainWindow !== null && !mainWindow.isDestroyed() && sender === mainWindow.webContents,
    log,
  });
  menu = buildMenu((actionId) => sendToRenderer(actionId), {
    isMac: process.platform === 'darwin',
    devTools: !app.isPackaged,
  });
  Menu.setApplicationMenu(menu);
  const open = (): void => {
    const preload = outDir('../preload/index.cjs');
    mainWindow = createMainWindow({ preload, url: pageUrl, settings: host.settings, log });
    mainWindow.on('closed', () => (mainWindow = null));
  };
  open();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    const named = workspaceArgument(argv, cwd, app.isPackaged);
    if (!named) focusWindow();
    else if (isBundleFileName(named)) {
      // A double-clicked bundle: the user chose this file to import, as in the open dialog.
      const offered = paths.offer(named, { kind: 'dialog', use: 'import' });
      sendToRenderer(OPEN_BUNDLE_EVENT, JSON.stringify(offered));
    } else sendToRenderer(OPEN_PATH_COMMAND, paths.offer(named, { kind: 'launch' }).ref);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    services?.dispose().catch((error: unknown) => log(`Could not close cleanly: ${String(error)}`));
  });
  start().catch((error: unknown) => {
    console.error(`eTOM Studio could not start: ${String(error)}`);
    app.exit(1);
  });
}
