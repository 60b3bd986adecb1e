import type { IncomingHttpHeaders } from 'node:http';
import { LaunchCodes } from './launch-codes';
import { cookieValues, sessionCookieHeader, sessionCookieName, Sessions } from './session-cookie';

/** The path of launch links: `/launch?code=<one-time code>`. */
export const LAUNCH_PATH = '/launch';

/** Shortest time between two launch links printed because a browser came without a session. */
export const RENEW_INTERVAL_MS = 10_000;

export interface SignInOptions {
  /**
   * Shows a fresh launch link to the user who started the host (the entry prints it in its
   * terminal). Called when a browser without a session asks for the editor, at most once per
   * `renewIntervalMs`, so another local user can at worst add lines to that terminal.
   */
  announce?: (launchUrl: string) => void;
  /** Called after a launch code was exchanged for a session. */
  onSignedIn?: () => void;
  renewIntervalMs?: number;
  codes?: LaunchCodes;
  now?: () => number;
}

/**
 * Who may use the host: browsers that exchanged a one-time launch code for a session cookie.
 * Nothing the host serves without a session carries a secret, so another account on the same
 * machine, which can reach 127.0.0.1 but not the user's terminal or files, gets nothing.
 */
export class SignIn {
  readonly cookieName: string;
  private readonly codes: LaunchCodes;
  private readonly sessions = new Sessions();
  private readonly now: () => number;
  private lastRenewal = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly origin: string,
    port: number,
    private readonly options: SignInOptions = {},
  ) {
    this.cookieName = sessionCookieName(port);
    this.codes = options.codes ?? new LaunchCodes();
    this.now = options.now ?? Date.now;
  }

  /** A new launch link with a fresh one-time code. */
  launchUrl(): string {
    return `${this.origin}${LAUNCH_PATH.slice(1)}?code=${this.codes.issue()}`;
  }

  /** True when the request carries the cookie of a live session. */
  isSignedIn(headers: IncomingHttpHeaders): boolean {
    return this.sessions.includesAny(cookieValues(headers.cookie, this.cookieName));
  }

  /**
   * Exchanges the launch link's code for a session: the `Set-Cookie` value to send, or null
   * when the code is not live (never issued, used already, or expired).
   */
  redeem(search: URLSearchParams): string | null {
    const code = search.get('code');
    if (code === null || !this.codes.redeem(code)) return null;
    const session = this.sessions.start();
    this.options.onSignedIn?.();
    return sessionCookieHeader(this.cookieName, session);
  }

  /** A browser without a session asked for the editor: offer its user a fresh link. */
  renew(): void {
    const announce = this.options.announce;
    if (announce === undefined) return;
    const now = this.now();
    if (now - this.lastRenewal < (this.options.renewIntervalMs ?? RENEW_INTERVAL_MS)) return;
    this.lastRenewal = now;
    announce(this.launchUrl());
  }
}
