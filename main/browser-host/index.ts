import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appDataDir } from '../services/app-data';
import { startBrowserHost } from './browser-host';
import { BROWSER_HOST_USAGE, parseBrowserHostArgs } from './cli-args';
import { openInBrowser } from './open-browser';

// Built to out/main/browser-host.js; the renderer build sits next to it in out/renderer.
const rendererDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');

async function main(): Promise<void> {
  let args;
  try {
    args = parseBrowserHostArgs(process.argv.slice(2));
  } catch (error) {
    console.error(
      `${error instanceof Error ? error.message : String(error)}\n${BROWSER_HOST_USAGE}`,
    );
    process.exit(2);
  }
  const host = await startBrowserHost({
    rendererDir,
    appDataDir: args.dataDir ?? appDataDir(),
    port: args.port,
  });
  console.log(`eTOM Studio is running at ${host.url}`);
  console.log('Keep this window open while you work; press Ctrl+C to stop.');
  if (args.open && !(await openInBrowser(host.url))) {
    console.log('Could not open a browser automatically; open the address above.');
  }
  const stop = (): void => {
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(
    `eTOM Studio could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
