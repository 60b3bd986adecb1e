import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** A running browser host: the real built `out/main/browser-host.js` in a child process. */
export interface RunningHost {
  /** The editor's clean address; it answers only a browser that signed in. */
  url: string;
  dataDir: string;
  process: ChildProcess;
  /**
   * Signs the page's browser context in with an unused launch link and waits until the editor
   * is at the clean address, as a user who opens the printed link sees it.
   */
  open(page: Page): Promise<void>;
  /**
   * A launch link not used yet: the one printed at start, then fresh ones, which the host prints
   * when a browser without a session opens the editor's address.
   */
  launchUrl(): Promise<string>;
  /** Everything the host printed so far. */
  output(): string;
  /** Stops the host gracefully. */
  stop(): Promise<void>;
  /** Kills the host at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
}

const LAUNCH_LINK = /http:\/\/127\.0\.0\.1:\d+\/launch\?code=[0-9a-f]{64}/g;

/**
 * How long the host may take to start or to print a fresh launch link: a hang guard, about a
 * second on a quiet machine, but over 15 s was seen at a load average of 20 on two cores.
 */
const WAIT_MS = 45_000;

export interface HostOptions {
  /** Added to the host's command line (a workspace folder, `--open`). */
  args?: string[];
  /** Its environment, instead of this process's. */
  env?: NodeJS.ProcessEnv;
  /**
   * Start it as `npm start -- --browser` typed in this folder does: through scripts/start.mjs
   * (without its build step), which passes the arguments on.
   */
  npmStartFrom?: string;
}

/** Starts the browser host on a free port with its own app-data folder (or the one given). */
export async function startHost(dataDir?: string, options: HostOptions = {}): Promise<RunningHost> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'etom-e2e-data-')));
  const hostArgs = ['--port', '0', '--data-dir', dir, ...(options.args ?? [])];
  const env = { ...(options.env ?? process.env), ETOM_STUDIO_DATA_DIR: dir };
  const child =
    options.npmStartFrom === undefined
      ? spawn(process.execPath, ['out/main/browser-host.js', ...hostArgs], {
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        })
      : spawn(process.execPath, ['scripts/start.mjs', '--browser', '--no-build', ...hostArgs], {
          env: { ...env, INIT_CWD: options.npmStartFrom },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
  let output = '';
  const links: string[] = [];
  let used = 0;
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer): void => {
    output += chunk.toString();
    // A link split across two chunks matches once it is whole: a code is exactly 64 digits.
    for (const [link] of output.matchAll(LAUNCH_LINK)) {
      if (!links.includes(link)) links.push(link);
    }
    for (const wake of waiters) wake();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  /** Resolves once `ready()` is true, or fails with what the host printed. */
  function waitFor(ready: () => boolean, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (ready()) done(resolve);
      };
      const timer = setTimeout(
        () => done(() => reject(new Error(`${what} within ${WAIT_MS} ms:\n${output}`))),
        WAIT_MS,
      );
      const stopped = (): void =>
        done(() => reject(new Error(`browser host exited with ${child.exitCode}:\n${output}`)));
      const done = (finish: () => void): void => {
        clearTimeout(timer);
        waiters.delete(check);
        child.off('exit', stopped);
        finish();
      };
      waiters.add(check);
      child.once('exit', stopped);
      check();
    });
  }

  await waitFor(() => links.length > 0, 'browser host did not print its launch link');
  const first = new URL(links[0] ?? '');
  const url = `${first.origin}/`;

  async function launchUrl(): Promise<string> {
    if (used === links.length) {
      // Opening the editor's address without a session makes the host print a fresh link.
      const page = await fetch(url);
      await page.body?.cancel();
      await waitFor(() => links.length > used, 'browser host printed no fresh launch link');
    }
    return links[used++] ?? '';
  }

  return {
    url,
    dataDir: dir,
    process: child,
    launchUrl,
    output: () => output,
    async open(page) {
      await page.goto(await launchUrl());
      await page.waitForURL(url);
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
