/**
 * `npm run docs:screenshots`: draws the user guide's pictures (`docs/images/`) from the sample
 * workspace, in the light and the dark theme, in headless Chromium against the built browser
 * host, so they are redrawn whenever the UI changes. Needs a build (`npm run build`, done here
 * when out/ is older than the sources) and Chromium (`ETOM_CHROMIUM`, or /usr/bin/chromium).
 */
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startHost } from '../tests/e2e/support/browser-host';
import { ensureBuilt } from './bench/built-app';
import { findChromium } from './find-chromium.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'docs/images');
const VIEWPORT = { width: 1440, height: 900 };

/** Runs the action labelled exactly `label` from the command palette, as a keyboard user would. */
async function runCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Command' }).fill(label);
  await page
    .getByRole('option')
    .filter({ has: page.locator('.palette-label').getByText(label, { exact: true }) })
    .click();
}

/** Waits for fonts and two frames, so a picture is taken of a settled page. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  await page.waitForTimeout(300);
}

/** The view at its widest, as one works in it: the diagram list and the library folded away. */
async function foldSidePanels(page: Page): Promise<void> {
  await runCommand(page, 'Show or hide the library');
  await runCommand(page, 'Show or hide the diagram list');
}

/** Opens a diagram from the diagram list and waits for its first node. */
async function openDiagram(page: Page, name: string): Promise<void> {
  await page
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .first()
    .click();
  await page.locator('.react-flow__node').first().waitFor();
}

interface Shot {
  name: string;
  /** Brings the view on screen, from the workspace as opened. */
  show: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  {
    name: 'framework-map',
    show: async (page) => {
      await runCommand(page, 'Framework map');
      await page.getByRole('tab', { name: /Framework map/ }).waitFor();
    },
  },
  {
    name: 'diagram',
    show: async (page) => {
      await openDiagram(page, 'Order to activate');
      await foldSidePanels(page);
      await runCommand(page, 'Fit diagram');
    },
  },
  {
    name: 'mapping-table',
    show: async (page) => {
      await foldSidePanels(page);
      await runCommand(page, 'Mapping table');
      await page.getByRole('grid').first().waitFor();
    },
  },
  {
    name: 'heat-map',
    show: async (page) => {
      await foldSidePanels(page);
      await runCommand(page, 'Coverage heat map');
      await page.waitForFunction(
        () => performance.getEntriesByName('etom:heatmap-paint').length > 0,
      );
    },
  },
  {
    name: 'coverage',
    show: async (page) => {
      await foldSidePanels(page);
      await runCommand(page, 'Coverage: gaps, overlaps, extensions');
    },
  },
  {
    name: 'export-diagram',
    show: async (page) => {
      await openDiagram(page, 'Order to activate');
      await runCommand(page, 'Export diagram…');
      await page.getByRole('dialog').first().waitFor();
    },
  },
];

async function main(): Promise<void> {
  console.log(ensureBuilt());
  const executablePath = findChromium(ROOT);
  if (executablePath === null) throw new Error('no Chromium found: set ETOM_CHROMIUM');
  const only = process.argv.slice(2);
  await mkdir(OUT, { recursive: true });
  const temp = await mkdtemp(path.join(tmpdir(), 'etom-docs-'));
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    for (const theme of ['light', 'dark'] as const) {
      for (const shot of SHOTS.filter((s) => only.length === 0 || only.includes(s.name))) {
        // A fresh copy each time: a picture never shows what an earlier one changed.
        const folder = path.join(
          await mkdtemp(path.join(temp, 'run-')),
          'models',
          'kestrel-telecom',
        );
        await cp(path.join(ROOT, 'assets/sample-workspace'), folder, { recursive: true });
        const host = await startHost(undefined, { args: [folder] });
        const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: theme });
        try {
          const page = await context.newPage();
          page.setDefaultTimeout(30_000);
          await host.open(page);
          await page.getByRole('main', { name: 'eTOM Studio' }).waitFor({ state: 'hidden' });
          await shot.show(page);
          await settle(page);
          const file = path.join(OUT, `${shot.name}-${theme}.png`);
          await page.screenshot({ path: file });
          console.log(`wrote ${path.relative(ROOT, file)}`);
        } finally {
          await context.close();
          await host.stop();
        }
      }
    }
  } finally {
    await browser.close();
    await rm(temp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
