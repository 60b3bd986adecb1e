import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { HostError, HostResult } from '../../shared/ipc/errors';

const CHILD = path.resolve(import.meta.dirname, 'host-child.ts');
const MB = 1024 * 1024;

/** What `openSummary` answers instead of the whole opened workspace. */
export interface OpenSummary {
  handle: string;
  problems: HostError[];
  /** The node count of each diagram. */
  diagrams: number[];
}

/** The host services running in a child process (host-child.ts), over HTTP. */
export interface HostChild {
  pid: number;
  /** Calls a host method; `body` may be raw bytes (a hostile request body). */
  call(method: string, body: unknown): Promise<{ status: number; result: HostResult<unknown> }>;
  /** Opens a workspace, answering only a summary (see host-child.ts). */
  openSummary(folder: string): Promise<HostResult<OpenSummary>>;
  /** The longest stretch the child's main thread was busy (CPU time) since the last call. */
  stats(): Promise<{ longestBusyMs: number }>;
  /** Serialising the last summary-opened workspace's whole answer: in all, and its longest part. */
  serialiseLast(): Promise<{ serialiseMs: number; longestPartMs: number }>;
  /**
   * Calls a host method and reads the answer without parsing it (a large answer parsed here
   * would hold this process, and so delay the pings it measures): its status, size and ends.
   */
  download(
    method: string,
    body: unknown,
  ): Promise<{ status: number; bytes: number; head: string; tail: string }>;
  stop(): Promise<void>;
}

export async function startHostChild(appDataDir: string): Promise<HostChild> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD, appDataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`the host child exited (${code})`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve((JSON.parse(line) as { port: number }).port);
    });
  });
  const send = (
    method: 'GET' | 'POST',
    url: string,
    body?: Buffer,
  ): Promise<{ status: number; text: string }> =>
    new Promise((resolve, reject) => {
      let answered = false;
      const req = request(
        // Keep-alive, as browsers send: the host then reads and drops the rest of a body it
        // refused early instead of closing the connection under the upload.
        {
          host: '127.0.0.1',
          port,
          method,
          path: url,
          agent: false,
          headers: { Connection: 'keep-alive' },
        },
        (response) => {
          answered = true;
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() });
            req.destroy();
          });
        },
      );
      req.on('error', (error) => {
        if (!answered) reject(error);
      });
      if (body) req.setHeader('Content-Type', 'application/json');
      req.end(body);
    });
  return {
    pid: child.pid ?? 0,
    async call(method, body) {
      const bytes = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
      const { status, text } = await send('POST', `/api/${method}`, bytes);
      return { status, result: JSON.parse(text) as HostResult<unknown> };
    },
    async openSummary(folder) {
      const { text } = await send(
        'POST',
        '/summary/workspace.open',
        Buffer.from(JSON.stringify({ path: folder })),
      );
      return JSON.parse(text) as HostResult<OpenSummary>;
    },
    async stats() {
      return JSON.parse((await send('GET', '/stats')).text) as { longestBusyMs: number };
    },
    async serialiseLast() {
      const { text } = await send('POST', '/serialise-last', Buffer.from('{}'));
      return JSON.parse(text) as { serialiseMs: number; longestPartMs: number };
    },
    download(method, body) {
      return new Promise((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port, method: 'POST', path: `/api/${method}`, agent: false },
          (response) => {
            let bytes = 0;
            let head = '';
            let tail = '';
            response.on('data', (chunk: Buffer) => {
              bytes += chunk.length;
              if (head.length < 64) head += chunk.toString('utf8', 0, 64);
              tail = (tail + chunk.toString('latin1')).slice(-64);
            });
            response.on('end', () =>
              resolve({ status: response.statusCode ?? 0, bytes, head: head.slice(0, 64), tail }),
            );
            response.on('error', reject);
          },
        );
        req.on('error', reject);
        req.setHeader('Content-Type', 'application/json');
        req.end(JSON.stringify(body));
      });
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1];
  return Number(kb) * 1024;
}

/** What one action cost the host child, measured from outside. */
export interface Measured<T> {
  value: T;
  ms: number;
  /** Peak resident memory during the action, above the resident memory before it. */
  peakRssGrowthMb: number;
  /** The slowest `app.ping` answered while the action ran (one every 10 ms). */
  longestPingMs: number;
  pings: number;
  /** The longest stretch the child's main thread was busy (CPU time, not waiting for a CPU). */
  longestBusyMs: number;
  /** The machine's load average over the last minute, when the action ended. */
  load: number;
}

/**
 * Runs `action` against the child while pinging it, and measures the child's peak RSS growth
 * (Linux: the high-water mark, reset through /proc/<pid>/clear_refs just before).
 */
export async function measure<T>(child: HostChild, action: () => Promise<T>): Promise<Measured<T>> {
  await sleep(300);
  await child.stats();
  const before = await statusField(child.pid, 'VmRSS');
  await writeFile(`/proc/${child.pid}/clear_refs`, '5');
  let done = false;
  const latencies: number[] = [];
  const pinging = (async () => {
    while (!done) {
      const sent = performance.now();
      await child.call('app.ping', {});
      latencies.push(performance.now() - sent);
      await sleep(10);
    }
  })();
  const started = performance.now();
  let value: T;
  try {
    value = await action();
  } finally {
    done = true;
  }
  const ms = performance.now() - started;
  await pinging;
  const peak = await statusField(child.pid, 'VmHWM');
  const { longestBusyMs } = await child.stats();
  const load = Number((await readFile('/proc/loadavg', 'utf8')).split(' ')[0]);
  return {
    value,
    ms: Math.round(ms),
    peakRssGrowthMb: Math.round(((peak - before) / MB) * 10) / 10,
    longestPingMs: Math.round(Math.max(0, ...latencies)),
    pings: latencies.length,
    longestBusyMs: Math.round(longestBusyMs),
    load,
  };
}
