import { execFile, spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** What a program printed, and whether anything answered on the port watched, while it ran. */
export interface Observed {
  stdout: string;
  stderr: string;
  /** A TCP connection to `port` on 127.0.0.1 succeeded at some moment. */
  listened: boolean;
  /** The program was still running when the observation ended (then it was killed). */
  stillRunning: boolean;
}

export interface ObserveOptions {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** How long to watch at most (the program is killed then, with all its children). */
  windowMs: number;
  /** A port on 127.0.0.1 to try to connect to throughout. */
  port?: number;
  /** Stops watching early once this holds (the control runs, which answer at once). */
  doneWhen?: (seen: Observed) => boolean;
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function killTree(pid: number): Promise<void> {
  if (process.platform === 'win32') {
    return new Promise((resolve) => {
      execFile('taskkill', ['/pid', String(pid), '/T', '/F'], () => resolve());
    });
  }
  try {
    process.kill(-pid, 'SIGKILL'); // its own process group: Electron's helpers go too
  } catch {
    // already gone
  }
  return Promise.resolve();
}

/**
 * Runs `executable` and watches what it prints and whether `port` answers, for `windowMs` or
 * until it exits or `doneWhen` holds; then kills it and everything it started. For checks that
 * something does NOT happen (RELIABILITY.md F.29): each is paired with a control run where it
 * does, through this same function, so the window is shown to be long enough.
 */
export async function observeRun(
  executable: string,
  args: ReadonlyArray<string>,
  options: ObserveOptions,
): Promise<Observed> {
  const child = spawn(executable, [...args], {
    env: options.env,
    cwd: options.cwd,
    detached: process.platform !== 'win32',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seen: Observed = { stdout: '', stderr: '', listened: false, stillRunning: true };
  child.stdout.on('data', (chunk: Buffer) => (seen.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (seen.stderr += chunk.toString()));
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.once('error', (error) => {
      seen.stderr += String(error);
      exited = true;
      resolve();
    });
    child.once('exit', () => {
      exited = true;
      resolve();
    });
  });
  const until = Date.now() + options.windowMs;
  while (!exited && Date.now() < until && !(options.doneWhen?.(seen) ?? false)) {
    if (options.port !== undefined && !seen.listened) seen.listened = await answers(options.port);
    await sleep(200);
  }
  seen.stillRunning = !exited;
  if (!exited && child.pid !== undefined) await killTree(child.pid);
  await exit;
  return seen;
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
