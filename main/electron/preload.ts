import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { HOST_CHANNEL, MENU_CHANNEL } from './channels';

// The whole surface the page gets: one call function and one menu subscription. No ipcRenderer,
// no channel names, no Node. Bundled to out/preload/index.cjs (a sandboxed preload is CommonJS).
contextBridge.exposeInMainWorld('etomHost', {
  call: (name: string, args: unknown): Promise<unknown> =>
    ipcRenderer.invoke(HOST_CHANNEL, { name, args }),
  onMenuCommand: (callback: (command: string, arg?: string) => void): (() => void) => {
    const listener = (_event: IpcRendererEvent, command: unknown, arg: unknown): void => {
      if (typeof command !== 'string') return;
      if (typeof arg === 'string') callback(command, arg);
      else callback(command);
    };
    ipcRenderer.on(MENU_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, listener);
    };
  },
});
