import { resolve } from 'node:path';

/** What the browser host was asked to do on its command line. */
export interface BrowserHostArgs {
  port: number;
  open: boolean;
  dataDir: string | null;
  /** The renderer build to serve; null: the one built next to the host (out/renderer). */
  rendererDir: string | null;
  /** The workspace folder to open (or bundle to import) when the page loads, absolute; null: none. */
  workspace: string | null;
}

export const BROWSER_HOST_USAGE =
  'Usage: browser-host [--port N] [--open] [--data-dir FOLDER] [--renderer-dir FOLDER] [WORKSPACE]\n' +
  '  --port N           listen on 127.0.0.1:N (default: a free port, or $ETOM_STUDIO_PORT)\n' +
  '  --open             open the editor in the default browser\n' +
  '  --data-dir FOLDER  keep settings and journals in FOLDER (or $ETOM_STUDIO_DATA_DIR)\n' +
  '  --renderer-dir FOLDER  serve the editor build in FOLDER (default: out/renderer)\n' +
  '  WORKSPACE          a workspace folder to open, or a bundle (*.etom.json) to import (after `--` if its name starts with -)';

/**
 * Parses `--port N`, `--open`, `--data-dir DIR`, `--renderer-dir DIR` (also `--port=N`) and
 * one workspace folder, resolved against `cwd` as the desktop app does (startup-args.ts);
 * throws on anything else.
 */
export function parseBrowserHostArgs(
  argv: ReadonlyArray<string>,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): BrowserHostArgs {
  const result: BrowserHostArgs = {
    port: parsePort(env.ETOM_STUDIO_PORT ?? '0'),
    open: false,
    dataDir: null,
    rendererDir: null,
    workspace: null,
  };
  const folder = (arg: string): void => {
    if (result.workspace !== null) {
      throw new Error(`Only one workspace folder can be opened; got a second one: ${arg}`);
    }
    result.workspace = resolve(cwd, arg);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      argv.slice(i + 1).forEach(folder);
      break;
    }
    if (arg !== '' && !arg.startsWith('-')) {
      folder(arg);
      continue;
    }
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new Error(`${flag} needs a value.`);
      return next;
    };
    if (flag === '--open') result.open = true;
    else if (flag === '--port') result.port = parsePort(value());
    else if (flag === '--data-dir') result.dataDir = value();
    else if (flag === '--renderer-dir') result.rendererDir = value();
    else throw new Error(`Unknown option: ${arg}`);
  }
  return result;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) throw new Error(`Not a port number: ${text}`);
  return port;
}
