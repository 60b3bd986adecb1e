import { userInfo } from 'node:os';

/** Who a report says made it: the operating system's user the app runs as, or "unknown". */
export function reportAuthor(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    // No entry for the user (a container's numeric uid): the report still gets written.
    return 'unknown';
  }
}
