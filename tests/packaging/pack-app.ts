import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '../..');
const exec = promisify(execFile);

/** The app folder electron-builder `--dir` made, and where its executable and fuse wire are. */
export interface PackedApp {
  /** `linux-unpacked`, `win-unpacked`, `mac-arm64`...: the folder the installers wrap. */
  folder: string;
  executable: string;
  /** What `getCurrentFuseWire` reads: the executable, or on macOS the `.app` bundle. */
  fuseTarget: string;
}

const PRODUCT = 'eTOM Studio';

/**
 * Packs the built app (`out/`, from `npm run build`) with electron-builder.yml as an unpacked
 * folder (`--dir`) into `output`, on the Electron found in `electronDist` (the real one where it
 * was downloaded, a stand-in in the packaging suite). No signing, no publishing.
 */
export async function packApp(
  electronDist: string,
  output: string,
  platform: NodeJS.Platform = process.platform,
): Promise<PackedApp> {
  const target =
    platform === 'darwin'
      ? ['--mac', 'dir', `--${process.arch}`]
      : platform === 'win32'
        ? ['--win', 'dir']
        : ['--linux', 'dir'];
  await exec(
    path.join(ROOT, 'node_modules/.bin/electron-builder'),
    [...target, `--config.electronDist=${electronDist}`, `--config.directories.output=${output}`],
    {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, CI: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
      shell: process.platform === 'win32',
    },
  );
  const made = (await readdir(output, { withFileTypes: true })).find(
    (entry) => entry.isDirectory() && /^(linux|win)(-\w+)?-unpacked$|^mac/.test(entry.name),
  );
  if (made === undefined) throw new Error(`electron-builder made no app folder in ${output}`);
  const folder = path.join(output, made.name);
  if (platform === 'darwin') {
    const bundle = path.join(folder, `${PRODUCT}.app`);
    return { folder, executable: path.join(bundle, 'Contents/MacOS', PRODUCT), fuseTarget: bundle };
  }
  const executable = path.join(folder, platform === 'win32' ? `${PRODUCT}.exe` : 'etom-studio');
  return { folder, executable, fuseTarget: executable };
}
