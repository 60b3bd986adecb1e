import { execFile } from 'node:child_process';
import { lstat, mkdir, readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConfigLoad } from '../../../../../main/services/settings/settings-file';
import { makeTempDir } from '../../../../fixtures/workspace-builder';
import {
  makeSpecialFile,
  releaseSpecialFiles,
  SPECIAL_KINDS,
} from '../../../../support/special-files';
import { reportFigures } from '../../../../support/scorecard';

const CHILD = path.resolve(import.meta.dirname, '../../../../support/load-config-child.ts');
const run = promisify(execFile);

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-config-'));
});
afterAll(async () => {
  await releaseSpecialFiles();
  await cleanup();
});

describe('loadConfigFile and special files', () => {
  it('sets a FIFO, a socket or a folder named config.json aside without blocking', async () => {
    const configs = await Promise.all(
      SPECIAL_KINDS.map(async (kind) => {
        await mkdir(path.join(dir, kind));
        const config = path.join(dir, kind, 'config.json');
        await makeSpecialFile(config, kind);
        return config;
      }),
    );
    // The read is synchronous: a blocking one would freeze the app at start; here, the child.
    const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, ...configs], {
      timeout: 20_000,
    });
    const loads = JSON.parse(stdout) as ConfigLoad[];
    for (const [index, config] of configs.entries()) {
      const loaded = loads[index];
      expect(loaded?.settings).toBeNull();
      expect(loaded?.problem).toContain('not a regular file');
      const folder = path.dirname(config);
      const aside = (await readdir(folder)).filter((name) => name.startsWith('config.corrupt-'));
      expect(aside).toHaveLength(1);
      expect(loaded?.setAsideTo).toBe(path.join(folder, aside[0] ?? ''));
      await expect(lstat(config)).rejects.toThrow();
    }
    reportFigures('D.19', 'config.json that is a FIFO, a socket or a folder', {
      cases: configs.length,
      'set aside without blocking, defaults': configs.length,
    });
  }, 30_000);
});
