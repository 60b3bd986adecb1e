import { Worker } from 'node:worker_threads';
import type { ReadOutcome } from './read-job';
import type { FromReadWorker, ToReadWorker, WorkerJob } from './read-worker-protocol';
import { readWorkerEntry } from './read-worker-entry';
import { ValueJoiner } from './value-parts';

export interface ReadWorkerPoolOptions {
  /** Idle time after which the worker is stopped. */
  idleMs?: number;
  /** The worker's heap cap, in MB. */
  maxHeapMb?: number;
  /** How long a worker started by `warm` waits for its first job before it stops. */
  warmMs?: number;
}

/** Long enough to keep one worker for all the large files of one open. */
const IDLE_MS = 2_000;
/**
 * Long enough for a user who has chosen a workspace (in the Open dialog, or pointed at a
 * recent one) to open it: the worker's start (about 0.1 s, most of it loading its code) is then
 * over before the open.
 */
const WARM_MS = 15_000;
/**
 * Far above what any file within the limits needs (a 50 MB diagram takes about 300 MB to
 * parse, validate and serialise; a 200 MB journal about four times that).
 */
const MAX_HEAP_MB = 2_048;

interface Running {
  job: WorkerJob;
  joiner: ValueJoiner;
  resolve(outcome: ReadOutcome): void;
}

/**
 * Runs read jobs (read-job.ts, and XLSX tables: xlsx-rows-job.ts) in one worker thread, one job
 * at a time, so that parsing and validating a large file never blocks the thread that answers
 * the renderer. The worker starts with the first job (or earlier, `warm`) and stops after a
 * short idle time, which gives its memory back; its heap is capped, so even a file that got
 * past every check cannot take the process down with it.
 */
export class ReadWorkerPool {
  private worker: Worker | null = null;
  private running: Running | null = null;
  private readonly queue: Array<Omit<Running, 'joiner'>> = [];
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly idleMs: number;
  private readonly maxHeapMb: number;
  private readonly warmMs: number;

  constructor(options: ReadWorkerPoolOptions = {}) {
    this.idleMs = options.idleMs ?? IDLE_MS;
    this.maxHeapMb = options.maxHeapMb ?? MAX_HEAP_MB;
    this.warmMs = options.warmMs ?? WARM_MS;
  }

  /** Whether a worker is started (or starting), busy or idle. */
  get hasWorker(): boolean {
    return this.worker !== null;
  }

  /**
   * Starts the worker ahead of jobs that are likely soon (a workspace chosen to be opened),
   * so that they do not wait for its start; unused, it stops after `warmMs`. Never
   * fails: a worker that cannot start is started again, and reported, by the first job.
   */
  warm(): void {
    if (this.running || this.queue.length > 0) return;
    this.ensureWorker().then(
      () => {
        if (!this.running) this.startIdle(this.warmMs);
      },
      () => undefined,
    );
  }

  /** Runs `job` in the worker. Never rejects: a crash of the worker is a refusal too. */
  run(job: WorkerJob): Promise<ReadOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.next();
    });
  }

  /** Stops the worker now: a job it was running is refused; jobs still queued start anew. */
  async stop(): Promise<void> {
    this.clearIdle();
    const worker = this.worker;
    this.worker = null;
    const running = this.running;
    if (running) {
      const reason = new Error('the read worker was stopped');
      this.finish({ ok: false, error: internal(running.job, reason), hash: null });
    }
    if (worker) await worker.terminate();
  }

  private next(): void {
    if (this.running) return;
    const queued = this.queue.shift();
    if (!queued) {
      this.startIdle();
      return;
    }
    this.clearIdle();
    const running: Running = { ...queued, joiner: new ValueJoiner() };
    this.running = running;
    this.ensureWorker().then(
      (worker) => {
        if (this.running !== running) return;
        // While a job runs the worker keeps the process alive (a CLI waits for it); idle, not.
        worker.ref();
        this.post({ type: 'job', job: queued.job });
      },
      (error: unknown) => {
        if (this.running === running) {
          this.finish({ ok: false, error: internal(queued.job, error), hash: null });
        }
      },
    );
  }

  private async ensureWorker(): Promise<Worker> {
    if (this.worker) return this.worker;
    const entry = await readWorkerEntry();
    if (this.worker) return this.worker;
    const worker = new Worker(entry.url, {
      // Not the parent's flags: a loader it runs under (tsx, vitest) would load the worker too.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
    });
    worker.on('message', (message: FromReadWorker) => this.receive(message));
    worker.on('error', (error) => this.crashed(worker, error));
    worker.on('exit', (code) =>
      this.crashed(worker, new Error(`the read worker exited (${code})`)),
    );
    this.worker = worker;
    return worker;
  }

  private post(message: ToReadWorker): void {
    this.worker?.postMessage(message);
  }

  private receive(message: FromReadWorker): void {
    const running = this.running;
    if (!running) return;
    if (message.type === 'part') {
      try {
        running.joiner.add(message.part);
      } catch (error) {
        // That worker waits for an ack that will not come: let it go, and start afresh.
        void this.worker?.terminate();
        this.worker = null;
        this.finish({ ok: false, error: internal(running.job, error), hash: null });
        return;
      }
      this.post({ type: 'ack' });
      return;
    }
    const { outcome } = message;
    this.finish(
      outcome.ok === true
        ? { ...outcome, value: running.joiner.value, text: running.joiner.text }
        : outcome,
    );
  }

  private crashed(worker: Worker, error: Error): void {
    if (worker !== this.worker) return;
    this.worker = null;
    const running = this.running;
    if (!running) return;
    const outOfMemory = (error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
    this.finish({
      ok: false,
      error: outOfMemory
        ? {
            code: 'TOO_LARGE',
            message: `${running.job.file} needs more memory to read than eTOM Studio allows.`,
            file: running.job.file,
          }
        : internal(running.job, error),
      hash: null,
    });
  }

  private finish(outcome: ReadOutcome): void {
    const running = this.running;
    this.running = null;
    running?.resolve(outcome);
    this.next();
  }

  private startIdle(idleMs = this.idleMs): void {
    this.worker?.unref();
    if (!this.worker) return;
    this.clearIdle();
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (!this.running) void this.stop();
    }, idleMs);
    this.idleTimer.unref();
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}

function internal(job: WorkerJob, error: unknown) {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    code: 'INTERNAL' as const,
    message: `${job.file} could not be read: ${reason}`,
    file: job.file,
  };
}

/** The one pool the services share: one read worker per process. */
export const readWorkerPool = new ReadWorkerPool();
