import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running browser host: the real built `out/main/browser-host.js` in a child process. */
export interface RunningHost {
  url: string;
  dataDir: string;
  process: ChildProcess;
  /** Stops the host gracefully. */
  stop(): Promise<void>;
  /** Kills the host at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
}

/** Starts the browser host on a free port with its own app-data folder (or the one given). */
export async function startHost(dataDir?: string): Promise<RunningHost> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'etom-e2e-data-')));
  const child = spawn(
    process.execPath,
    ['out/main/browser-host.js', '--port', '0', '--data-dir', dir],
    {
      env: { ...process.env, ETOM_STUDIO_DATA_DIR: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`browser host did not start:\n${output}`)),
      15_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/?/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser host exited with ${code}:\n${output}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    dataDir: dir,
    process: child,
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
