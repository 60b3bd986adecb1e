import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/cli/run-cli';
import type { CliIo } from '../../../../main/cli/cli-io';

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

function bufferIo(env: NodeJS.ProcessEnv): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    env,
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}

describe('runCli (in process)', () => {
  it('fails with exit code 1 and names the file when a user pack is damaged', async () => {
    const appData = await mkdtemp(path.join(os.tmpdir(), 'etom-cli-'));
    temps.push(appData);
    await mkdir(path.join(appData, 'packs'));
    const broken = path.join(appData, 'packs', 'broken.json');
    await writeFile(broken, '{"format":');
    const io = bufferIo({ ETOM_STUDIO_DATA_DIR: appData });
    expect(await runCli(['framework', 'list', 'broken'], io)).toBe(1);
    expect(io.out).toBe('');
    expect(io.err).toContain(broken);
  });

  it('prints usage on stderr with exit code 2 when given nothing', async () => {
    const io = bufferIo({});
    expect(await runCli([], io)).toBe(2);
    expect(io.err).toContain('Usage: etom-studio <command>');
  });
});
