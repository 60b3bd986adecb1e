import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appDataDir } from '../services/app/app-data';
import { defaultSampleDir } from '../services/workspace/sample-workspace';
import { startBrowserHost } from './browser-host';
import { BROWSER_HOST_USAGE, parseBrowserHostArgs } from './cli-args';
import { LAUNCH_CODE_LIFETIME } from './launch-codes';
import { LaunchLinkOpener } from './open-launch-link';

// Built to out/main/browser-host.js; the renderer build sits next to it in out/renderer.
const builtRendererDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
// out/main/browser-host.js (or main/browser-host/index.ts from source): the project's assets.
const sampleDir = defaultSampleDir(import.meta.url);

/** Longest a clean stop may take (the server's grace for requests in flight is 2 s). */
const STOP_DEADLINE_MS = 10_000;

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
  const dataDir = args.dataDir ?? appDataDir();
  const opener = new LaunchLinkOpener();
  const host = await startBrowserHost({
    rendererDir: args.rendererDir ?? builtRendererDir,
    appDataDir: dataDir,
    port: args.port,
    startupWorkspace: args.workspace,
    sampleDir,
    signIn: {
      announce: (url) =>
        console.log(`A browser asked for eTOM Studio without signing in. If it was you: ${url}`),
      onSignedIn: () => void opener.forget(),
    },
  });
  if (host.madeDataPrivate) console.log(`Closed ${dataDir} to other users of this computer.`);
  // The launch link is the only way in; only the user who started the host sees this output.
  const launchUrl = host.launchUrl();
  console.log(
    `eTOM Studio is running. Open it with this link (it works once, within ${LAUNCH_CODE_LIFETIME}):`,
  );
  console.log(`  ${launchUrl}`);
  console.log('Keep this window open while you work; press Ctrl+C to stop.');
  if (args.open) await opener.open(dataDir, host.port, launchUrl);
  stopOnSignals(async () => {
    await opener.forget();
    await host.close();
  });
}

/**
 * Ctrl+C or SIGTERM: stop accepting, answer or end every connection, dispose the services,
 * exit 0. A terminal sends SIGINT to `npm start` and to this child alike, and npm start passes
 * its own on, so a repeated signal must not cut the clean stop short; the deadline stops a
 * shutdown that hangs.
 */
function stopOnSignals(close: () => Promise<void>): void {
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      console.error('eTOM Studio did not stop in time; exiting.');
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`eTOM Studio did not stop cleanly: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(
    `eTOM Studio could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
