import { closeSync, constants, fstatSync, openSync, readFileSync, unlinkSync } from 'node:fs';

/** Workspace lock files this process holds, with the instance id each one names. */
const held = new Map<string, string>();
let hooked = false;

/**
 * On a clean exit the normal close releases every lock, but an exit that skips it (an Electron
 * quit that does not wait for the async dispose, `process.exit` from a signal handler) must not
 * leave the workspace locked: the 'exit' hook removes, synchronously, each lock file still
 * ours. A crash (SIGKILL) runs no hook; the next open finds that process gone instead.
 */
export function releaseOnExit(file: string, instance: string): void {
  held.set(file, instance);
  if (hooked) return;
  hooked = true;
  process.once('exit', () => {
    for (const [lockFile, owner] of held) {
      try {
        if (readInstance(lockFile) === owner) unlinkSync(lockFile);
      } catch {
        // Gone already, or replaced by a lock that is not ours: nothing to release.
      }
    }
  });
}

/** The instance a lock file names; never blocks on a FIFO nor follows a link planted there. */
function readInstance(file: string): unknown {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  try {
    if (!fstatSync(fd).isFile()) return null;
    return (JSON.parse(readFileSync(fd, 'utf8')) as { instance?: unknown }).instance;
  } finally {
    closeSync(fd);
  }
}

/** The lock was released (or lost) the normal way: the exit hook leaves it alone. */
export function forgetOnExit(file: string): void {
  held.delete(file);
}
