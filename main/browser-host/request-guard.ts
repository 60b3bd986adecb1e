import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** Why a request was refused, as an HTTP status and a message for the log and the client. */
export interface Refusal {
  status: number;
  message: string;
}

/** The only names the server answers to; anything else may be a DNS-rebinding page. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** The server's own origins; a request from any other web page is refused. */
export function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((host) => `http://${host}`);
}

/**
 * Checks that applies to every request, static files included: index.html carries the token,
 * so a page on another host name that resolves to 127.0.0.1 must not be able to read it.
 */
export function checkHost(headers: IncomingHttpHeaders, port: number): Refusal | null {
  const host = headers.host?.toLowerCase();
  if (host === undefined || !allowedHosts(port).includes(host)) {
    return { status: 403, message: 'Forbidden: unexpected Host header.' };
  }
  return null;
}

/**
 * Checks for API calls: the request comes from our own page (Origin, when the browser sends
 * it, and Fetch Metadata) and carries this launch's token.
 */
export function checkApiCaller(
  headers: IncomingHttpHeaders,
  port: number,
  token: string,
): Refusal | null {
  const origin = headers.origin;
  if (origin !== undefined && !allowedOrigins(port).includes(origin.toLowerCase())) {
    return { status: 403, message: 'Forbidden: foreign Origin.' };
  }
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { status: 403, message: 'Forbidden: cross-site request.' };
  }
  const given = headers['x-etom-token'];
  if (typeof given !== 'string' || !tokensMatch(given, token)) {
    return { status: 403, message: 'Forbidden: missing or wrong token.' };
  }
  return null;
}

/** Constant-time comparison; hashing first makes both sides the same length. */
export function tokensMatch(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** True for `application/json`, with or without parameters such as a charset. */
export function isJsonContentType(value: string | undefined): boolean {
  if (value === undefined) return false;
  return value.split(';')[0]?.trim().toLowerCase() === 'application/json';
}
