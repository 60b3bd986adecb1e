/**
 * How long to wait before journalling: `delayMs` after the first change not yet journalled,
 * however many changes follow, so a crash loses at most that much work (RELIABILITY B.7: the
 * journal is at most 1 s stale). A debounce would keep postponing the write while the user
 * keeps editing, and lose more.
 */
export function journalWait(now: number, pendingSince: number | null, delayMs: number): number {
  if (pendingSince === null) return delayMs;
  return Math.max(0, Math.min(delayMs, pendingSince + delayMs - now));
}
