/**
 * How long to wait before journalling: `delayMs` after the latest change (a debounce), but
 * never later than twice that after the first change not yet journalled, so a steady stream
 * of edits is still journalled and a crash loses at most about that much work.
 */
export function journalWait(now: number, pendingSince: number | null, delayMs: number): number {
  if (pendingSince === null) return delayMs;
  return Math.max(0, Math.min(delayMs, pendingSince + 2 * delayMs - now));
}
