import { z } from 'zod';
import { method } from '../define';
import { preferencesSchema, type Settings } from '../../model/settings-schema';

export interface RecentWorkspace {
  path: string;
  name: string;
  openedAt: string;
  /** False when the folder is gone or no longer holds a workspace. */
  exists: boolean;
}

export const settingsMethods = {
  get: method<Settings>()('settings.get', z.strictObject({})),
  setPreferences: method<Settings>()(
    'settings.setPreferences',
    z.strictObject({ preferences: preferencesSchema.partial() }),
  ),
  listRecent: method<RecentWorkspace[]>()('recent.list', z.strictObject({})),
  removeRecent: method<RecentWorkspace[]>()(
    'recent.remove',
    z.strictObject({ path: z.string().min(1).max(4096) }),
  ),
} as const;
