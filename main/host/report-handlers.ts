import { createCatalogue, type FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { Handlers } from '../../shared/ipc/handlers';
import { getBuiltInPack } from '../../shared/etom/registry';
import { loadUserPack } from '../services/framework/framework-pack-store';
import { writeDataExport } from '../services/report/data-export';
import { typedPaths, type PathAccess } from './path-access';

/** The catalogue of a built-in pack, or of a user pack imported into the app-data folder. */
async function catalogueOf(appDataDir: string, packId: string): Promise<FrameworkCatalogue> {
  return createCatalogue(getBuiltInPack(packId) ?? (await loadUserPack(appDataDir, packId)));
}

/**
 * `report.export`: the alignment report, the coverage and the mapping table of the workspace
 * the renderer sends, drawn here from the pack it names and written to the place the user chose
 * (a save dialog's answer for that format in the desktop app; a typed path in the browser host).
 */
export function createReportHandlers(
  appDataDir: string,
  paths: PathAccess = typedPaths,
): Handlers<'report.export'> {
  return {
    'report.export': async (args) => {
      const path = await paths.resolve(args, `export-${args.format}`);
      const catalogue = await catalogueOf(appDataDir, args.workspace.framework.pack);
      const document = {
        workspace: args.workspace,
        processes: args.processes,
        mappings: args.mappings,
        scope: args.scope,
        diagrams: [],
      };
      const written = await writeDataExport(
        path,
        { kind: args.kind, format: args.format, document, catalogue },
        args.overwrite === true,
      );
      return { path, ...written };
    },
  };
}
