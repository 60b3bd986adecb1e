import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// The real entry point, run from source in a child process, so its signal handling is what
// is tested. Only the renderer build is a stand-in (an index.html that carries the token).
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

async function startHost(): Promise<{
  url: string;
  exited: Promise<[number | null, string | null]>;
}> {
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
    ],
    { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child = started;
  const exited = new Promise<[number | null, string | null]>((resolve) =>
    started.once('exit', (code, signal) => resolve([code, signal])),
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) resolve(match[0]);
    };
    started.stdout.on('data', onData);
    started.stderr.on('data', onData);
    void exited.then(([code]) => reject(new Error(`the host exited with ${code}:\n${output}`)));
  });
  return { url, exited };
}

async function readToken(url: string): Promise<string> {
  const page = await (await fetch(url)).text();
  const token = /name="etom-host-token" content="([0-9a-f]+)"/.exec(page)?.[1];
  if (token === undefined) throw new Error(`no token in the page:\n${page}`);
  return token;
}

/**
 * POSTs a host call. Resolves once the request is written, with the answer still to come (in an
 * object: a promise resolved with a promise would wait for the answer).
 */
function post(
  url: string,
  token: string,
  method: string,
  args: unknown,
): Promise<{ answer: Promise<string> }> {
  const call = request(new URL(`api/${method}`, url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Etom-Token': token },
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
    const token = await readToken(url);
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
    const token = await readToken(url);
    const poll = await post(url, token, 'workspace.pollChanges', { waitMs: 30_000 });
    expect(await answerOf(post(url, token, 'app.ping', {}))).toMatchObject({ ok: true });
    child?.kill('SIGINT');
    expect(JSON.parse(await poll.answer)).toEqual({ ok: true, value: [] });
    expect(await exited).toEqual([0, null]);
  });
});
