import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '../../../support/http-client';

// The real entry point, run from source in a child process, so its signal handling, its
// command line and what it prints are what is tested. Only the renderer build is a stand-in.
const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const entry = join(repo, 'main', 'browser-host', 'index.ts');

let root: string;
let child: ChildProcess | null = null;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'etom-host-signal-'));
  await mkdir(join(root, 'renderer'));
  await writeFile(join(root, 'renderer', 'index.html'), '<html><head></head><body></body></html>');
});

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(root, { recursive: true, force: true });
});

interface StartedHost {
  /** The launch link the host printed. */
  url: string;
  exited: Promise<[number | null, string | null]>;
  /** Everything it printed so far. */
  output(): string;
}

async function startHost(
  extraArgs: string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): Promise<StartedHost> {
  const started = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      entry,
      '--port',
      '0',
      '--data-dir',
      join(root, 'data'),
      '--renderer-dir',
      join(root, 'renderer'),
      ...extraArgs,
    ],
    { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], env },
  );
  child = started;
  const exited = new Promise<[number | null, string | null]>((resolve) =>
    started.once('exit', (code, signal) => resolve([code, signal])),
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/launch\?code=[0-9a-f]{64}/.exec(output);
      if (match) resolve(match[0]);
    };
    started.stdout.on('data', onData);
    started.stderr.on('data', onData);
    void exited.then(([code]) => reject(new Error(`the host exited with ${code}:\n${output}`)));
  });
  return { url, exited, output: () => output };
}

/**
 * POSTs a host call. Resolves once the request is written, with the answer still to come (in an
 * object: a promise resolved with a promise would wait for the answer).
 */
function post(
  url: string,
  cookie: string,
  method: string,
  args: unknown,
): Promise<{ answer: Promise<string> }> {
  const call = request(new URL(`/api/${method}`, url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
  });
  const answer = new Promise<string>((resolve, reject) => {
    call.once('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.once('end', () => resolve(text));
      response.once('error', reject);
    });
    call.once('error', reject);
  });
  return new Promise((resolveSent, rejectSent) => {
    call.once('error', rejectSent);
    call.end(JSON.stringify(args), () => resolveSent({ answer }));
  });
}

async function answerOf(sent: Promise<{ answer: Promise<string> }>): Promise<unknown> {
  return JSON.parse(await (await sent).answer) as unknown;
}

describe('browser host entry', () => {
  it('on SIGTERM with a long poll waiting, answers it, disposes and exits 0', async () => {
    const { url, exited } = await startHost();
    const token = await signIn(url);
    const folder = join(root, 'workspace');
    const created = await answerOf(
      post(url, token, 'workspace.create', {
        path: folder,
        name: 'Signals',
        framework: { pack: 'gb921-v25.5', release: '25.5' },
      }),
    );
    expect(created).toMatchObject({ ok: true });
    const poll = await post(url, token, 'workspace.pollChanges', { waitMs: 30_000 });
    // A round trip after the poll was written, so the host has it before the signal.
    expect(await answerOf(post(url, token, 'app.ping', {}))).toEqual({ ok: true, value: 'pong' });

    child?.kill('SIGTERM');
    expect(JSON.parse(await poll.answer)).toEqual({ ok: true, value: [] });
    expect(await exited).toEqual([0, null]);
  });

  it('on SIGINT (Ctrl+C) with a long poll waiting, exits 0', async () => {
    const { url, exited } = await startHost();
    const token = await signIn(url);
    const poll = await post(url, token, 'workspace.pollChanges', { waitMs: 30_000 });
    expect(await answerOf(post(url, token, 'app.ping', {}))).toMatchObject({ ok: true });
    child?.kill('SIGINT');
    expect(JSON.parse(await poll.answer)).toEqual({ ok: true, value: [] });
    expect(await exited).toEqual([0, null]);
  });
});

describe('browser host entry, its command line', () => {
  it('opens a workspace folder given as an argument, relative to where it was started', async () => {
    const host = await startHost(['my-workspace']);
    const cookie = await signIn(host.url);
    const info = (await answerOf(post(host.url, cookie, 'app.info', {}))) as {
      value: { startupWorkspace: { path: string } };
    };
    expect(info.value.startupWorkspace.path).toBe(join(repo, 'my-workspace'));
  });

  it('prints the launch link, which the page it serves never carries', async () => {
    const host = await startHost();
    expect(host.output()).toContain(
      `eTOM Studio is running. Open it with this link (it works once, within 5 minutes):\n  ${host.url}\n`,
    );
    const code = new URL(host.url).searchParams.get('code') ?? '';
    const page = await (await fetch(new URL('/', host.url))).text();
    expect(page).not.toContain(code);
    const cookie = await signIn(host.url);
    const signedIn = await fetch(new URL('/', host.url), { headers: { Cookie: cookie } });
    expect(await signedIn.text()).toBe('<html><head></head><body></body></html>');
  });
});

// The operating system's opener (xdg-open) is the seam here: this machine has no desktop, so
// a stand-in script on PATH takes its place; the host and its launch file are real.
describe.runIf(process.platform === 'linux')('browser host entry, --open', () => {
  async function opener(script: string): Promise<NodeJS.ProcessEnv> {
    const bin = join(root, 'bin');
    await mkdir(bin, { recursive: true });
    await writeFile(join(bin, 'xdg-open'), `#!/bin/sh\n${script}\n`);
    await chmod(join(bin, 'xdg-open'), 0o755);
    return { ...process.env, PATH: bin };
  }

  it('opens a private launch file, never the code itself, and removes it after sign-in', async () => {
    const record = join(root, 'opened-with.txt');
    const host = await startHost(['--open'], await opener(`printf '%s' "$1" > '${record}'`));
    await expect.poll(() => readFile(record, 'utf8').catch(() => '')).not.toBe('');
    const target = await readFile(record, 'utf8');
    const code = new URL(host.url).searchParams.get('code') ?? '';
    // What the process list shows: the file's path, no code.
    expect(target).toBe(join(root, 'data', 'launch', `open-${new URL(host.url).port}.html`));
    expect(target).not.toContain(code);
    expect((await stat(join(root, 'data', 'launch'))).mode & 0o777).toBe(0o700);
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    const page = await readFile(target, 'utf8');
    expect(page).toContain(`<meta http-equiv="refresh" content="0; url=${host.url}">`);
    expect(host.output()).not.toContain('No browser could be opened');

    await signIn(host.url);
    await expect.poll(() => readdir(join(root, 'data', 'launch'))).toEqual([]);
  });

  it('says in one line, with the link, when the opener fails', async () => {
    const host = await startHost(
      ['--open'],
      await opener('echo "no method available" >&2; exit 3'),
    );
    await expect
      .poll(() => host.output())
      .toContain(
        `No browser could be opened (xdg-open exited with 3); open this link by hand: ${host.url}\n`,
      );
    expect(await readdir(join(root, 'data', 'launch'))).toEqual([]);
    // The link still works: it was never given to anything.
    expect(await signIn(host.url)).toMatch(/^etom-session-\d+=/);
  });

  it('says so when there is no opener at all', async () => {
    const host = await startHost(['--open'], { ...process.env, PATH: join(root, 'empty') });
    await expect
      .poll(() => host.output())
      .toContain(
        `No browser could be opened (xdg-open is not installed); open this link by hand: ${host.url}\n`,
      );
  });
});
