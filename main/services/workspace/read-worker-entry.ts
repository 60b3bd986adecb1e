import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Esbuild from 'esbuild';

/** Where the read worker's code is. */
export interface WorkerEntry {
  url: URL;
}

const NAME = 'read-worker';
/**
 * esbuild is a development tool, used only when running from source; named through a
 * variable so that the production bundler leaves it out of the build.
 */
const ESBUILD = 'esbuild';

/**
 * Finds the read worker for the way this code runs:
 * - built by electron-vite: `read-worker.js`, an entry of its own at the root of `out/main`
 *   (see electron.vite.config.ts), while this code sits in `out/main` or `out/main/chunks`;
 * - from source (vitest, or the CLI through tsx): `read-worker.ts` next to this file, bundled
 *   by esbuild into one module under `node_modules/.cache`, rebuilt only when a source file
 *   it holds changes. (Running the worker through tsx's loader works too, but starting it
 *   takes seconds: every module goes through the loader thread.)
 */
export async function readWorkerEntry(): Promise<WorkerEntry> {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return { url: await sourceBundle(fileURLToPath(here)) };
  for (const candidate of [`./${NAME}.js`, `../${NAME}.js`]) {
    const url = new URL(candidate, here);
    if (existsSync(url)) return { url };
  }
  throw new Error(`The read worker (${NAME}.js) is missing from the build next to ${here}.`);
}

interface BundleRecord {
  /** SHA-256 of the contents of every source file in the bundle, in order. */
  inputsHash: string;
  inputs: string[];
}

async function hashFiles(files: readonly string[]): Promise<string | null> {
  const hash = createHash('sha256');
  for (const file of files) {
    const bytes = await readFile(file).catch(() => null);
    if (bytes === null) return null;
    hash.update(file).update('\0').update(bytes);
  }
  return hash.digest('hex');
}

let building: Promise<URL> | null = null;

/** The dev bundle of the worker: reused while its sources are unchanged, else rebuilt. */
function sourceBundle(thisFile: string): Promise<URL> {
  building ??= buildSourceBundle(thisFile).finally(() => {
    building = null;
  });
  return building;
}

async function buildSourceBundle(thisFile: string): Promise<URL> {
  const projectRoot = path.resolve(path.dirname(thisFile), '..', '..', '..');
  const entry = path.join(path.dirname(thisFile), `${NAME}.ts`);
  // Inside the project, so that the bundle's imports of packages (zod) resolve as usual.
  const cacheDir = path.join(projectRoot, 'node_modules', '.cache', 'etom-studio');
  const out = path.join(cacheDir, `${NAME}.mjs`);
  const recordFile = `${out}.json`;
  const record = await readFile(recordFile, 'utf8')
    .then((text) => JSON.parse(text) as BundleRecord)
    .catch(() => null);
  if (record && existsSync(out) && (await hashFiles(record.inputs)) === record.inputsHash) {
    return pathToFileURL(out);
  }
  const { build } = (await import(ESBUILD)) as typeof Esbuild;
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    write: false,
    metafile: true,
    outfile: out,
    absWorkingDir: projectRoot,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error(`esbuild produced no bundle for ${entry}`);
  const inputs = Object.keys(result.metafile.inputs).map((input) =>
    path.resolve(projectRoot, input),
  );
  const inputsHash = (await hashFiles(inputs)) ?? '';
  await mkdir(cacheDir, { recursive: true });
  // Several test processes may build at once: each writes its own temp, then renames.
  const temp = `${out}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, code);
  await rename(temp, out);
  await writeFile(`${recordFile}.${process.pid}.tmp`, JSON.stringify({ inputsHash, inputs }));
  await rename(`${recordFile}.${process.pid}.tmp`, recordFile);
  return pathToFileURL(out);
}
