import type { Handlers } from '../../shared/ipc/handlers';
import { writeCatalogueFile } from '../services/catalogue/catalogue-export';
import { readTableFile } from '../services/catalogue/table-file';
import { typedPaths, type PathAccess } from './path-access';

/**
 * `catalogue.readTable` and `catalogue.export`: the company process catalogue's files, at the
 * places the renderer names (typed paths in the browser host; references in the desktop app).
 */
export function createCatalogueHandlers(
  paths: PathAccess = typedPaths,
): Handlers<'catalogue.readTable' | 'catalogue.export'> {
  return {
    'catalogue.readTable': async (args) => readTableFile(await paths.resolve(args, 'import')),
    'catalogue.export': async (args) => {
      const path = await paths.resolve(args, `export-${args.format}`);
      const bytes = await writeCatalogueFile(path, args.processes, args.format, args.overwrite);
      return { path, bytes };
    },
  };
}
