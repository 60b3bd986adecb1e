import { mkdir, readdir, realpath } from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importFrameworkWorkbook } from '../../../../main/services/framework/framework-import';
import {
  listUserPackFiles,
  userPackPath,
} from '../../../../main/services/framework/framework-pack-store';
import { Journal } from '../../../../main/services/workspace/journal';
import { failureOf } from '../../helpers/host-failure';
import { makeTempDir } from '../../../fixtures/workspace-builder';
import {
  makeSpecialFile,
  releaseSpecialFiles,
  SPECIAL_KINDS,
  within,
} from '../../../support/special-files';

/*
 * RELIABILITY I.37 beyond the workspace: every other reader of a path the user (or anyone with
 * the app-data folder) can put a file at refuses a FIFO, a socket or a folder without
 * blocking: the recovery journal, imported framework packs and the workbook import. (The
 * settings file: settings-file.test.ts.)
 */
const WAIT_MS = 5_000;
let base: string;
let cleanup: () => Promise<void>;
let count = 0;

beforeAll(async () => {
  const temp = await makeTempDir('etom-readers-');
  base = await realpath(temp.dir);
  cleanup = temp.cleanup;
});
afterEach(() => releaseSpecialFiles());
afterAll(() => cleanup());

const appData = async (): Promise<string> => {
  const dir = path.join(base, `app-${(count += 1)}`);
  await mkdir(dir);
  return dir;
};

describe.each(SPECIAL_KINDS)('a %s where a file is read', (kind) => {
  it('as the recovery journal: ignored and moved aside, never waited on', async () => {
    const warnings: string[] = [];
    const journal = new Journal(await appData(), (message) => warnings.push(message));
    const workspace = path.join(base, 'some-workspace');
    const file = journal.fileFor(workspace);
    await mkdir(path.dirname(file), { recursive: true });
    await makeSpecialFile(file, kind);
    expect(await within(WAIT_MS, 'the journal', journal.read(workspace, new Map()))).toBeNull();
    expect(warnings.join('\n')).toContain('not a regular file');
    expect((await readdir(path.dirname(file))).some((name) => name.includes('.corrupt-'))).toBe(
      true,
    );
  });

  it('as an imported framework pack: listed as a problem', async () => {
    const dir = await appData();
    const file = userPackPath(dir, 'my-pack');
    await mkdir(path.dirname(file), { recursive: true });
    await makeSpecialFile(file, kind);
    const listed = await within(WAIT_MS, 'the user packs', listUserPackFiles(dir));
    expect(listed.files).toEqual([]);
    expect(listed.problems[0]).toMatchObject({ code: 'IO_ERROR', file });
  });

  it('as the workbook to import: refused, naming it', async () => {
    const workbook = path.join(base, `workbook-${(count += 1)}.xlsx`);
    await makeSpecialFile(workbook, kind);
    const error = await within(
      WAIT_MS,
      'the workbook import',
      failureOf(importFrameworkWorkbook({ appDataDir: await appData(), path: workbook })),
    );
    expect(error).toMatchObject({ code: 'IO_ERROR', file: workbook });
    expect(error.message).toContain('not a regular file');
  });
});
