import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** How long requests still being answered get once the host is asked to stop. */
export const CLOSE_GRACE_MS = 2_000;

/**
 * Lets an HTTP server stop without waiting on its clients. `server.close()` alone waits for
 * every open connection: browsers keep idle keep-alive connections for minutes and a long poll
 * (`workspace.pollChanges`) stays open for up to 30 s. The returned `close` stops accepting at
 * once, ends idle connections, gives the requests still in flight up to `graceMs` to be
 * answered (a save finishes; the host answers waiting polls when it disposes its services),
 * then ends every connection that is left. Calling it again returns the same promise.
 */
export function gracefulCloser(server: Server): (graceMs?: number) => Promise<void> {
  const inFlight = new Set<ServerResponse>();
  let closing: Promise<void> | null = null;
  let drained: (() => void) | null = null;

  // Before the app's own listener, so a response it ends at once is still seen.
  server.prependListener('request', (_request: IncomingMessage, response: ServerResponse) => {
    inFlight.add(response);
    if (closing) response.setHeader('Connection', 'close');
    response.once('close', () => {
      inFlight.delete(response);
      if (!closing) return;
      server.closeIdleConnections();
      if (inFlight.size === 0) drained?.();
    });
  });

  async function close(graceMs: number): Promise<void> {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const response of inFlight) {
      if (!response.headersSent) response.setHeader('Connection', 'close');
    }
    server.closeIdleConnections();
    if (inFlight.size > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, graceMs);
        drained = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    server.closeAllConnections();
    await closed;
  }

  return (graceMs = CLOSE_GRACE_MS) => {
    closing ??= close(graceMs);
    return closing;
  };
}
