import type { Handlers } from '../../shared/ipc/handlers';
import type { RecentWorkspace } from '../../shared/ipc/methods/settings-methods';
import type { SettingsService } from '../services/settings/settings-service';
import { typedPaths, type PathAccess } from './path-access';

export type SettingsMethodName =
  'settings.get' | 'settings.setPreferences' | 'recent.list' | 'recent.remove';

/**
 * The settings and recent-workspace methods of the contract, over one SettingsService. Recent
 * entries go out with the references `paths` gives them, and come back as places.
 */
export function createSettingsHandlers(
  settings: SettingsService,
  paths: PathAccess = typedPaths,
): Handlers<SettingsMethodName> {
  const offered = (recent: RecentWorkspace[]): RecentWorkspace[] => {
    const places = paths.offerRecent(recent.map((entry) => entry.path));
    return recent.map((entry, i) => ({ ...entry, ...places[i] }));
  };
  return {
    'settings.get': () => Promise.resolve(settings.get()),
    'settings.setPreferences': ({ preferences }) =>
      Promise.resolve(settings.setPreferences(preferences)),
    'recent.list': async () => offered(await settings.listRecent()),
    'recent.remove': async (place) =>
      offered(await settings.removeRecent(await paths.resolve(place, 'forget'))),
  };
}
