#!/usr/bin/env node
// `npm run setup`: install the dependencies, then start the app (unless `--no-start`).
// Electron's binary downloads from outside the npm registry; where that is blocked, the install
// is retried without it and the app will open in the browser instead. npm's own output is kept
// back and shown only when something else went wrong. No dependencies.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNode22 } from './node-runtime.mjs';

ensureNode22(import.meta.url);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const noStart = process.argv.includes('--no-start');

function npmInstall(env = process.env) {
  const result = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    shell: process.platform === 'win32',
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

const started = Date.now();
console.log('Installing eTOM Studio’s dependencies (npm install)…');
let install = npmInstall();
if (!install.ok && /electron/i.test(install.output)) {
  console.log(
    'Electron’s download is blocked here; installing without it: eTOM Studio will open in your browser.',
  );
  install = npmInstall({ ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
}
if (!install.ok) {
  console.error(install.output.trimEnd());
  console.error('\nThe install failed; see npm’s messages above.');
  process.exit(1);
}
console.log(`Installed in ${Math.round((Date.now() - started) / 1000)} s.`);

if (noStart) {
  console.log('Start eTOM Studio with: npm start');
} else {
  const result = spawnSync(npm, ['start'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  process.exit(result.status ?? 1);
}
