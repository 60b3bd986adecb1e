import type { Handlers } from '../../shared/ipc/handlers';
import type { SettingsService } from '../services/settings/settings-service';

export type SettingsMethodName =
  'settings.get' | 'settings.setPreferences' | 'recent.list' | 'recent.remove';

/** The settings and recent-workspace methods of the contract, over one SettingsService. */
export function createSettingsHandlers(settings: SettingsService): Handlers<SettingsMethodName> {
  return {
    'settings.get': () => Promise.resolve(settings.get()),
    'settings.setPreferences': ({ preferences }) =>
      Promise.resolve(settings.setPreferences(preferences)),
    'recent.list': () => settings.listRecent(),
    'recent.remove': ({ path }) => settings.removeRecent(path),
  };
}
