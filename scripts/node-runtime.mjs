// The project runs on Node 22 LTS (22.12 or newer). Where the installed Node is older, the
// scripts bring Node 22 from the npm registry (the `node-<platform>-<arch>@22` package carries
// the official binary) into `.runtime/` and run themselves again with it, first on PATH, so
// that npm, npx and every child process use it too. No dependencies: this file runs before
// anything is installed. Its own messages go to stderr, so `--bin-dir` prints only the folder.
//
//   import { ensureNode22 } from './node-runtime.mjs';  ensureNode22(import.meta.url);
//   node scripts/node-runtime.mjs --bin-dir             prints the folder of a Node 22 binary
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIN = [22, 12];
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runtimeDir = join(root, '.runtime');

/** True when `version` ("22.23.5") is at least Node 22.12. */
export function isSupported(version) {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > MIN[0] || (major === MIN[0] && minor >= MIN[1]);
}

function packageName() {
  const platform = { linux: 'linux', darwin: 'darwin', win32: 'win' }[process.platform];
  return platform ? `node-${platform}-${process.arch}` : null;
}

function binaryPath(name) {
  const pkg = join(runtimeDir, 'node_modules', name);
  return process.platform === 'win32' ? join(pkg, 'bin', 'node.exe') : join(pkg, 'bin', 'node');
}

function versionOf(binary) {
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim().replace(/^v/, '') : null;
}

/** The path of a Node 22 binary under `.runtime/`, installing it from the registry if needed. */
export function node22Binary() {
  const name = packageName();
  if (name === null) {
    throw new Error(`no Node 22 package for ${process.platform}; install Node 22.12 or newer`);
  }
  const binary = binaryPath(name);
  const have = existsSync(binary) ? versionOf(binary) : null;
  if (have !== null && isSupported(have)) return binary;

  console.error(`Node ${process.versions.node} is older than 22.12; fetching Node 22 (${name})…`);
  mkdirSync(runtimeDir, { recursive: true });
  // A package.json of its own keeps this install apart from the project's dependencies.
  writeFileSync(join(runtimeDir, 'package.json'), '{ "private": true }\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(
    npm,
    ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', `${name}@22`],
    { cwd: runtimeDir, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' },
  );
  const got = result.status === 0 && existsSync(binary) ? versionOf(binary) : null;
  if (got === null || !isSupported(got)) {
    throw new Error(`could not install ${name}@22 from the npm registry`);
  }
  console.error(`Using Node ${got} from .runtime/.`);
  return binary;
}

/**
 * Runs the calling script again under Node 22 when this Node is older, and exits with its
 * status; returns at once when this Node is new enough.
 */
export function ensureNode22(scriptUrl) {
  if (isSupported(process.versions.node)) return;
  let binary;
  try {
    binary = node22Binary();
  } catch (error) {
    console.error(`eTOM Studio needs Node 22.12 or newer: ${error.message}.`);
    process.exit(1);
  }
  const env = { ...process.env, PATH: `${dirname(binary)}${delimiter}${process.env.PATH ?? ''}` };
  const result = spawnSync(binary, [fileURLToPath(scriptUrl), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env,
  });
  process.exit(result.status ?? 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--bin-dir') {
  try {
    console.log(dirname(isSupported(process.versions.node) ? process.execPath : node22Binary()));
  } catch (error) {
    console.error(`eTOM Studio needs Node 22.12 or newer: ${error.message}.`);
    process.exit(1);
  }
}
