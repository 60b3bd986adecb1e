import { TEST_FRAMEWORK } from '../../../fixtures/model-builders';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/cli/run-cli';
import type { CliIo } from '../../../../main/cli/cli-io';
import { parseCsv } from '../../../../shared/codecs/csv';
import type { FrameworkProcessId, MappingId, ProcessId } from '../../../../shared/model/ids';
import { buildDocument, writeWorkspaceFiles } from '../../../fixtures/workspace-builder';

const root = path.resolve(import.meta.dirname, '../../../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const run = promisify(execFile);

let temp = '';
let appData = '';
beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'etom-cli-suggest-'));
  appData = path.join(temp, 'app-data');
  await mkdir(appData);
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

function bufferIo(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    env: { ETOM_STUDIO_DATA_DIR: appData },
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}

async function file(name: string, content: string | Buffer): Promise<string> {
  const target = path.join(temp, name);
  await writeFile(target, content);
  return target;
}

const HEADER = ['query', 'rank', 'pack', 'id', 'level', 'name', 'score', 'reason'];

describe('cli: suggest', () => {
  it('writes RFC 4180 CSV that parses back, top k per name, through the real entry point', async () => {
    const names = await file(
      'names.txt',
      '\uFEFFDunning letters\r\nPort-in request\r\n\r\n# a comment\r\nOrder handling, "rush" orders\r\n',
    );
    const { stdout, stderr } = await run(
      tsx,
      ['main/cli/index.ts', 'suggest', '--pack', 'gb921-v25.5', '--in', names, '--top', '3'],
      { cwd: root, env: { ...process.env, ETOM_STUDIO_DATA_DIR: appData } },
    );
    const rows = parseCsv(stdout);
    expect(rows[0]).toEqual(HEADER);
    const body = rows.slice(1);
    expect(body).toHaveLength(9);
    expect(body.map((r) => r[0])).toEqual([
      ...Array<string>(3).fill('Dunning letters'),
      ...Array<string>(3).fill('Port-in request'),
      ...Array<string>(3).fill('Order handling, "rush" orders'),
    ]);
    expect(body.map((r) => r[1])).toEqual(['1', '2', '3', '1', '2', '3', '1', '2', '3']);
    const [dunning] = body;
    expect(dunning?.slice(2, 6)).toEqual([
      'gb921-v25.5',
      '1.3.10.3',
      '3',
      'Manage Customer Debt Collection',
    ]);
    expect(Number(dunning?.[6])).toBeGreaterThan(0.5);
    expect(dunning?.[7]).toContain('vocabulary: dunning ~ debt collection');
    expect(body[3]?.[3]).toMatch(/^1\.5\.4\.7/);
    expect(body.slice(6).map((r) => r[3])).toContain('1.3.3');
    expect(stderr).toMatch(/^suggest: 3 company processes; pack gb921-v25\.5; \d+ ms\n$/);
  }, 60_000);

  it('writes JSON with the same fields', async () => {
    const names = await file('one.txt', 'NOC alarm triage\n');
    const io = bufferIo();
    expect(await runCli(['suggest', '--in', names, '--top', '2', '--format', 'json'], io)).toBe(0);
    const parsed = JSON.parse(io.out) as Array<Record<string, unknown>>;
    expect(parsed).toHaveLength(2);
    expect(Object.keys(parsed[0]!)).toEqual(HEADER);
    expect(parsed[0]).toMatchObject({ query: 'NOC alarm triage', rank: 1, pack: 'gb921-v25.5' });
    expect(typeof parsed[0]!.score).toBe('number');
  });

  it('suggests from the classic pack too, by the current names its processes became', async () => {
    const names = await file('classic.txt', 'customer order processing\n');
    const io = bufferIo();
    expect(
      await runCli(['suggest', '--pack', 'classic-r14', '--in', names, '--top', '1'], io),
    ).toBe(0);
    const [, first] = parseCsv(io.out);
    expect(first?.slice(2, 4)).toEqual(['classic-r14', '1.1.1.5']);
    expect(first?.[7]).toContain(
      "current 'Customer Order Processing Management' (1.3.3) descends from it",
    );
  });

  it("suggests for a workspace's unmapped company processes, read with their parents", async () => {
    const dir = path.join(temp, 'workspace');
    await mkdir(dir);
    const document = buildDocument({ diagrams: 0 });
    document.processes.processes = [
      { id: 'p-cash' as ProcessId, name: 'Bill to cash', parentId: null, order: 0 },
      {
        id: 'p-dun' as ProcessId,
        name: 'Reminder letters',
        parentId: 'p-cash' as ProcessId,
        order: 0,
        description: 'Dunning of overdue invoices',
      },
      {
        id: 'p-pay' as ProcessId,
        name: 'Payment posting',
        parentId: 'p-cash' as ProcessId,
        order: 0,
      },
    ];
    document.mappings.mappings = [
      {
        id: 'm-1' as MappingId,
        processId: 'p-pay' as ProcessId,
        target: { ...TEST_FRAMEWORK, id: '1.3.10.2' as FrameworkProcessId },
        status: 'draft',
        alignment: 'full',
      },
    ];
    await writeWorkspaceFiles(dir, document);
    const io = bufferIo();
    expect(await runCli(['suggest', '--workspace', dir, '--top', '2'], io)).toBe(0);
    const rows = parseCsv(io.out);
    expect(rows[0]).toEqual([...HEADER, 'process_id']);
    expect(rows.slice(1).map((r) => r.at(-1))).toEqual(['p-cash', 'p-cash', 'p-dun', 'p-dun']);
    const dunning = rows.find((r) => r[0] === 'Reminder letters');
    expect(dunning?.[3]).toMatch(/^1\.3\.10/);
    expect(io.err).toContain('1 already mapped, skipped');
  });

  it('names the file and line of a bad name, and the file when it is not text or empty', async () => {
    const long = await file('long.txt', `ok\n${'x'.repeat(501)}\n`);
    let io = bufferIo();
    expect(await runCli(['suggest', '--in', long], io)).toBe(1);
    expect(io.err).toContain(`${long}:2: the name is longer than 500 characters`);
    expect(io.out).toBe('');

    const control = await file('control.txt', 'fine\nbad\u0007bell\n');
    io = bufferIo();
    expect(await runCli(['suggest', '--in', control], io)).toBe(1);
    expect(io.err).toContain(`${control}:2: the name holds a control character`);

    const binary = await file('binary.txt', Buffer.from([0x66, 0xff, 0xfe, 0x0a]));
    io = bufferIo();
    expect(await runCli(['suggest', '--in', binary], io)).toBe(1);
    expect(io.err).toContain(`${binary} is not valid UTF-8 text`);

    const empty = await file('empty.txt', '\n  \n# only a comment\n');
    io = bufferIo();
    expect(await runCli(['suggest', '--in', empty], io)).toBe(1);
    expect(io.err).toContain(`${empty}: no process names`);

    io = bufferIo();
    expect(await runCli(['suggest', '--in', path.join(temp, 'missing.txt')], io)).toBe(1);
    expect(io.err).toContain('missing.txt: no such file');
  });

  it('names the workspace file that cannot be read', async () => {
    const dir = path.join(temp, 'broken-workspace');
    await mkdir(dir);
    await writeWorkspaceFiles(dir, buildDocument({ diagrams: 0 }));
    await writeFile(path.join(dir, 'processes.json'), '{"format": "etom-studio.processes",');
    const io = bufferIo();
    expect(await runCli(['suggest', '--workspace', dir], io)).toBe(1);
    expect(io.err).toContain(`${dir}/processes.json`);
  });

  it('refuses wrong usage with exit code 2 and a hint', async () => {
    const names = await file('usage.txt', 'billing\n');
    const cases: Array<[string[], string]> = [
      [['suggest'], 'give either --in <file> or --workspace <dir>'],
      [['suggest', '--in', names, '--workspace', temp], 'give either'],
      [['suggest', '--in', names, '--top', '0'], '--top must be a whole number from 1 to 50'],
      [['suggest', '--in', names, '--top', 'x'], '--top must be'],
      [['suggest', '--in', names, '--format', 'xml'], '--format must be one of csv, json'],
      [['suggest', '--in', names, '--min-score', '2'], '--min-score must be a number from 0 to 1'],
      [['suggest', '--in', names, '--pack', 'nope'], 'unknown framework pack "nope"'],
      [['suggest', '--in', names, 'extra'], 'unexpected argument "extra"'],
      [['suggest', '--in', names, '--colour'], "Unknown option '--colour'"],
    ];
    for (const [args, message] of cases) {
      const io = bufferIo();
      expect(await runCli(args, io), args.join(' ')).toBe(2);
      expect(io.err, args.join(' ')).toContain(message);
      expect(io.err).toContain('Run "suggest --help" for usage.');
    }
  });

  it('prints its help, and is listed in the command overview', async () => {
    let io = bufferIo();
    expect(await runCli(['suggest', '--help'], io)).toBe(0);
    expect(io.out).toContain('query,rank,pack,id,level,name,score,reason');
    io = bufferIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.out).toMatch(/^ {2}suggest +Suggest framework processes/m);
  });

  it('leaves out suggestions under --min-score, and says how many names got none', async () => {
    const names = await file('weak.txt', 'customer order capture\nzzzz qqqq\n');
    const io = bufferIo();
    expect(await runCli(['suggest', '--in', names, '--top', '50', '--min-score', '0.9'], io)).toBe(
      0,
    );
    const rows = parseCsv(io.out).slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => Number(r[6]) >= 0.9 && r[0] === 'customer order capture')).toBe(true);
    expect(io.err).toContain('1 without a suggestion');
  });
});
