import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { receiveReply } from '../../shared/ipc/chunked-reply';
import { HOST_CHANNEL, HOST_PART_CHANNEL, MENU_CHANNEL } from './channels';

// The whole surface the page gets: one call function and one menu subscription. No ipcRenderer,
// no channel names, no Node. Bundled to out/preload/index.cjs (a sandboxed preload is CommonJS).
contextBridge.exposeInMainWorld('etomHost', {
  // A large answer comes in parts (chunked-reply.ts); the page sees only the whole answer.
  call: async (name: string, args: unknown): Promise<unknown> =>
    receiveReply(await ipcRenderer.invoke(HOST_CHANNEL, { name, args }), (id) =>
      ipcRenderer.invoke(HOST_PART_CHANNEL, id),
    ),
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
