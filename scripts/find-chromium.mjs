// Finds a Chromium for the end-to-end tests: Playwright's own where it was downloaded, else the
// system's (Debian's `chromium` package gives /usr/bin/chromium). Where there is none, one try at
// `playwright install chromium`; where that download is blocked too, null. No dependencies
// beyond what `npm ci` installed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function playwrightChromium(root) {
  try {
    const { chromium } = createRequire(join(root, 'package.json'))('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function systemChromium() {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of SYSTEM_NAMES) {
      const path = join(dir, name);
      if (dir && existsSync(path)) return path;
    }
  }
  return null;
}

/** The path of a Chromium to drive, or null (after one attempt to download Playwright's). */
export function findChromium(root) {
  const explicit = process.env.ETOM_CHROMIUM;
  if (explicit && existsSync(explicit)) return explicit;
  const found = playwrightChromium(root) ?? systemChromium();
  if (found) return found;
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const install = spawnSync(npx, ['playwright', 'install', 'chromium'], {
    cwd: root,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  return install.status === 0 ? playwrightChromium(root) : null;
}

export const NO_CHROMIUM_MESSAGE =
  'No Chromium for the end-to-end tests and Playwright could not download one: install it ' +
  '(Debian/Ubuntu: apt-get install chromium) or set ETOM_CHROMIUM to a Chrome or Chromium binary.';
