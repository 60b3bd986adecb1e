import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_FUSE_STATES, fuseStates } from './expected-fuses';
import { packApp } from './pack-app';
import { standInElectron } from './stand-in-electron';

/**
 * The desktop app as electron-builder packs it from `out/` with electron-builder.yml, for Linux
 * as an unpacked folder (`--dir`; the AppImage, deb, NSIS and dmg wrap this same app folder).
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const exec = promisify(execFile);

/** The size app.asar must stay under (34 MB when this budget was set, 2026-11-30). */
const ASAR_BUDGET_BYTES = 40 * 1024 * 1024;

let temp = '';
let app = '';
let fuseTarget = '';
let asar = '';
let entries: string[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, 'out/main/index.js'))) {
    throw new Error(
      'out/main/index.js is missing: run "npm run build" before the packaging checks',
    );
  }
  temp = await mkdtemp(path.join(tmpdir(), 'etom-package-'));
  const electronDist = await standInElectron(path.join(temp, 'electron'));
  const packed = await packApp(electronDist, path.join(temp, 'dist'), 'linux');
  app = packed.folder;
  fuseTarget = packed.fuseTarget;
  asar = path.join(app, 'resources/app.asar');
  entries = listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
});
afterAll(async () => {
  if (temp !== '') await rm(temp, { recursive: true, force: true });
});

/** The package folder a file in node_modules belongs to (`node_modules/a/node_modules/@s/b`). */
function packageOf(file: string): string | null {
  const match = /^(.*node_modules\/(?:@[^/]+\/[^/]+|[^@/][^/]*))(?:\/|$)/.exec(
    file.replace(/^\//, ''),
  );
  return match?.[1] ?? null;
}

/** The bare module names the built main process imports at run time. */
async function importsOfMain(): Promise<Set<string>> {
  const names = new Set<string>();
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(file);
      else if (entry.name.endsWith('.js')) {
        const text = await readFile(file, 'utf8');
        for (const match of text.matchAll(
          /(?:from|import\(|require\()\s*["']([@a-z0-9][\w@/.-]*)["']/g,
        )) {
          const spec = match[1] ?? '';
          if (spec.startsWith('node:') || spec.includes('${')) continue;
          names.add(
            spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!,
          );
        }
      }
    }
  };
  await walk(path.join(ROOT, 'out/main'));
  return names;
}

describe('the packaged app', () => {
  it('holds only the built app and production dependencies: no sources, tests, maps or the CLI', async () => {
    const outside = entries.filter(
      (file) =>
        !/^\/(out\/(main|preload|renderer)(\/|$)|out$|package\.json$|node_modules(\/|$))/.test(
          file,
        ),
    );
    expect(outside).toEqual([]);
    expect(entries.filter((file) => /\.(map|ts|cts|mts|tsx)$/.test(file))).toEqual([]);
    expect(
      entries.filter(
        (file) => /\/(tests?|__tests__|scripts)\//.test(file) && !file.includes('node_modules'),
      ),
    ).toEqual([]);

    // Compared by name and version: electron-builder lays node_modules out its own way.
    const { stdout } = await exec('npm', ['ls', '--omit=dev', '--parseable', '--long', '--all'], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const production = new Set(
      stdout
        .split('\n')
        .slice(1)
        .map((line) => line.split(':')[1] ?? '')
        .filter((id) => id !== ''),
    );
    expect(production.size).toBeGreaterThan(10);
    const packed = new Set(entries.map(packageOf).filter((dir): dir is string => dir !== null));
    const foreign = [...packed]
      .map((dir) => {
        const manifest = JSON.parse(extractFile(asar, `${dir}/package.json`).toString('utf8')) as {
          name: string;
          version: string;
        };
        return `${manifest.name}@${manifest.version}`;
      })
      .filter((id) => !production.has(id));
    expect(foreign).toEqual([]);
  });

  it('has every package the main process imports, and its native module outside the archive', async () => {
    const needed = [...(await importsOfMain())].filter((name) => name !== 'electron');
    expect(needed).toContain('exceljs');
    for (const name of needed) {
      expect(entries, name).toContain(`/node_modules/${name}/package.json`);
    }
    const manifest = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as {
      main: string;
    };
    expect(entries).toContain(`/${manifest.main}`);
    // The PNG rasteriser's Skia binary: native code cannot be loaded from inside the archive.
    const unpacked = path.join(app, 'resources/app.asar.unpacked/node_modules/@napi-rs');
    const natives = (await readdir(unpacked, { recursive: true })).filter((file) =>
      String(file).endsWith('.node'),
    );
    expect(natives.length).toBeGreaterThan(0);
  });

  it('keeps the sample workspace and the export font beside the archive', () => {
    expect(existsSync(path.join(app, 'resources/sample-workspace/workspace.json'))).toBe(true);
    expect(existsSync(path.join(app, 'resources/fonts/400Regular/NotoSans_400Regular.ttf'))).toBe(
      true,
    );
    expect(existsSync(path.join(app, 'resources/fonts/LICENSE_FONT'))).toBe(true);
  });

  it('stays within its size budget', async () => {
    const bytes = (await stat(asar)).size;
    console.info(
      `packaging: app.asar ${(bytes / 1024 / 1024).toFixed(1)} MB, ${entries.length.toLocaleString('en')} entries (budget ${ASAR_BUDGET_BYTES / 1024 / 1024} MB)`,
    );
    expect(bytes).toBeLessThan(ASAR_BUDGET_BYTES);
  });

  it('flips the seven fuses of RELIABILITY.md item 29 in the binary it ships', async () => {
    const wire = await getCurrentFuseWire(fuseTarget);
    expect(fuseStates(wire)).toEqual(EXPECTED_FUSE_STATES);
  });
});
