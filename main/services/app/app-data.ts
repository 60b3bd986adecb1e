import { homedir } from 'node:os';
import { join } from 'node:path';

/** Environment variable that moves the app-data folder (tests, e2e, portable use). */
export const APP_DATA_ENV = 'ETOM_STUDIO_DATA_DIR';

const PRODUCT_NAME = 'eTOM Studio';
const LINUX_FOLDER = 'etom-studio';

/**
 * The per-user folder for settings, journals and imported packs. Both hosts use the same
 * folder, so the browser mode and the desktop app share recent workspaces and preferences.
 */
export function appDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env[APP_DATA_ENV];
  if (override !== undefined && override !== '') return override;
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  if (platform === 'win32') {
    const roaming = env.APPDATA ?? join(home, 'AppData', 'Roaming');
    return join(roaming, PRODUCT_NAME);
  }
  const config = env.XDG_CONFIG_HOME;
  const base = config !== undefined && config !== '' ? config : join(home, '.config');
  return join(base, LINUX_FOLDER);
}
