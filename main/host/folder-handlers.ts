import type { Handlers } from '../../shared/ipc/handlers';
import { listFolders, makeFolder } from '../services/folders/folder-listing';
import { typedPaths, type PathAccess } from './path-access';

/**
 * The in-app folder browser's methods. Every folder goes through `paths` first: the browser
 * host's typed paths (behind its authentication, `~` expanded), while the desktop app's
 * references are never good for listing or making folders (its native dialog does that).
 */
export function createFolderHandlers(
  paths: PathAccess = typedPaths,
): Handlers<'folder.list' | 'folder.create'> {
  return {
    'folder.list': async (place) => listFolders(await paths.resolve(place, 'list')),
    'folder.create': async ({ name, ...place }) =>
      makeFolder(await paths.resolve(place, 'make-folder'), name),
  };
}
