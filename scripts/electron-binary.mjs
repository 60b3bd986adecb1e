// Where the Electron binary is, or null where it was never downloaded, found without
// requiring the electron package: since Electron 42 requiring it without its binary starts a
// download (which fails offline, after printing a stack trace). No dependencies.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Electron executable under `<root>/node_modules/electron`, or null when it is absent. */
export function electronBinary(root) {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const binary = join(packageDir, 'dist', relative);
  return relative !== '' && existsSync(binary) ? binary : null;
}
