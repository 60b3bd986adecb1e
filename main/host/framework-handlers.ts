import type { Handlers } from '../../shared/ipc/handlers';
import type { frameworkMethods, PackSummary } from '../../shared/ipc/methods/framework-methods';
import type { FrameworkPack } from '../../shared/etom/pack-model';
import { BUILT_IN_PACKS, getBuiltInPack } from '../../shared/etom/registry';
import { importFrameworkWorkbook } from '../services/framework/framework-import';
import { listUserPackFiles, loadUserPack } from '../services/framework/framework-pack-store';
import { typedPaths, type PathAccess } from './path-access';

/** The wire names of the framework library's host methods (not the workbook picker). */
export type FrameworkMethodName = Exclude<
  (typeof frameworkMethods)[keyof typeof frameworkMethods]['name'],
  'dialog.pickWorkbook'
>;

export interface FrameworkHandlerOptions {
  /** The per-user folder; user packs go in its `packs/` folder. */
  appDataDir: string;
  /** How the workbook the renderer names becomes a path; typed paths by default. */
  paths?: PathAccess;
}

function summarise(pack: FrameworkPack, extra: Partial<PackSummary> = {}): PackSummary {
  const { processes, ...info } = pack;
  const countsByLevel: Record<string, number> = {};
  for (const process of processes) {
    countsByLevel[process.level] = (countsByLevel[process.level] ?? 0) + 1;
  }
  return {
    ...info,
    processCount: processes.length,
    countsByLevel,
    hasDescriptions: processes.some(
      (process) =>
        process.briefDescription !== undefined || process.extendedDescription !== undefined,
    ),
    ...extra,
  };
}

/** The framework library's host methods: workbook import and the list of packs. */
export function createFrameworkHandlers(
  options: FrameworkHandlerOptions,
): Handlers<FrameworkMethodName> {
  const { appDataDir } = options;
  const paths = options.paths ?? typedPaths;
  return {
    'framework.importWorkbook': async (args) =>
      importFrameworkWorkbook({
        appDataDir,
        path: await paths.resolve(args, 'import'),
        ...(args.packId === undefined ? {} : { packId: args.packId }),
        ...(args.label === undefined ? {} : { label: args.label }),
      }),
    'framework.listPacks': async () => {
      const builtIn = BUILT_IN_PACKS.map((info) => getBuiltInPack(info.id))
        .filter((pack) => pack !== undefined)
        .map((pack) => summarise(pack));
      const { files, problems } = await listUserPackFiles(appDataDir);
      const user = files.map((file) =>
        summarise(file.pack, { importedAt: file.importedAt, importedFrom: file.importedFrom }),
      );
      return { packs: [...builtIn, ...user], problems };
    },
    'framework.loadUserPack': ({ packId }) => loadUserPack(appDataDir, packId),
  };
}
