import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * What Electronegativity scans: the app's own source and its package.json (which gives the
 * Electron version the checks assume). Not node_modules, the build output in out/ (bundled
 * libraries, and stale or missing depending on the last build), tests or scripts.
 */
export const SCAN_TARGETS = ['package.json', 'main', 'renderer', 'shared'] as const;

/** A file the tool could not parse; a file it cannot parse is a file it did not check. */
export interface ScanError {
  file: string;
  message: string;
  /** The tool's own word: a warning it could live with (true) or a failed parse (false). */
  tolerable: boolean;
}

export interface ScanResult {
  /** e.g. "@doyensec/electronegativity 1.10.3". */
  tool: string;
  scanned: string[];
  errors: ScanError[];
}

/** The options of Electronegativity's programmatic `run` that the gate uses. */
interface RunOptions {
  input: string;
  output: string;
  isSarif: boolean;
  customScan: string[];
  excludeFromScan: string[];
  isRelative: boolean;
  isVerbose: boolean;
  parserPlugins: string[];
}
type Run = (options: RunOptions) => Promise<{ errors: ScanError[] }>;

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));

/**
 * The tool fetches updated translations (on every run) and Electron's release list from the
 * internet; offline each fetch retries for about 3 s before the tool falls back to its bundled
 * texts. The gate is offline by design, so the HTTP client the tool loads (`got`, which its
 * compiled code reads as `got.default` at each call) fails at once instead, and the tool takes
 * the same fallback without the wait. Electron's currency is not this gate's job (npm audit and
 * H.35 are), so the release-list check is also excluded below: its result would depend on the
 * network and on a cache in the temp folder.
 */
function loadOfflineRunner(): Run {
  const toolRequire = createRequire(path.join(packageDir, 'package.json'));
  const got = toolRequire('got') as { default: unknown };
  const offline = (): Promise<never> =>
    Promise.reject(new Error('the Electronegativity gate makes no network requests'));
  got.default = Object.assign(offline, { head: offline });
  return toolRequire(path.join(packageDir, 'dist', 'runner.js')) as Run;
}

/** The line the tool prints when its translation fetch fails: expected here, so not shown. */
const OFFLINE_NOTICE = 'Could not retrieve updated translations for the current locale';

async function withoutOfflineNotice<T>(action: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (args[0] !== OFFLINE_NOTICE) log(...args);
  };
  try {
    return await action();
  } finally {
    console.log = log;
  }
}

/** The tool writes its SARIF with a callback it does not wait for: wait until it is whole. */
async function waitForJson(file: string, deadlineMs = 15_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      JSON.parse(await readFile(file, 'utf8'));
      return;
    } catch (error) {
      if (Date.now() - started > deadlineMs) {
        throw new Error(`Electronegativity did not write ${file}: ${String(error)}`);
      }
      await sleep(20);
    }
  }
}

/**
 * Runs Electronegativity over `SCAN_TARGETS` of `root` in one scan (its global checks, such as
 * "no navigation limit anywhere", need every file at once) and writes its SARIF to
 * `sarifFile`. The targets are copied into a temporary folder first, because the tool scans a
 * whole directory and cannot exclude node_modules' siblings (out/, tests/, .runtime/).
 */
export async function scanWithElectronegativity(
  root: string,
  sarifFile: string,
): Promise<ScanResult> {
  const version = (
    JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const stage = await mkdtemp(path.join(tmpdir(), 'etom-eneg-'));
  try {
    const scanned = SCAN_TARGETS.filter((target) => existsSync(path.join(root, target)));
    for (const target of scanned) {
      await cp(path.join(root, target), path.join(stage, target), {
        recursive: true,
        filter: (source) => !source.split(path.sep).includes('node_modules'),
      });
    }
    // An older SARIF at the same path must not pass for this run's.
    await rm(sarifFile, { force: true });
    const run = loadOfflineRunner();
    const { errors } = await withoutOfflineNotice(() =>
      run({
        input: stage,
        output: sarifFile,
        isSarif: true,
        customScan: [],
        excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
        isRelative: true,
        isVerbose: false,
        parserPlugins: [],
      }),
    );
    await waitForJson(sarifFile);
    return {
      tool: `@doyensec/electronegativity ${version}`,
      scanned,
      errors: errors.map((error) => ({ ...error, file: path.relative(stage, error.file) })),
    };
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}
