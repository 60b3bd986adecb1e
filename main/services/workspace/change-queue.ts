import type { DiskChange } from '../../../shared/ipc/methods/workspace-methods';

interface Waiter {
  resolve(changes: DiskChange[]): void;
  timer: NodeJS.Timeout;
}

/**
 * Outside changes waiting for the renderer, merged per workspace (files changed on disk, and a
 * lock another instance took over), handed out by long poll:
 * `poll` resolves at once when changes are queued, else with the next ones or [] after waitMs.
 */
export class ChangeQueue {
  private readonly pending = new Map<string, { files: Set<string>; lock?: DiskChange['lock'] }>();
  private waiters: Waiter[] = [];
  private disposed = false;

  push(change: DiskChange): void {
    const entry = this.pending.get(change.handle) ?? { files: new Set<string>() };
    for (const file of change.files) entry.files.add(file);
    // The latest word on the lock wins: it names the instance that holds it now.
    if (change.lock) entry.lock = change.lock;
    this.pending.set(change.handle, entry);
    if (this.waiters.length > 0) {
      const changes = this.drain();
      const waiters = this.waiters;
      this.waiters = [];
      for (const waiter of waiters) {
        clearTimeout(waiter.timer);
        waiter.resolve(changes);
      }
    }
  }

  poll(waitMs: number): Promise<DiskChange[]> {
    if (this.pending.size > 0 || waitMs <= 0 || this.disposed) {
      return Promise.resolve(this.drain());
    }
    return new Promise((resolve) => {
      const waiter: Waiter = {
        resolve,
        timer: setTimeout(() => {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          resolve(this.drain());
        }, waitMs),
      };
      this.waiters.push(waiter);
    });
  }

  /** Forgets the changes of a closed workspace. */
  drop(handle: string): void {
    this.pending.delete(handle);
  }

  /** Answers every waiting poll with nothing, and every later one at once (on shutdown). */
  dispose(): void {
    this.disposed = true;
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.resolve([]);
    }
    this.waiters = [];
  }

  private drain(): DiskChange[] {
    const changes = [...this.pending].map(([handle, { files, lock }]) => ({
      handle,
      files: [...files].sort(),
      ...(lock ? { lock } : {}),
    }));
    this.pending.clear();
    return changes;
  }
}
