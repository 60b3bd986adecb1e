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
 * Headers the checks below read, and how many of each a request may carry. Node keeps only the
 * first of two `Host` lines and joins two `Origin` or `Cookie` lines with a separator, so a
 * request with two of them would be judged on something no browser sends: refuse it instead.
 * RFC 9112 section 3.2 asks for exactly this answer (400) to more than one or no `Host`; a
 * browser sends at most one `Origin`, `Cookie` (RFC 6265 section 5.4) and `Sec-Fetch-Site`.
 */
const HEADER_COUNTS: ReadonlyArray<{ name: string; min: number }> = [
  { name: 'host', min: 1 },
  { name: 'origin', min: 0 },
  { name: 'cookie', min: 0 },
  { name: 'sec-fetch-site', min: 0 },
];

/** Checks the raw header lines (name, value, name, value, ...) before anything reads them. */
export function checkHeaderLines(rawHeaders: ReadonlyArray<string>): Refusal | null {
  for (const { name, min } of HEADER_COUNTS) {
    let count = 0;
    for (let i = 0; i < rawHeaders.length; i += 2) {
      if (rawHeaders[i]?.toLowerCase() === name) count += 1;
    }
    if (count > 1 || count < min) {
      const problem = count > 1 ? `more than one ${name} header` : `no ${name} header`;
      return { status: 400, message: `Bad request: ${problem}.` };
    }
  }
  return null;
}

/**
 * Checks that apply to every request, the sign-in pages included: a page on another host name
 * that resolves to 127.0.0.1 (DNS rebinding) is not answered at all.
 */
export function checkHost(headers: IncomingHttpHeaders, port: number): Refusal | null {
  const host = headers.host?.toLowerCase();
  if (host === undefined || !allowedHosts(port).includes(host)) {
    return { status: 403, message: 'Forbidden: unexpected Host header.' };
  }
  return null;
}

/**
 * Checks for API calls on top of the session: the request comes from our own page (Origin,
 * when the browser sends it, and Fetch Metadata).
 */
export function checkApiCaller(headers: IncomingHttpHeaders, port: number): Refusal | null {
  const origin = headers.origin;
  if (origin !== undefined && !allowedOrigins(port).includes(origin.toLowerCase())) {
    return { status: 403, message: 'Forbidden: foreign Origin.' };
  }
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { status: 403, message: 'Forbidden: cross-site request.' };
  }
  return null;
}

/** Constant-time comparison of two secrets; hashing first makes both sides the same length. */
export function secretsMatch(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** True for `application/json`, with or without parameters such as a charset. */
export function isJsonContentType(value: string | undefined): boolean {
  if (value === undefined) return false;
  return value.split(';')[0]?.trim().toLowerCase() === 'application/json';
}
