import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../shared/codecs/csv';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';
import { importFrameworkWorkbook } from '../../../../main/services/framework/framework-import';
import { GOOD_ROWS, makeWorkbook } from '../../shared/codecs/workbook-fixture';

const root = path.resolve(import.meta.dirname, '../../../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const run = promisify(execFile);

let appData = '';
beforeAll(async () => {
  // The CLI reads user packs from the app-data folder; point it at an empty temp folder.
  appData = await mkdtemp(path.join(os.tmpdir(), 'etom-cli-'));
});
afterAll(async () => {
  await rm(appData, { recursive: true, force: true });
});

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(tsx, ['main/cli/index.ts', ...args], {
      cwd: root,
      env: { ...process.env, ETOM_STUDIO_DATA_DIR: appData },
      maxBuffer: 20 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('cli: framework list', () => {
  it.each([
    ['gb921-v25.5', 2901],
    ['classic-r14', 448],
  ])(
    'writes every process of %s as CSV that parses back',
    async (pack, count) => {
      const result = await cli('framework', 'list', pack, '--format', 'csv');
      expect(result.code).toBe(0);
      const rows = parseCsv(result.stdout);
      expect(rows[0]).toEqual(['id', 'level', 'name', 'parent_id']);
      expect(rows).toHaveLength(count + 1);
      const catalogue = getBuiltInCatalogue(pack)!;
      rows.slice(1).forEach(([id, level, name, parentId], index) => {
        const process = catalogue.processes[index]!;
        expect([id, Number(level), name, parentId]).toEqual([
          process.id,
          process.level,
          process.name,
          process.parentId ?? '',
        ]);
      });
      // Names with commas come back whole: the quoting round-trips.
      if (pack === 'gb921-v25.5') {
        expect(rows.some((row) => row[2]?.includes(','))).toBe(true);
      }
    },
    60_000,
  );

  it('writes JSON too', async () => {
    const result = await cli('framework', 'list', 'classic-r14', '--format', 'json');
    expect(result.code).toBe(0);
    const processes = JSON.parse(result.stdout) as Array<{ id: string; parentId: string | null }>;
    expect(processes).toHaveLength(448);
    expect(processes[0]).toEqual({ id: '1.1', level: 0, name: 'Operations', parentId: null });
  });

  it('lists an imported user pack from the app-data folder', async () => {
    const source = path.join(appData, 'mine.xlsx');
    await writeFile(source, await makeWorkbook(GOOD_ROWS));
    await importFrameworkWorkbook({ appDataDir: appData, path: source, packId: 'mine' });
    const result = await cli('framework', 'list', 'mine');
    expect(parseCsv(result.stdout)).toHaveLength(6);
  });

  it('refuses an unknown pack with a clear message and exit code 2', async () => {
    const result = await cli('framework', 'list', 'no-such-pack');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'unknown framework pack "no-such-pack". Known packs: gb921-v25.5, classic-r14',
    );
  });

  it('refuses bad options and unknown commands with exit code 2', async () => {
    expect((await cli('framework', 'list', 'gb921-v25.5', '--format', 'xml')).stderr).toContain(
      '--format must be one of csv, json',
    );
    expect((await cli('framework', 'list')).code).toBe(2);
    const unknown = await cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });

  it('prints help', async () => {
    const general = await cli('--help');
    expect(general.code).toBe(0);
    expect(general.stdout).toContain('framework list');
    const command = await cli('framework', 'list', '--help');
    expect(command.code).toBe(0);
    expect(command.stdout).toContain(
      'Usage: etom-studio framework list <pack> [--format csv|json]',
    );
  });
});
