import { randomBytes } from 'node:crypto';
import { secretsMatch } from './request-guard';

/** How long a launch link works once printed: enough to click it, short enough to go stale. */
export const LAUNCH_CODE_TTL_MS = 5 * 60_000;

/** The lifetime as people read it ("5 minutes"), for what the host prints and serves. */
export const LAUNCH_CODE_LIFETIME = `${LAUNCH_CODE_TTL_MS / 60_000} minutes`;

interface LiveCode {
  code: string;
  expires: number;
}

/**
 * One-time launch codes. Only the user who started the host sees them (in its terminal, or in a
 * file only that user can read); a code is exchanged once, within its lifetime, for a session.
 */
export class LaunchCodes {
  private live: LiveCode[] = [];

  constructor(
    private readonly ttlMs: number = LAUNCH_CODE_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new code: 32 random bytes, hex. */
  issue(): string {
    this.prune();
    const code = randomBytes(32).toString('hex');
    this.live.push({ code, expires: this.now() + this.ttlMs });
    return code;
  }

  /**
   * True, and the code is spent, when `given` is a live code. Every live code is compared in
   * constant time, so the answer's timing tells nothing about how close a guess was.
   */
  redeem(given: string): boolean {
    this.prune();
    let found = -1;
    this.live.forEach((entry, index) => {
      if (secretsMatch(given, entry.code)) found = index;
    });
    if (found < 0) return false;
    this.live.splice(found, 1);
    return true;
  }

  /** Codes still usable (for tests and for bounding memory). */
  get size(): number {
    this.prune();
    return this.live.length;
  }

  private prune(): void {
    const now = this.now();
    this.live = this.live.filter((entry) => entry.expires > now);
  }
}
