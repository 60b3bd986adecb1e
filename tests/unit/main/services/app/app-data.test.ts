import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { APP_DATA_ENV, appDataDir } from '../../../../../main/services/app/app-data';

describe('appDataDir', () => {
  const home = '/home/ana';

  it('uses the override from the environment on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(appDataDir({ [APP_DATA_ENV]: '/tmp/x' }, platform, home)).toBe('/tmp/x');
    }
  });

  it('follows XDG_CONFIG_HOME on Linux and falls back to ~/.config', () => {
    expect(appDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', home)).toBe('/cfg/etom-studio');
    expect(appDataDir({}, 'linux', home)).toBe(join(home, '.config', 'etom-studio'));
    expect(appDataDir({ XDG_CONFIG_HOME: '' }, 'linux', home)).toBe(
      join(home, '.config', 'etom-studio'),
    );
  });

  it('uses Application Support on macOS and APPDATA on Windows', () => {
    expect(appDataDir({}, 'darwin', home)).toBe(
      join(home, 'Library', 'Application Support', 'eTOM Studio'),
    );
    expect(appDataDir({ APPDATA: 'C:/Users/ana/AppData/Roaming' }, 'win32', home)).toBe(
      join('C:/Users/ana/AppData/Roaming', 'eTOM Studio'),
    );
  });
});
