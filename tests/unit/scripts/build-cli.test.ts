import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../main/cli/run-cli';

/**
 * The command as users get it: the file `npm run build:cli` writes (run on plain Node, never
 * through tsx), and the package `npm pack` makes of it, installed with production dependencies
 * only into an empty folder.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const BUILT = path.join(ROOT, 'out/cli/etom-studio.mjs');
const SAMPLE = path.join(ROOT, 'assets/sample-workspace');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

const exec = promisify(execFile);

interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs a program to its end; a non-zero exit is an answer, not an exception. */
async function run(
  file: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {},
): Promise<Run> {
  try {
    const { stdout, stderr } = await exec(file, [...args], {
      cwd: options.cwd ?? ROOT,
      env: options.env ?? process.env,
      timeout: options.timeout ?? 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, out: failed.stdout ?? '', err: failed.stderr ?? '' };
  }
}

/** The built command, started by Node itself (the file's own `#!` line is checked apart). */
const cli = (...args: string[]): Promise<Run> => run(process.execPath, [BUILT, ...args]);

let temp = '';
beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'etom-cli-built-'));
  const built = await run(TSX, ['scripts/build-cli.ts'], { timeout: 120_000 });
  expect(built.err).toBe('');
  expect(built.code).toBe(0);
}, 150_000);
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

/** A copy of the sample with a diagram node's x a string and a mapping to no process. */
async function brokenSample(): Promise<string> {
  const dir = path.join(temp, 'broken');
  await cp(SAMPLE, dir, { recursive: true });
  const diagramFile = path.join(dir, 'diagrams/order-to-activate.json');
  const diagram = JSON.parse(await readFile(diagramFile, 'utf8')) as {
    nodes: Record<string, unknown>[];
  };
  diagram.nodes[1]!.x = 'left';
  await writeFile(diagramFile, JSON.stringify(diagram, null, 2));
  const mappingsFile = path.join(dir, 'mappings.json');
  const mappings = JSON.parse(await readFile(mappingsFile, 'utf8')) as {
    mappings: { target: { id: string } }[];
  };
  mappings.mappings[2]!.target.id = '9.9.9';
  await writeFile(mappingsFile, JSON.stringify(mappings, null, 2));
  return dir;
}

describe('the built etom-studio command', () => {
  it('is one executable ES module with a node shebang', async () => {
    const text = await readFile(BUILT, 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    const direct = await run(BUILT, ['--help']);
    expect(direct.code).toBe(0);
  });

  it('prints its usage for --help (exit 0) and without a command (exit 2)', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: etom-studio <command>');
    for (const command of COMMANDS) expect(help.out).toContain(command.path.join(' '));
    const bare = await cli();
    expect(bare.code).toBe(2);
    expect(bare.err).toContain('Usage: etom-studio <command>');
  });

  it('gives every command its --help (exit 0) and a wrong option exit 2', async () => {
    for (const command of COMMANDS) {
      const help = await cli(...command.path, '--help');
      expect(help.code, command.path.join(' ')).toBe(0);
      expect(help.out, command.path.join(' ')).toMatch(/^Usage: /);
    }
    const wrong = await cli('validate', SAMPLE, '--frobnicate');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('--frobnicate');
    // Each run starts Node afresh (about 0.7 s of CPU): generous for a loaded machine.
  }, 300_000);

  it('validates the sample workspace (exit 0)', async () => {
    const result = await cli('validate', SAMPLE);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/: valid \(3 diagrams, \d+ processes, \d+ mappings\)\n$/);
  });

  it('names the file and the place of every problem of a broken copy (exit 3)', async () => {
    const dir = await brokenSample();
    const result = await cli('validate', dir);
    expect(result.code).toBe(3);
    expect(result.out).toContain('diagrams/order-to-activate.json, nodes[1].x:');
    expect(result.out).toContain(
      'mappings.json, mappings[2].target.id: no process "9.9.9" in framework pack "gb921-v25.5"',
    );
    expect(result.out).toContain('not valid (2 problems');
    // A required file that cannot be parsed stops the read with its line and column.
    await writeFile(path.join(dir, 'processes.json'), '{\n  "format": ');
    const stopped = await cli('validate', dir);
    expect(stopped.code).toBe(3);
    expect(stopped.out).toMatch(/processes\.json, line 2, column \d+:/);
  });

  it('fails with exit 1 on a folder that does not exist', async () => {
    const result = await cli('validate', path.join(temp, 'nowhere'));
    expect(result.code).toBe(1);
    expect(result.err).toContain('no such folder');
  });
});

/** True when the npm registry answers within a few seconds. */
async function registryAnswers(): Promise<boolean> {
  const ping = await run('npm', ['ping'], { timeout: 20_000 }).catch(() => null);
  return ping?.code === 0;
}

describe('the npm package', () => {
  it('installs into an empty folder with production dependencies only and runs', async (context) => {
    const started = Date.now();
    const packed = await run('npm', ['pack', '--json', '--pack-destination', temp], {
      timeout: 120_000,
    });
    expect(packed.code, packed.err).toBe(0);
    const [info] = JSON.parse(packed.out) as {
      filename: string;
      size: number;
      unpackedSize: number;
      files: { path: string }[];
    }[];
    const files = info!.files.map((file) => file.path);
    expect(files).toContain('out/cli/etom-studio.mjs');
    expect(files).toContain('out/cli/read-worker.js');
    // Only the built output and the manifest: no tests, sources, source maps or scripts.
    const strays = files.filter(
      (file) =>
        !(file.startsWith('out/') || ['package.json', 'README.md'].includes(file)) ||
        file.endsWith('.map') ||
        file.endsWith('.ts'),
    );
    expect(strays).toEqual([]);
    const packedAt = Date.now();

    if (!(await registryAnswers())) {
      context.skip('the npm registry cannot be reached: the install step needs it');
    }
    const home = path.join(temp, 'install');
    await mkdir(home);
    const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
    const install = await run(
      'npm',
      [
        'install',
        '--omit=dev',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        path.join(temp, info!.filename),
      ],
      { cwd: home, env, timeout: 600_000 },
    );
    expect(install.code, install.err).toBe(0);
    const installedAt = Date.now();
    const bin = path.join(home, 'node_modules/.bin/etom-studio');
    // No dev tool came along: the command runs without TypeScript, tsx, esbuild or Electron.
    for (const devTool of ['tsx', 'esbuild', 'electron', 'typescript']) {
      expect(existsSync(path.join(home, 'node_modules', devTool)), devTool).toBe(false);
    }
    const validate = await run(bin, ['validate', SAMPLE], { cwd: home });
    expect(validate.err).toBe('');
    expect(validate.code).toBe(0);
    expect(validate.out).toContain(': valid (');
    const list = await run(bin, ['framework', 'list', 'gb921-v25.5', '--format', 'csv'], {
      cwd: home,
    });
    expect(list.code).toBe(0);
    expect(list.out.split(/\r?\n/)[0]).toBe('id,level,name,parent_id');
    expect(list.out).toContain('1.3.3,');
    console.info(
      `npm package: ${files.length} files, ${(info!.size / 1024).toFixed(0)} KiB packed, ${(info!.unpackedSize / 1024).toFixed(0)} KiB unpacked; pack ${packedAt - started} ms, install ${installedAt - packedAt} ms, validate + framework list ${Date.now() - installedAt} ms`,
    );
  }, 900_000);
});
