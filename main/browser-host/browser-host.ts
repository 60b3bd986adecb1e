import type { HostHandlers } from '../../shared/ipc/handlers';
import { APP_VERSION } from '../services/app/app-version';
import { createHostHandlers } from '../host/host-handlers';
import { ensurePrivateFolder } from './private-folder';
import { startServer, type ServerOptions } from './server';

export interface BrowserHostOptions {
  /** The renderer build to serve (out/renderer). */
  rendererDir: string;
  /** Settings, journals and imported packs; see app-data.ts. Made private to its owner. */
  appDataDir: string;
  /** 0 or absent: a free port. */
  port?: number;
  /** A workspace folder named on the command line, opened by the page when it loads. */
  startupWorkspace?: string | null;
  /** The sample workspace the welcome screen copies (the project's assets by default). */
  sampleDir?: string;
  /** Fresh launch links for browsers without a session, and sign-in events (see sign-in.ts). */
  signIn?: ServerOptions['signIn'];
  /** Services to expose instead of the real ones (tests that count handler calls). */
  handlers?: HostHandlers;
  maxBodyBytes?: number;
}

export interface BrowserHost {
  /** The editor's clean address; it answers only browsers with a session. */
  url: string;
  port: number;
  /** Whether the app-data folder was open to other users and has been made private. */
  madeDataPrivate: boolean;
  /** A new one-time launch link that signs a browser in. */
  launchUrl(): string;
  close(): Promise<void>;
}

/**
 * Starts the browser host in this process: the real services over HTTP on 127.0.0.1.
 * The entry point (index.ts) and the tests both call this.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const madeDataPrivate = await ensurePrivateFolder(options.appDataDir);
  const services =
    options.handlers === undefined
      ? createHostHandlers({
          appDataDir: options.appDataDir,
          host: 'browser',
          version: APP_VERSION,
          startupWorkspace: options.startupWorkspace ?? null,
          ...(options.sampleDir === undefined ? {} : { sampleDir: options.sampleDir }),
        })
      : { handlers: options.handlers, dispose: () => Promise.resolve() };
  try {
    const server = await startServer({
      handlers: services.handlers,
      rendererDir: options.rendererDir,
      ...(options.port !== undefined ? { port: options.port } : {}),
      ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
      ...(options.signIn !== undefined ? { signIn: options.signIn } : {}),
    });
    return {
      url: server.url,
      port: server.port,
      madeDataPrivate,
      launchUrl: () => server.launchUrl(),
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
