import { hostname } from 'node:os';
import * as path from 'node:path';
import { HostFailure } from '../../../shared/ipc/errors';
import type { LockHolder } from '../../../shared/ipc/methods/workspace-methods';
import {
  WORKSPACE_LOCK_NAME,
  createLock,
  holderIsGone,
  readLock,
  removeOwnLock,
  replaceLock,
  staleReason,
  touchLock,
  type LockRecord,
  type LockState,
} from './lock-file';
import { forgetOnExit, releaseOnExit } from './lock-exit-release';
import type { LockOwner } from './lock-owner';
import { withSaveLock } from './save-lock';

export interface LockTimings {
  /** How often the holder refreshes its lock file's modification time (the heartbeat). */
  heartbeatMs: number;
  /** A lock whose heartbeat is older than this many of its holder's intervals is stale. */
  staleAfterBeats: number;
  /** How long a save (or a take-over) waits for another instance's save to finish. */
  saveWaitMs: number;
}

export const DEFAULT_LOCK_TIMINGS: LockTimings = {
  heartbeatMs: 10_000,
  staleAfterBeats: 6,
  saveWaitMs: 20_000,
};

type Held = Extract<LockState, { kind: 'held' }>;

/** How a lock file's holder is described across the contract. */
export function describeHolder(state: Held, timings: LockTimings): LockHolder {
  const { record } = state;
  return {
    user: record?.user ?? null,
    host: record?.host ?? null,
    pid: record?.pid ?? null,
    since: record?.since ?? null,
    heartbeatAt: state.heartbeatAt.toISOString(),
    sameHost: record?.host === hostname(),
    stale: staleReason(state, timings.staleAfterBeats, timings.heartbeatMs),
  };
}

