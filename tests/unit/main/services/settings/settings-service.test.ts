import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../../../../../shared/model/settings-schema';
import { HostFailure } from '../../../../../shared/ipc/errors';
import { FileSettingsBackend } from '../../../../../main/services/settings/settings-backend';
import {
  MAX_RECENT,
  SettingsService,
} from '../../../../../main/services/settings/settings-service';
import { reportFigures } from '../../../../support/scorecard';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'etom-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const configPath = (): string => join(dir, 'config.json');
const load = (): SettingsService => new SettingsService(new FileSettingsBackend(dir));

async function corruptCopies(): Promise<string[]> {
  return (await readdir(dir)).filter((name) => /^config\.corrupt-.+\.json$/.test(name));
}

describe('settings corruption', () => {
  const valid = JSON.stringify({
    ...DEFAULT_SETTINGS,
    preferences: { ...DEFAULT_SETTINGS.preferences, theme: 'dark' },
  });
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['whitespace only', '  \n'],
    ['truncated', valid.slice(0, Math.floor(valid.length / 2))],
    ['bad JSON', '{"schemaVersion": 1,,}'],
    ['schema-failing', JSON.stringify({ ...DEFAULT_SETTINGS, schemaVersion: 7 })],
    ['wrong type', JSON.stringify([1, 2, 3])],
    ['unknown key', JSON.stringify({ ...DEFAULT_SETTINGS, extra: true })],
  ];

  // Counted once every check of a case has passed; reported when the cases have all run.
  const recovered = { passed: 0 };
  afterAll(() => {
    reportFigures(
      'D.19',
      'corrupt config.json (empty, blank, truncated, bad JSON, schema, type, key)',
      {
        cases: cases.length,
        'started on defaults, corrupt copy kept byte for byte': recovered.passed,
      },
    );
  });

  for (const [label, content] of cases) {
    it(`starts on defaults and keeps the ${label} file as config.corrupt-*.json`, async () => {
      await writeFile(configPath(), content);
      const backend = new FileSettingsBackend(dir);
      const service = new SettingsService(backend);
      expect(service.get()).toEqual(DEFAULT_SETTINGS);
      const copies = await corruptCopies();
      expect(copies).toHaveLength(1);
      expect(await readFile(join(dir, copies[0] ?? ''), 'utf8')).toBe(content);
      expect(backend.lastSetAside?.path).toBe(join(dir, copies[0] ?? ''));
      // The next save writes a fresh, valid file and leaves the corrupt copy alone.
      await service.setPreferences({ theme: 'light' });
      expect(load().get().preferences.theme).toBe('light');
      expect(await corruptCopies()).toHaveLength(1);
      recovered.passed += 1;
    });
  }

  it('reads a valid file without setting anything aside', async () => {
    await writeFile(configPath(), valid);
    expect(load().get().preferences.theme).toBe('dark');
    expect(await corruptCopies()).toEqual([]);
  });

  it('starts on defaults when there is no file and writes none until something changes', async () => {
    expect(load().get()).toEqual(DEFAULT_SETTINGS);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('preferences', () => {
  it('merges a partial change and persists it as pretty JSON', async () => {
    const service = load();
    const next = await service.setPreferences({ journalDelayMs: 1500 });
    expect(next.preferences).toEqual({ ...DEFAULT_SETTINGS.preferences, journalDelayMs: 1500 });
    const text = await readFile(configPath(), 'utf8');
    expect(JSON.parse(text)).toEqual(next);
    expect(text).toContain('\n  "preferences"');
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('remembers the panel layout and the theme across launches', async () => {
    const layout = {
      leftWidth: 300,
      leftCollapsed: true,
      rightWidth: 420,
      rightCollapsed: false,
      detailsHeight: 180,
    };
    await load().setPreferences({ layout, theme: 'dark' });
    const again = load().get().preferences;
    expect(again.layout).toEqual(layout);
    expect(again.theme).toBe('dark');
    // Settings written before panels could be resized load as they are, without a layout.
    expect(DEFAULT_SETTINGS.preferences.layout).toBeUndefined();
  });

  it('remembers the git status being turned off, and reads older settings as on', async () => {
    expect(load().get().preferences.gitStatus).toBeUndefined();
    await load().setPreferences({ gitStatus: false });
    expect(load().get().preferences.gitStatus).toBe(false);
    await load().setPreferences({ theme: 'light' });
    expect(load().get().preferences.gitStatus).toBe(false);
  });

  it('reports a write failure as IO_ERROR and keeps the old settings in memory', async () => {
    const service = load();
    // Fault injection: the settings folder is replaced by a file, so the write cannot happen.
    await rm(dir, { recursive: true });
    await writeFile(dir, 'not a folder');
    let caught: unknown;
    try {
      await service.setPreferences({ theme: 'dark' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(HostFailure);
    expect((caught as HostFailure).error.code).toBe('IO_ERROR');
    expect(service.get().preferences.theme).toBe('system');
    await rm(dir);
    await mkdir(dir);
  });
});

describe('writing off the main thread', () => {
  it('returns before the file is written (the fsync runs elsewhere) and resolves once it is', async () => {
    const service = load();
    const pending = service.setPreferences({ theme: 'dark' });
    expect(await readdir(dir)).toEqual([]);
    expect(service.get().preferences.theme).toBe('dark');
    await pending;
    expect(JSON.parse(await readFile(configPath(), 'utf8'))).toEqual(service.get());
  });

  it('changes made while earlier ones are written build on them; the file ends with the last', async () => {
    const service = load();
    const writes = Array.from({ length: 20 }, (_, i) =>
      i % 2 === 0
        ? service.setPreferences({ journalDelayMs: 1000 + i })
        : service.setPreferences({ theme: i % 4 === 1 ? 'dark' : 'light' }),
    );
    await Promise.all(writes);
    const onDisk = JSON.parse(await readFile(configPath(), 'utf8')) as unknown;
    expect(onDisk).toEqual(service.get());
    expect(service.get().preferences).toMatchObject({ journalDelayMs: 1018, theme: 'light' });
    expect(await readdir(dir)).toEqual(['config.json']);
  });

  it('the window state written as the window closes is not undone by a change still on its way', async () => {
    const service = load();
    const pending = service.setPreferences({ theme: 'dark' });
    service.setWindowState({ width: 1000, height: 700, maximized: true });
    await pending;
    expect(load().get()).toMatchObject({
      preferences: { theme: 'dark' },
      windowState: { width: 1000, height: 700, maximized: true },
    });
    expect(await readdir(dir)).toEqual(['config.json']);
  });
});

describe('recent workspaces', () => {
  async function makeWorkspace(name: string): Promise<string> {
    const folder = join(dir, name);
    await mkdir(folder);
    await writeFile(join(folder, 'workspace.json'), '{}');
    return folder;
  }

  it('lists the most recent first, without duplicates, and says which still exist', async () => {
    const a = await makeWorkspace('a');
    const b = await makeWorkspace('b');
    const gone = join(dir, 'gone');
    let clock = 0;
    const service = new SettingsService(
      new FileSettingsBackend(dir),
      () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)),
    );
    await service.addRecent({ path: a, name: 'A' });
    await service.addRecent({ path: b, name: 'B' });
    await service.addRecent({ path: gone, name: 'Gone' });
    await service.addRecent({ path: `${a}/`, name: 'A again' });
    const list = await service.listRecent();
    expect(list.map((entry) => [entry.path, entry.name, entry.exists])).toEqual([
      [a, 'A again', true],
      [gone, 'Gone', false],
      [b, 'B', true],
    ]);
    expect(list[0]?.openedAt).toBe('2026-01-01T00:00:03.000Z');
    expect(await load().listRecent()).toEqual(list);
  });

  it('keeps at most 20 entries, dropping the oldest', async () => {
    const service = load();
    for (let i = 0; i < MAX_RECENT + 5; i++)
      await service.addRecent({ path: join(dir, `w${i}`), name: `W${i}` });
    const list = await service.listRecent();
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]?.name).toBe(`W${MAX_RECENT + 4}`);
    expect(list.at(-1)?.name).toBe('W5');
  });

  it('removes an entry and returns the rest; removing an unknown path changes nothing', async () => {
    const a = await makeWorkspace('a');
    const b = await makeWorkspace('b');
    const service = load();
    await service.addRecent({ path: a, name: 'A' });
    await service.addRecent({ path: b, name: 'B' });
    expect((await service.removeRecent(a)).map((entry) => entry.path)).toEqual([b]);
    expect((await service.removeRecent(join(dir, 'nope'))).map((entry) => entry.path)).toEqual([b]);
    expect((await load().listRecent()).map((entry) => entry.path)).toEqual([b]);
  });
});
