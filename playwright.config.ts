import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromium } from '@playwright/test';
import { BROWSER_FLAGS } from './scripts/bench/chromium-args';

// `npm test` finds a Chromium (scripts/find-chromium.mjs) and passes it in ETOM_CHROMIUM;
// run directly, Playwright's own Chromium is used where downloaded, else Debian's.
const bundled = (() => {
  try {
    return chromium.executablePath();
  } catch {
    return '';
  }
})();
const executablePath =
  process.env.ETOM_CHROMIUM || (bundled && existsSync(bundled) ? undefined : '/usr/bin/chromium');

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    viewport: { width: 1400, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      // Playwright sets headless itself; the rest are the benchmarks' flags.
      args: BROWSER_FLAGS,
    },
  },
});
