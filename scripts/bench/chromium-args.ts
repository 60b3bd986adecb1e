/**
 * The Chromium flags of every browser run here (end-to-end tests and benchmarks): software
 * rendering, no sandbox (containers), nothing fetched from the network, no first-run work.
 */
export const BROWSER_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium flags of every browser benchmark: headless, and the flags above. */
export const CHROMIUM_ARGS = ['--headless=new', ...BROWSER_FLAGS];
