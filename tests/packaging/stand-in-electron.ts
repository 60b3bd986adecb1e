import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';

/** Electron's fuse wire marker, as @electron/fuses looks for it in the binary. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron's own fuse wire as it ships (wire version 1, eight fuses): RunAsNode on, cookie
 * encryption off, NODE_OPTIONS on, --inspect on, asar integrity off, only-asar off,
 * browser-specific snapshot off, file:// privileges on. The packaging must flip seven of them.
 */
const SHIPPED_WIRE = '10110001';

/**
 * THE ONE MOCKED SEAM: Electron's binary cannot be downloaded here, so electron-builder packs a
 * stand-in "unpacked Electron" folder (`electronDist`). Its executable is a shell script that
 * carries Electron's fuse wire, so electron-builder's real fuse step flips it and the result can
 * be read back; everything else (file selection, asar, resources) is electron-builder's own work.
 */
export async function standInElectron(folder: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in for the Electron binary"\nexit 0\n'),
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, SHIPPED_WIRE.length]),
    Buffer.from(SHIPPED_WIRE, 'latin1'),
  ]);
  await writeFile(path.join(folder, 'electron'), binary, { mode: 0o755 });
  await writeFile(path.join(folder, 'version'), 'stand-in');
  return folder;
}
