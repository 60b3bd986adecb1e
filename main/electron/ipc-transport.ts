import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { HostHandlers } from '../../shared/ipc/handlers';
import type { HostResult } from '../../shared/ipc/errors';
import { dispatch } from '../host/dispatch';
import { HOST_CHANNEL } from './channels';
import { isTrustedSender, type SenderFacts } from './sender-check';

function senderFacts(
  event: IpcMainInvokeEvent,
  isOurWindow: (sender: WebContents) => boolean,
): SenderFacts {
  const frame = event.senderFrame;
  const main = event.sender.mainFrame;
  return {
    frameUrl: frame?.url ?? null,
    isMainFrame:
      frame !== null &&
      frame.parent === null &&
      frame.processId === main.processId &&
      frame.routingId === main.routingId,
    isKnownWindow: isOurWindow(event.sender),
  };
}

/** Reads `{ name, args }` without trusting its shape; dispatch validates both. */
function unpack(message: unknown): { name: unknown; args: unknown } {
  if (typeof message !== 'object' || message === null) return { name: undefined, args: undefined };
  const record = message as Record<string, unknown>;
  const own = (key: string): unknown =>
    Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
  return { name: own('name'), args: own('args') };
}

/**
 * The Electron transport: one `ipcMain.handle` for every host method. It checks who sent the
 * call once, here, then hands the payload to dispatch, which validates it against the
 * contract. Returns a function that removes the handler.
 */
export function registerHostTransport(options: {
  handlers: HostHandlers;
  trustedOrigins: ReadonlyArray<string>;
  isOurWindow: (sender: WebContents) => boolean;
  log?: (message: string) => void;
}): () => void {
  ipcMain.handle(HOST_CHANNEL, async (event, message: unknown): Promise<HostResult<unknown>> => {
    const facts = senderFacts(event, options.isOurWindow);
    if (!isTrustedSender(facts, options.trustedOrigins)) {
      options.log?.(`Refused a host call from ${facts.frameUrl ?? 'a closed frame'}`);
      return {
        ok: false,
        error: { code: 'FORBIDDEN', message: 'This page may not call the host.' },
      };
    }
    const { name, args } = unpack(message);
    return dispatch(options.handlers, name, args);
  });
  return () => ipcMain.removeHandler(HOST_CHANNEL);
}
