import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';

/** One HTTP answer, read in full. */
export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/**
 * A request over real HTTP where the test sets every header (fetch would rewrite Host, Origin
 * and Cookie). `Host` defaults to the server's own.
 */
export function send(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method, path, headers: { Host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Writes `head` (request line and header lines, without the blank line) and `body` as they
 * are, on a fresh socket: the only way to send a header twice or not at all. Answers the
 * status code of the reply. The socket is not half-closed, so an answer the server is still
 * preparing is not dropped.
 */
export function sendRaw(port: number, head: string[], body = ''): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      answer += chunk;
      const status = /^HTTP\/1\.1 (\d{3})/.exec(answer);
      if (status?.[1] !== undefined) {
        socket.destroy();
        resolve(Number(status[1]));
      }
    });
    socket.on('error', reject);
    socket.on('close', () => reject(new Error(`no status line in: ${answer}`)));
    socket.write(`${head.join('\r\n')}\r\n\r\n${body}`);
  });
}

/**
 * Opens a launch link as a browser would and returns the `Cookie` header value of the session
 * it started (`name=value`).
 */
export async function signIn(launchUrl: string): Promise<string> {
  const url = new URL(launchUrl);
  const reply = await send(Number(url.port), 'GET', `${url.pathname}${url.search}`);
  const cookie = [reply.headers['set-cookie'] ?? []].flat()[0];
  if (reply.status !== 200 || cookie === undefined) {
    throw new Error(`the launch link did not sign in: ${reply.status} ${reply.text}`);
  }
  return cookie.split(';')[0] ?? '';
}
