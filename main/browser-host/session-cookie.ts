import { randomBytes } from 'node:crypto';
import { secretsMatch } from './request-guard';

/**
 * The session cookie's name. Cookies are shared by every port of a host name, so two running
 * hosts (two ports) each need their own name, or signing in to one would sign out the other.
 */
export function sessionCookieName(port: number): string {
  return `etom-session-${port}`;
}

/**
 * The `Set-Cookie` value: script in the page cannot read it (HttpOnly), and no other site's page
 * makes the browser send it (SameSite=Strict). No Max-Age: it ends with the browser session,
 * and the host forgets every session when it stops.
 */
export function sessionCookieHeader(name: string, session: string): string {
  return `${name}=${session}; Path=/; HttpOnly; SameSite=Strict`;
}

/** Most values of our cookie a request may carry before the rest are ignored. */
const MAX_VALUES = 8;

/**
 * Every value a `Cookie` header gives the cookie `name`. There may be more than one: a page on
 * another port of 127.0.0.1 can set a cookie of the same name with a longer path ("cookie
 * tossing"), and the browser then sends both. Each is checked; none of them can be a live
 * session unless the host issued it.
 */
export function cookieValues(header: string | undefined, name: string): string[] {
  if (header === undefined) return [];
  const values: string[] = [];
  for (const pair of header.split(';')) {
    const equals = pair.indexOf('=');
    if (equals < 0 || pair.slice(0, equals).trim() !== name) continue;
    values.push(pair.slice(equals + 1).trim());
    if (values.length === MAX_VALUES) break;
  }
  return values;
}

/** The sessions this host has started, each the value of one browser's session cookie. */
export class Sessions {
  private readonly live: string[] = [];

  /** Starts a session: 32 random bytes, hex. */
  start(): string {
    const session = randomBytes(32).toString('hex');
    this.live.push(session);
    return session;
  }

  /** True when one of `values` is a live session; every comparison is constant-time. */
  includesAny(values: ReadonlyArray<string>): boolean {
    let found = false;
    for (const value of values) {
      for (const session of this.live) {
        if (secretsMatch(value, session)) found = true;
      }
    }
    return found;
  }
}
