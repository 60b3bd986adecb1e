import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream';
import type { HostHandlers } from '../../shared/ipc/handlers';
import { SECURITY_HEADERS } from '../services/app/security-headers';
import { handleApiCall, MAX_BODY_BYTES } from './api';
import { gracefulCloser } from './graceful-close';
import { checkApiCaller, checkHeaderLines, checkHost } from './request-guard';
import { LAUNCH_PATH, SignIn, type SignInOptions } from './sign-in';
import { SIGNED_IN_PAGE, signInNeededPage } from './sign-in-pages';
import { sendJson } from './send-json';
import { lookupStatic } from './static-files';

export interface ServerOptions {
  handlers: HostHandlers;
  /** The renderer build (out/renderer). */
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  maxBodyBytes?: number;
  /** Fresh launch links for browsers that come without a session, and sign-in events. */
  signIn?: Pick<SignInOptions, 'announce' | 'onSignedIn' | 'renewIntervalMs'>;
}

export interface RunningServer {
  /** The editor's clean address; it answers only browsers with a session. */
  url: string;
  port: number;
  /** A new one-time launch link (`/launch?code=...`) that signs a browser in. */
  launchUrl(): string;
  /**
   * Stops accepting at once and ends idle connections; requests in flight get a short grace
   * to be answered, then every connection is closed (see graceful-close.ts).
   */
  close(): Promise<void>;
}

const API_PREFIX = '/api/';

/** Paths a browser loads the editor from; without a session they get the sign-in page. */
const PAGE_PATHS = new Set(['/', '/index.html']);

const NOT_SIGNED_IN =
  'Forbidden: not signed in. Open the launch link eTOM Studio printed where it runs.';

/**
 * The browser host's HTTP server: the renderer build and the host contract, on 127.0.0.1 only.
 * Everything but the launch link needs a session (see sign-in.ts). It never sends CORS headers,
 * so no other web page can read its answers.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let port = options.port ?? 0;

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) {
        void sendJson(response, 500, { ok: false, error: { code: 'INTERNAL', message } });
      } else response.destroy();
    });
  });

  const closeServer = gracefulCloser(server);

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const refused = checkHeaderLines(request.rawHeaders) ?? checkHost(request.headers, port);
    if (refused) return refuse(request, response, refused.status, refused.message);
    const [path = '/', query = ''] = (request.url ?? '/').split(/\?(.*)/s, 2);
    if (path === LAUNCH_PATH) return launch(request, response, new URLSearchParams(query));
    if (path.startsWith(API_PREFIX)) {
      if (request.method !== 'POST') return refuse(request, response, 405, 'Use POST.');
      const refusedCaller = checkApiCaller(request.headers, port);
      if (refusedCaller) {
        return refuse(request, response, refusedCaller.status, refusedCaller.message);
      }
      if (!signIn.isSignedIn(request.headers)) {
        return refuse(request, response, 403, NOT_SIGNED_IN);
      }
      const method = safeDecode(path.slice(API_PREFIX.length));
      const reply = await handleApiCall(request, method, options.handlers, maxBodyBytes);
      return sendJson(response, reply.status, reply.body);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refuse(request, response, 405, 'Method not allowed.');
    }
    if (!signIn.isSignedIn(request.headers)) {
      if (!PAGE_PATHS.has(path)) return refuse(request, response, 403, NOT_SIGNED_IN);
      if (request.method === 'GET') signIn.renew();
      return sendHtml(request, response, 403, signInNeededPage('no-session'));
    }
    const found = await lookupStatic(options.rendererDir, path);
    if (found.kind === 'refused') return refuse(request, response, found.status, 'Not served.');
    const headers = { ...SECURITY_HEADERS, 'Content-Type': found.contentType };
    response.writeHead(200, {
      ...headers,
      'Cache-Control': found.isIndex ? 'no-store' : 'no-cache',
    });
    if (request.method === 'HEAD') return void response.end();
    // pipeline, not pipe: a read error (the file removed since the lookup) must end this
    // response, not reach an 'error' event with no listener, which would end the host.
    pipeline(createReadStream(found.path), response, (error) => {
      if (error && (error as { code?: unknown }).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
        console.warn(`Could not send ${found.path}: ${error.message}`);
      }
    });
  }

  /**
   * `GET /launch?code=...`: a live code becomes a session cookie. Only GET spends a code, so a
   * HEAD from a link checker does not. A browser already signed in goes on to the editor.
   */
  function launch(
    request: IncomingMessage,
    response: ServerResponse,
    search: URLSearchParams,
  ): void {
    if (request.method !== 'GET') return refuse(request, response, 405, 'Use GET.');
    const cookie = signIn.redeem(search);
    if (cookie !== null) {
      return sendHtml(request, response, 200, SIGNED_IN_PAGE, { 'Set-Cookie': cookie });
    }
    if (signIn.isSignedIn(request.headers)) {
      return sendHtml(request, response, 200, SIGNED_IN_PAGE);
    }
    signIn.renew();
    return sendHtml(request, response, 403, signInNeededPage('link-spent'));
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  // Made once the port is known (the cookie is named after it). `route` uses it only for
  // requests, which arrive in a later turn of the event loop than this line.
  const signIn = new SignIn(url, port, options.signIn);

  return {
    url,
    port,
    launchUrl: () => signIn.launchUrl(),
    close: () => closeServer(),
  };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function refuse(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  message: string,
): void {
  request.resume();
  const code = status === 403 ? 'FORBIDDEN' : status === 404 ? 'NOT_FOUND' : 'INVALID_ARGUMENT';
  void sendJson(response, status, { ok: false, error: { code, message } });
}

function sendHtml(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  html: string,
  extra: Record<string, string> = {},
): void {
  request.resume();
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    ...extra,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : html);
}
