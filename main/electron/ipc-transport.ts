import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { HostHandlers } from '../../shared/ipc/handlers';
import {
  ChunkedReplies,
  type ChunkedReplyHeader,
  type ReplyPart,
} from '../../shared/ipc/chunked-reply';
import type { HostResult } from '../../shared/ipc/errors';
import { dispatch } from '../host/dispatch';
import { HOST_CHANNEL, HOST_PART_CHANNEL } from './channels';
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
 * contract. An answer too large for one part goes back in parts (shared/ipc/chunked-reply.ts)
 * through a second channel with the same sender check, each part readable only by the web
 * contents that made the call. Returns a function that removes both handlers.
 */
export function registerHostTransport(options: {
  handlers: HostHandlers;
  trustedOrigins: ReadonlyArray<string>;
  isOurWindow: (sender: WebContents) => boolean;
  log?: (message: string) => void;
  replies?: ChunkedReplies;
}): () => void {
  const replies = options.replies ?? new ChunkedReplies();
  const trusted = (event: IpcMainInvokeEvent): boolean => {
    const facts = senderFacts(event, options.isOurWindow);
    if (isTrustedSender(facts, options.trustedOrigins)) return true;
    options.log?.(`Refused a host call from ${facts.frameUrl ?? 'a closed frame'}`);
    return false;
  };
  ipcMain.handle(
    HOST_CHANNEL,
    async (event, message: unknown): Promise<HostResult<unknown> | ChunkedReplyHeader> => {
      if (!trusted(event)) {
        return {
          ok: false,
          error: { code: 'FORBIDDEN', message: 'This page may not call the host.' },
        };
      }
      const { name, args } = unpack(message);
      return replies.reply(await dispatch(options.handlers, name, args), event.sender.id);
    },
  );
  ipcMain.handle(HOST_PART_CHANNEL, (event, id: unknown): ReplyPart => {
    if (!trusted(event)) return { missing: 'This page may not call the host.' };
    return replies.next(id, event.sender.id);
  });
  return () => {
    ipcMain.removeHandler(HOST_CHANNEL);
    ipcMain.removeHandler(HOST_PART_CHANNEL);
  };
}
