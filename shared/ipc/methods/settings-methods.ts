import { z } from 'zod';
import { method } from '../define';
import { preferencesSchema, type Settings } from '../../model/settings-schema';
import { PLACE_REQUIRED, hasPlace, placeFields } from '../path-ref';

export interface RecentWorkspace {
  path: string;
  /** The host's reference to the folder, where it works with references (see path-ref.ts). */
  ref?: string;
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
    z.strictObject({ ...placeFields }).refine(hasPlace, PLACE_REQUIRED),
  ),
} as const;
