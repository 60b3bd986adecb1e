#!/usr/bin/env node
// `npm start`: build, then open the desktop app; where Electron's binary is not installed (an
// offline install, a proxy that blocks its download, CI) say so in one line and open the same
// editor in the browser instead. `--browser` goes straight to the browser mode.
// Other arguments (e.g. a workspace folder) are passed on to the app, which runs in the folder
// `npm start` was typed in (npm itself moves to the project's folder and says where it was in
// INIT_CWD), so a relative workspace folder means what the user meant. No dependencies.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';
import { ensureNode22 } from './node-runtime.mjs';

ensureNode22(import.meta.url);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const browserOnly = args.includes('--browser');
const skipBuild = args.includes('--no-build');
const passOn = args.filter((arg) => arg !== '--browser' && arg !== '--no-build');
const userCwd = process.env.INIT_CWD || process.cwd();

function build() {
  // Always build: a full build takes a few seconds and can never serve a stale app.
  const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [bin, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('eTOM Studio could not be built; see the messages above.');
    process.exit(result.status ?? 1);
  }
}

function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: userCwd, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

function startBrowser() {
  run(process.execPath, [join(root, 'out', 'main', 'browser-host.js'), '--open', ...passOn]);
}

if (!skipBuild) build();
const electron = browserOnly ? null : electronBinary(root);
if (browserOnly) {
  startBrowser();
} else if (electron === null) {
  console.log(
    "Electron's binary is not installed (offline install); opening eTOM Studio in your browser instead.",
  );
  startBrowser();
} else {
  const env = { ...process.env };
  // A shell that sets this would make Electron run as plain Node and never open a window.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = run(electron, [root, ...passOn], env);
  child.on('error', (error) => {
    console.log(
      `Electron could not start (${error.message}); opening eTOM Studio in your browser instead.`,
    );
    startBrowser();
  });
}