function minutes(iso: string | null): string {
  return iso === null ? 'an unknown time' : `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

/** Who holds the lock, as a person reads it: "alice on laptop (process 4121)". */
export function holderName(holder: LockHolder): string {
  if (holder.user === null) return `another program (its ${WORKSPACE_LOCK_NAME} cannot be read)`;
  const where = holder.sameHost ? 'this computer' : (holder.host ?? 'another computer');
  return `${holder.user} on ${where} (process ${holder.pid ?? '?'})`;
}

/** Why a workspace opened read-only because `holder` has it open for editing. */
export function lockedMessage(holder: LockHolder): string {
  const since = holder.user === null ? '' : ` since ${minutes(holder.since)}`;
  const base = `${holderName(holder)} has this workspace open for editing${since}, so it is open read-only here.`;
  return holder.stale === null
    ? base
    : `${base} That instance seems to be gone (${holder.stale}): you can take it over.`;
}

/** Why a workspace this instance held became read-only: `holder` took it over. */
export function takenOverMessage(holder: LockHolder): string {
  const at = holder.since ? ` at ${minutes(holder.since)}` : '';
  return `${holderName(holder)} took this workspace over${at}. Save a copy to keep your changes.`;
}

/**
 * The lock that says which app instance may write a workspace: the file `.etom-studio.lock`
 * in the workspace folder, created with O_EXCL, naming the process, host, user and instance,
 * its time, and its heartbeat interval; its modification time is the heartbeat. Every change to
 * it after creation (take-over, release) happens under the save lock, and every save checks it
 * under the save lock, so an instance whose lock was taken over can no longer write.
 */
export class WorkspaceLock {
  private timer: NodeJS.Timeout | null = null;
  private holding = false;
  private since = new Date().toISOString();
  /** Told when a heartbeat or a save finds that another instance took the lock over. */
  onLost: (holder: LockHolder) => void = () => undefined;

  constructor(
    readonly root: string,
    private readonly owner: LockOwner,
    private readonly timings: LockTimings,
    private readonly log: (message: string) => void,
  ) {}

  get file(): string {
    return path.join(this.root, WORKSPACE_LOCK_NAME);
  }

  /** True while this instance holds the lock (as far as it last checked). */
  get held(): boolean {
    return this.holding;
  }

  private record(): LockRecord {
    return {
      app: 'eTOM Studio',
      ...this.owner,
      since: this.since,
      heartbeatMs: this.timings.heartbeatMs,
    };
  }

  /**
   * Takes the lock when it is free, or left by a process on this machine that is gone (what a
   * crash leaves: no one can be writing). Returns null when held, or who holds it.
   */
  async acquire(): Promise<LockHolder | null> {
    if (this.holding) return null;
    this.since = new Date().toISOString();
    if (await createLock(this.file, this.record())) return this.start();
    return this.take((state) => holderIsGone(state));
  }

  /**
   * Takes the lock over from another holder: a stale one, or with `force` (the user confirmed)
   * any. Returns null when held, or who holds it when it was not taken.
   */
  async takeOver(force: boolean): Promise<LockHolder | null> {
    // Not trusting `holding`: another instance may have taken it since the last heartbeat.
    if (!this.holding) this.since = new Date().toISOString();
    return this.take(
      (state) =>
        force ||
        staleReason(state, this.timings.staleAfterBeats, this.timings.heartbeatMs) !== null,
    );
  }

  /**
   * Checks that a lock this instance believes it holds still names it (the heartbeat does this
   * only every interval). Returns null when it does, or the instance that took it over.
   */
  async confirm(): Promise<LockHolder | null> {
    if (!this.holding) return null;
    const state = await readLock(this.file);
    if (state.kind === 'held' && state.record?.instance === this.owner.instance) return null;
    if (state.kind === 'free' && (await createLock(this.file, this.record()))) return null;
    return this.lostHolder(state.kind === 'free' ? await readLock(this.file) : state);
  }

  /**
   * Runs `action` (a save) under the save lock, after checking that this instance still holds
   * the workspace lock; READ_ONLY naming the new holder when another instance took it over.
   */
  async whileSaving<T>(action: () => Promise<T>): Promise<T> {
    return this.underSaveLock(async () => {
      const state = await readLock(this.file);
      if (state.kind === 'free') {
        // Removed by hand: no one else has it, so ours it stays.
        if (!(await createLock(this.file, this.record())))
          throw this.lost(await readLock(this.file));
      } else if (state.record?.instance !== this.owner.instance) {
        throw this.lost(state);
      }
      return action();
    });
  }

  /** Runs `action` under the save lock, e.g. a temp sweep that must not race a save. */
  underSaveLock<T>(action: () => Promise<T>): Promise<T> {
    return withSaveLock(
      this.root,
      this.owner,
      { waitMs: this.timings.saveWaitMs, log: this.log },
      action,
    );
  }

  /** Removes the lock file if it is still ours, and stops the heartbeat. */
  async release(): Promise<void> {
    if (!this.holding) {
      this.stop();
      return;
    }
    this.drop();
    const remove = (): Promise<boolean> => removeOwnLock(this.file, this.owner.instance);
    try {
      await this.underSaveLock(remove);
    } catch {
      // Another instance's save holds the save lock for long: release without it.
      await remove().catch((error: unknown) =>
        this.log(`Could not remove the lock of ${this.root}: ${String(error)}`),
      );
    }
  }

  private async take(allowed: (state: Held) => boolean): Promise<LockHolder | null> {
    return this.underSaveLock(async () => {
      for (;;) {
        const state = await readLock(this.file);
        if (state.kind === 'free') {
          if (await createLock(this.file, this.record())) return this.start();
          continue;
        }
        if (state.record?.instance === this.owner.instance) return this.start();
        this.drop();
        if (!allowed(state)) return describeHolder(state, this.timings);
        const holder = describeHolder(state, this.timings);
        this.log(`Taking over the lock of ${this.root} from ${holderName(holder)}`);
        await replaceLock(this.file, this.record());
        return this.start();
      }
    });
  }

  private start(): null {
    this.holding = true;
    releaseOnExit(this.file, this.owner.instance);
    this.stop();
    this.timer = setInterval(() => {
      this.beat().catch((error: unknown) =>
        this.log(`Could not refresh the lock of ${this.root}: ${String(error)}`),
      );
    }, this.timings.heartbeatMs);
    this.timer.unref();
    return null;
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** The heartbeat: refresh our lock; put it back if removed; notice when it was taken over. */
  private async beat(): Promise<void> {
    if (!this.holding) return;
    const state = await readLock(this.file);
    if (!this.holding) return;
    if (state.kind === 'held' && state.record?.instance === this.owner.instance) {
      await touchLock(this.file);
    } else if (state.kind === 'free') {
      await createLock(this.file, this.record());
    } else {
      this.onLost(this.lostHolder(state));
    }
  }

  /** No longer ours: stop refreshing it and leave it alone at exit. */
  private drop(): void {
    this.stop();
    this.holding = false;
    forgetOnExit(this.file);
  }

  private lostHolder(state: LockState): LockHolder {
    this.drop();
    return state.kind === 'held'
      ? describeHolder(state, this.timings)
      : {
          user: null,
          host: null,
          pid: null,
          since: null,
          heartbeatAt: new Date().toISOString(),
          sameHost: false,
          stale: null,
        };
  }

  private lost(state: LockState): HostFailure {
    const holder = this.lostHolder(state);
    this.onLost(holder);
    return new HostFailure({
      code: 'READ_ONLY',
      message: `Not saved: ${takenOverMessage(holder)}`,
    });
  }
}
