#!/usr/bin/env node
// `npm run setup`: install the dependencies, then start the app (unless `--no-start`).
// Electron's binary downloads from outside the npm registry; where that is blocked, the install
// is retried without it and the app will open in the browser instead. No dependencies.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const noStart = process.argv.includes('--no-start');

function npmRun(args, env = process.env) {
  const result = spawnSync(npm, args, {
    cwd: root,
    stdio: 'inherit',
    env,
    shell: process.platform === 'win32',
  });
  return result.status === 0;
}

console.log('Installing eTOM Studio’s dependencies…');
if (!npmRun(['install', '--no-audit', '--no-fund'])) {
  console.log(
    '\nThe install failed, most likely because Electron’s download is blocked here.\n' +
      'Retrying without Electron’s binary: eTOM Studio will open in your browser instead.\n',
  );
  const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
  if (!npmRun(['install', '--no-audit', '--no-fund'], env)) {
    console.error('\nThe install failed again; see the messages above.');
    process.exit(1);
  }
}

if (noStart) {
  console.log('\nInstalled. Start eTOM Studio with: npm start');
} else if (!npmRun(['start'])) {
  process.exit(1);
}
