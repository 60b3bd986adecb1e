import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../../../../shared/model/settings-schema';
import { SettingsService } from '../../../../main/services/settings/settings-service';

// The one seam: electron-store needs the Electron runtime, which is not installed here. It is
// replaced by the library it is built on (conf, real parsing and atomic writes), configured the
// way electron-store configures it.
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  class ElectronStoreOverConf extends Conf {
    constructor(options: { name: string; cwd: string; clearInvalidConfig: boolean }) {
      super({ ...options, configName: options.name, projectVersion: '0.0.0' });
    }
  }
  return { default: ElectronStoreOverConf };
});

const { ElectronSettingsBackend } = await import('../../../../main/electron/settings-backend');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'etom-estore-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ElectronSettingsBackend', () => {
  it('needs the set-aside: the store alone refuses a file that is not JSON', async () => {
    await writeFile(join(dir, 'config.json'), '{"schemaVersion":');
    const { default: Store } = await import('electron-store');
    expect(() => new Store({ name: 'config', cwd: dir, clearInvalidConfig: false })).toThrow();
  });

  it('sets a corrupt config.json aside before the store reads it, and starts on defaults', async () => {
    for (const content of ['', '{"schemaVersion":', 'nonsense', '{"schemaVersion":2}']) {
      await writeFile(join(dir, 'config.json'), content);
      const logged: string[] = [];
      const backend = new ElectronSettingsBackend(dir, (line) => logged.push(line));
      expect(backend.setAside?.path).toMatch(/config\.corrupt-.+\.json$/);
      expect(logged).toHaveLength(1);
      expect(new SettingsService(backend).get()).toEqual(DEFAULT_SETTINGS);
      await rm(join(dir, 'config.json'), { force: true });
    }
    const copies = (await readdir(dir)).filter((name) => name.startsWith('config.corrupt-'));
    expect(copies).toHaveLength(4);
  });

  it('writes the same file and schema the browser host reads', async () => {
    const service = new SettingsService(new ElectronSettingsBackend(dir));
    await service.setPreferences({ theme: 'dark' });
    await service.addRecent({ path: join(dir, 'ws'), name: 'WS' });
    service.setWindowState({ ...service.get().windowState, maximized: true });
    const onDisk = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as unknown;
    expect(onDisk).toEqual(service.get());
    const { FileSettingsBackend } =
      await import('../../../../main/services/settings/settings-backend');
    expect(new SettingsService(new FileSettingsBackend(dir)).get()).toEqual(service.get());
    expect(new SettingsService(new ElectronSettingsBackend(dir)).get()).toEqual(service.get());
  });
});
