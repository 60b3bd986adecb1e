import { basename } from 'node:path';
import type { Handlers } from '../../shared/ipc/handlers';
import { readBundleFile, writeBundleFile } from '../services/bundle/bundle-file';
import { typedPaths, type PathAccess } from './path-access';

/**
 * `bundle.read` and `bundle.write`: portable bundles at the places the renderer names (typed
 * paths in the browser host; a dialog's answer for that one use in the desktop app).
 */
export function createBundleHandlers(
  paths: PathAccess = typedPaths,
): Handlers<'bundle.read' | 'bundle.write'> {
  return {
    'bundle.read': async (args) => {
      const file = await paths.resolve(args, 'import');
      const bundle = await readBundleFile(file);
      return { name: basename(file), bundle };
    },
    'bundle.write': async (args) => {
      const path = await paths.resolve(args, 'export-json');
      const bytes = await writeBundleFile(path, args.bundle, args.overwrite === true);
      return { path, bytes };
    },
  };
}
