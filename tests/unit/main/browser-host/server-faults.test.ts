import type * as fs from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from '../../../../main/browser-host/server';
import type { HostHandlers } from '../../../../shared/ipc/handlers';
import { signIn } from '../../../support/http-client';

// Fault injection at the fs seam: reading `broken.js` fails after the lookup found it, as when
// the file is removed or becomes unreadable between the two.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  const createReadStream = ((
    path: fs.PathLike,
    options?: Parameters<typeof real.createReadStream>[1],
  ) =>
    String(path).endsWith('broken.js')
      ? real.createReadStream(`${String(path)}.gone`, options)
      : real.createReadStream(path, options)) as typeof real.createReadStream;
  return { ...real, createReadStream, default: { ...real, createReadStream } };
});

let root: string;
let server: RunningServer;
let cookie: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'etom-server-faults-'));
  await mkdir(join(root, 'renderer'));
  await writeFile(join(root, 'renderer', 'index.html'), '<html><head></head></html>');
  await writeFile(join(root, 'renderer', 'broken.js'), 'export {};');
  await writeFile(join(root, 'renderer', 'fine.js'), 'export const fine = 1;');
  server = await startServer({
    handlers: {} as HostHandlers,
    rendererDir: join(root, 'renderer'),
  });
  cookie = await signIn(server.launchUrl());
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

describe('browser host server, when a static file cannot be read', () => {
  it('fails that response and keeps serving', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const headers = { Cookie: cookie };
    await expect(
      fetch(new URL('broken.js', server.url), { headers }).then((r) => r.text()),
    ).rejects.toThrow();
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('Could not send'));
    const fine = await fetch(new URL('fine.js', server.url), { headers });
    expect(fine.status).toBe(200);
    expect(await fine.text()).toBe('export const fine = 1;');
    vi.restoreAllMocks();
  });
});
