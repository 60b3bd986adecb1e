import type { HostHandlers } from '../../shared/ipc/handlers';
import { APP_VERSION } from '../services/app/app-version';
import { createHostHandlers } from '../host/host-handlers';
import { startServer } from './server';

export interface BrowserHostOptions {
  /** The renderer build to serve (out/renderer). */
  rendererDir: string;
  /** Settings, journals and imported packs; see app-data.ts. */
  appDataDir: string;
  /** 0 or absent: a free port. */
  port?: number;
  /** Services to expose instead of the real ones (tests that count handler calls). */
  handlers?: HostHandlers;
  maxBodyBytes?: number;
}

export interface BrowserHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * Starts the browser host in this process: the real services over HTTP on 127.0.0.1.
 * The entry point (index.ts) and the Playwright e2e harness both call this.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const services =
    options.handlers === undefined
      ? createHostHandlers({
          appDataDir: options.appDataDir,
          host: 'browser',
          version: APP_VERSION,
        })
      : { handlers: options.handlers, dispose: () => Promise.resolve() };
  try {
    const server = await startServer({
      handlers: services.handlers,
      rendererDir: options.rendererDir,
      ...(options.port !== undefined ? { port: options.port } : {}),
      ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
    });
    return {
      url: server.url,
      port: server.port,
      token: server.token,
      close: async () => {
        // Stop accepting first, then dispose: that answers waiting long polls and stops the
        // watchers, so the server's close is not left waiting on them.
        const stopped = server.close();
        await services.dispose();
        await stopped;
      },
    };
  } catch (error) {
    await services.dispose();
    throw error;
  }
}
