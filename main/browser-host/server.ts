import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream';
import type { HostHandlers } from '../../shared/ipc/handlers';
import { SECURITY_HEADERS } from '../services/app/security-headers';
import { handleApiCall, MAX_BODY_BYTES } from './api';
import { gracefulCloser } from './graceful-close';
import { checkApiCaller, checkHost } from './request-guard';
import { lookupStatic, readIndexWithToken } from './static-files';

export interface ServerOptions {
  handlers: HostHandlers;
  /** The renderer build (out/renderer). */
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Fixed token for tests; normally 32 random bytes per launch. */
  token?: string;
  maxBodyBytes?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  /**
   * Stops accepting at once and ends idle connections; requests in flight get a short grace
   * to be answered, then every connection is closed (see graceful-close.ts).
   */
  close(): Promise<void>;
}

const API_PREFIX = '/api/';

/**
 * The browser host's HTTP server: the renderer build and the host contract, on 127.0.0.1 only.
 * It never sends CORS headers, so no other web page can read its answers.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let port = options.port ?? 0;

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) {
        sendJson(response, 500, { ok: false, error: { code: 'INTERNAL', message } });
      } else response.destroy();
    });
  });

  const closeServer = gracefulCloser(server);

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const refusedHost = checkHost(request.headers, port);
    if (refusedHost) return refuse(request, response, refusedHost.status, refusedHost.message);
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith(API_PREFIX)) {
      if (request.method !== 'POST') return refuse(request, response, 405, 'Use POST.');
      const refusedCaller = checkApiCaller(request.headers, port, token);
      if (refusedCaller) {
        return refuse(request, response, refusedCaller.status, refusedCaller.message);
      }
      const method = safeDecode(path.slice(API_PREFIX.length));
      const reply = await handleApiCall(request, method, options.handlers, maxBodyBytes);
      return sendJson(response, reply.status, reply.body);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refuse(request, response, 405, 'Method not allowed.');
    }
    const found = await lookupStatic(options.rendererDir, path);
    if (found.kind === 'refused') return refuse(request, response, found.status, 'Not served.');
    const headers = { ...SECURITY_HEADERS, 'Content-Type': found.contentType };
    if (found.isIndex) {
      const body = await readIndexWithToken(found.path, token);
      response.writeHead(200, { ...headers, 'Cache-Control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(200, { ...headers, 'Cache-Control': 'no-cache' });
    if (request.method === 'HEAD') return void response.end();
    // pipeline, not pipe: a read error (the file removed since the lookup) must end this
    // response, not reach an 'error' event with no listener, which would end the host.
    pipeline(createReadStream(found.path), response, (error) => {
      if (error && (error as { code?: unknown }).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
        console.warn(`Could not send ${found.path}: ${error.message}`);
      }
    });
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
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
  sendJson(response, status, { ok: false, error: { code, message } });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}
