import type { Handlers } from '../../shared/ipc/handlers';
import type { frameworkMethods, PackSummary } from '../../shared/ipc/methods/framework-methods';
import type { FrameworkPack } from '../../shared/etom/pack-model';
import { BUILT_IN_PACKS, getBuiltInPack } from '../../shared/etom/registry';
import { importFrameworkWorkbook } from '../services/framework/framework-import';
import { listUserPackFiles, loadUserPack } from '../services/framework/framework-pack-store';

/** The wire names of the framework library's host methods. */
export type FrameworkMethodName = (typeof frameworkMethods)[keyof typeof frameworkMethods]['name'];

export interface FrameworkHandlerOptions {
  /** The per-user folder; user packs go in its `packs/` folder. */
  appDataDir: string;
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
  return {
    'framework.importWorkbook': (args) =>
      importFrameworkWorkbook({
        appDataDir,
        path: args.path,
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
