import type { FrameworkPack } from '../../shared/etom/pack-model';
import { BUILT_IN_PACKS, getBuiltInPack } from '../../shared/etom/registry';
import { HostFailure } from '../../shared/ipc/errors';
import { appDataDir } from '../services/app/app-data';
import { listUserPackFiles, loadUserPack } from '../services/framework/framework-pack-store';
import { CliUsageError, type CliIo } from './cli-io';

/**
 * A built-in pack, or a user pack imported from a licensed workbook (from the app-data
 * folder). An unknown id is a usage error that lists the known ones.
 */
export async function findPack(packId: string, io: CliIo): Promise<FrameworkPack> {
  const builtIn = getBuiltInPack(packId);
  if (builtIn !== undefined) return builtIn;
  const dataDir = appDataDir(io.env);
  try {
    return await loadUserPack(dataDir, packId);
  } catch (error) {
    if (
      !(error instanceof HostFailure) ||
      error.error.code === 'NOT_FOUND' ||
      error.error.code === 'INVALID_ARGUMENT'
    ) {
      const user = await listUserPackFiles(dataDir).catch(() => ({ files: [] }));
      const known = [
        ...BUILT_IN_PACKS.map((info) => info.id),
        ...user.files.map((file) => file.pack.id),
      ];
      throw new CliUsageError(
        `unknown framework pack "${packId}". Known packs: ${known.join(', ')}`,
      );
    }
    throw error;
  }
}

const described = (pack: FrameworkPack): boolean =>
  pack.processes.some((p) => Boolean(p.briefDescription || p.extendedDescription));

/**
 * The pack whose descriptions serve `pack`: itself when imported with descriptions, else an
 * imported pack of the same release (a licensed GB921 v25.5 workbook describes the built-in
 * GB921 v25.5 processes, whose ids are the same), else none. Unreadable user packs are skipped.
 */
export async function descriptionPackFor(
  pack: FrameworkPack,
  io: CliIo,
): Promise<FrameworkPack | undefined> {
  if (described(pack)) return pack;
  if (pack.reconstructed) return undefined;
  const user = await listUserPackFiles(appDataDir(io.env)).catch(() => ({ files: [] }));
  return user.files
    .map((file) => file.pack)
    .find(
      (candidate) =>
        candidate.release === pack.release && !candidate.reconstructed && described(candidate),
    );
}
