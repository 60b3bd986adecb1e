import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['main', 'renderer', 'shared', 'electron.vite.config.ts', 'package.json'];
const OUTPUTS = ['out/main/browser-host.js', 'out/renderer/index.html'];

/** The newest modification time under a file or folder (0 when it is missing). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/**
 * Builds the app with electron-vite when out/ is missing or older than any source, so the
 * browser benchmark measures the code in the working tree. Returns a line saying what it did,
 * or throws with the build's output when the build fails.
 */
export function ensureBuilt(): string {
  const built = Math.min(...OUTPUTS.map((path) => (existsSync(path) ? statSync(path).mtimeMs : 0)));
  const sources = Math.max(...SOURCES.map(newest));
  if (built > 0 && built >= sources) return 'build: out/ is up to date';
  const result = spawnSync('npx', ['electron-vite', 'build'], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`electron-vite build failed:\n${result.stdout}\n${result.stderr}`);
  }
  return `build: out/ was ${built > 0 ? 'stale' : 'missing'}, rebuilt with electron-vite`;
}
