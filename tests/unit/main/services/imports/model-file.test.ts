import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_MODEL_FILE_BYTES,
  readModelImportFile,
} from '../../../../../main/services/imports/model-file';
import { HostFailure } from '../../../../../shared/ipc/errors';

let temp = '';
beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'etom-model-file-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

async function failure(run: Promise<unknown>): Promise<HostFailure['error']> {
  try {
    await run;
  } catch (error) {
    if (error instanceof HostFailure) return error.error;
    throw error;
  }
  throw new Error('expected a HostFailure');
}

describe('readModelImportFile', () => {
  it('refuses a file over the limit before reading it (a sparse file of 60 MB)', async () => {
    const huge = path.join(temp, 'huge.bpmn');
    await writeFile(huge, '<definitions>');
    await truncate(huge, MAX_MODEL_FILE_BYTES + 10 * 1024 * 1024);
    const error = await failure(readModelImportFile(huge, 'bpmn'));
    expect(error.message).toBe(
      'huge.bpmn is 60.0 MB; the largest file eTOM Studio reads here is 50.0 MB.',
    );
  });

  it('turns an XML refusal into a PARSE_ERROR naming the file, line and column', async () => {
    const file = path.join(temp, 'bad.bpmn');
    await writeFile(file, '<definitions>\n  <process id="p"\n');
    expect(await failure(readModelImportFile(file, 'bpmn'))).toEqual({
      code: 'PARSE_ERROR',
      message: 'bad.bpmn:2:3: ends inside a tag',
      file,
    });
  });

  it('answers NOT_FOUND for a missing file and refuses a folder', async () => {
    const missing = path.join(temp, 'nope.xml');
    expect(await failure(readModelImportFile(missing, 'archimate'))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'nope.xml: no such file',
    });
    expect((await failure(readModelImportFile(temp, 'bpmn'))).message).toContain(
      path.basename(temp),
    );
  });
});
