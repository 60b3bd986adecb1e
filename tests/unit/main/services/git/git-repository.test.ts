import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostFailure } from '../../../../../shared/ipc/errors';
import { isGitMissing, runGit } from '../../../../../main/services/git/git-command';
import { gitPlace } from '../../../../../main/services/git/git-repository';

let dir: string;
beforeEach(async () => {
  dir = await realpath(await mkdtemp(path.join(tmpdir(), 'etom-git-')));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gitPlace', () => {
  it('gives the repository root and the folder inside it', async () => {
    execFileSync('git', ['init', '-q', dir]);
    const inner = path.join(dir, 'models', 'acme');
    await mkdir(inner, { recursive: true });
    expect(await gitPlace(inner)).toEqual({ root: dir, prefix: 'models/acme/' });
    expect(await gitPlace(dir)).toEqual({ root: dir, prefix: '' });
  });

  it('says when a folder is not in a repository', async () => {
    await expect(gitPlace(dir)).rejects.toMatchObject({
      error: { code: 'NOT_FOUND', file: dir },
    });
  });
});

describe('runGit', () => {
  it('says git is missing when the program cannot be started', async () => {
    const failure = await runGit(dir, ['status'], { program: path.join(dir, 'no-git') }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(HostFailure);
    expect(isGitMissing(failure)).toBe(true);
  });

  it("never runs the repository's fsmonitor program", async () => {
    execFileSync('git', ['init', '-q', dir]);
    const marker = path.join(dir, 'ran');
    const hook = path.join(dir, 'hook.sh');
    await writeFile(hook, `#!/bin/sh\ntouch '${marker}'\n`, { mode: 0o755 });
    execFileSync('git', ['config', 'core.fsmonitor', hook], { cwd: dir });
    await writeFile(path.join(dir, 'a.txt'), 'a');
    await runGit(dir, ['status', '--porcelain']);
    await expect(import('node:fs/promises').then((fs) => fs.access(marker))).rejects.toThrow();
  });

  it("reports git's own answer with the folder", async () => {
    await expect(runGit(dir, ['log'])).rejects.toMatchObject({
      error: { code: 'IO_ERROR', file: dir },
    });
  });
});
