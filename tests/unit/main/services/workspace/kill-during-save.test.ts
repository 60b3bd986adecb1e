import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, realpath, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileText } from '../../../../../shared/model/file-text';
import { WorkspaceStore } from '../../../../../main/services/workspace/workspace-store';
import { sha256 } from '../../../../../main/services/workspace/file-hash';
import { makeTempDir, writeWorkspaceFiles } from '../../../../fixtures/workspace-builder';
import { saveLoopDocuments } from '../../../../fixtures/save-loop-documents';
import { reportFigures } from '../../../../support/scorecard';

/*
 * RELIABILITY A.1: a child process saves a ~1 MB workspace file in a loop through the real
 * store; the parent SIGKILLs it 5-200 ms after it starts saving. After every kill the file must
 * be the old or the new version, whole, and the next open must sweep every orphan temp.
 * ETOM_TRIALS raises the trial count (default 50); four trials run at a time, each in its own
 * temp folders (ETOM_TRIAL_PARALLEL changes that).
 */
const TRIALS = Number(process.env.ETOM_TRIALS ?? 50);
const PARALLEL = Number(process.env.ETOM_TRIAL_PARALLEL ?? 4);
const CHILD_SOURCE = path.resolve(import.meta.dirname, '../../../../fixtures/save-loop-child.ts');
const READ_WORKER_SOURCE = path.resolve(
  import.meta.dirname,
  '../../../../../main/services/workspace/read-worker.ts',
);
/** The child bundled once, with the read worker beside it as the built app has it. */
let child: string;

let base: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const temp = await makeTempDir('etom-kill-');
  base = await realpath(temp.dir);
  cleanup = temp.cleanup;
  // Bundled once rather than run through tsx: under load, tsx took seconds to start each of the
  // hundreds of children, which made the trials' wall time.
  const out = path.join(base, 'child');
  await build({
    entryPoints: { 'save-loop-child': CHILD_SOURCE, 'read-worker': READ_WORKER_SOURCE },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outdir: out,
    logLevel: 'warning',
  });
  await writeFile(path.join(out, 'package.json'), '{ "type": "module" }\n');
  child = path.join(out, 'save-loop-child.js');
});
afterAll(() => cleanup());

const [first, second] = saveLoopDocuments();
const oldHash = sha256(fileText('processes', first.processes));
const newHash = sha256(fileText('processes', second.processes));
const versions = new Set([oldHash, newHash]);

/** Starts the child, waits for "ready", kills it after a random 5-200 ms. */
function runAndKill(root: string, appData: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const saver = spawn(process.execPath, [child, root, appData], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let delay = -1;
    saver.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    saver.stdout.on('data', (chunk: Buffer) => {
      if (delay < 0 && chunk.toString().includes('ready')) {
        delay = 5 + Math.floor(Math.random() * 196);
        setTimeout(() => saver.kill('SIGKILL'), delay);
      }
    });
    saver.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(delay);
      else reject(new Error(`the save loop ended by itself: ${stderr}`));
    });
  });
}

interface TrialResult {
  corrupt: boolean;
  /** The file held the new version: the child had saved at least once before the kill. */
  saved: boolean;
  /** Milliseconds from the child's spawn to its kill, and of the check after it. */
  childMs: number;
  checkMs: number;
  orphansFound: number;
  orphansLeft: number;
}

async function trial(index: number): Promise<TrialResult> {
  const root = path.join(base, `ws-${index}`);
  const appData = path.join(base, `app-${index}`);
  await mkdir(root);
  await writeWorkspaceFiles(root, first);
  const started = performance.now();
  await runAndKill(root, appData);
  const killed = performance.now();

  const bytes = await readFile(path.join(root, 'processes.json'));
  const saved = sha256(bytes) === newHash;
  let corrupt = !versions.has(sha256(bytes));
  try {
    JSON.parse(bytes.toString('utf8'));
  } catch {
    corrupt = true;
  }
  const temps = async (): Promise<number> =>
    (await readdir(root)).filter((name) => name.endsWith('.etom-tmp')).length;
  const orphansFound = await temps();
  // The next open sweeps, and must read a valid workspace.
  const store = new WorkspaceStore({ appDataDir: appData, log: () => undefined });
  const opened = await store.open(root);
  if (opened.document.processes.processes.length !== 1_000) corrupt = true;
  const orphansLeft = await temps();
  // Closing stops the lock's heartbeat, which would put the lock file back while the folder
  // is removed at the end.
  await store.closeAll();
  const checkMs = performance.now() - killed;
  return { corrupt, saved, childMs: killed - started, checkMs, orphansFound, orphansLeft };
}

describe('kill during save', () => {
  it(
    `leaves the old or the new file, never a broken one (${TRIALS} trials)`,
    // A hang guard, generous: on a loaded 2-core machine a trial took 15 s of wall time.
    { timeout: 60_000 + TRIALS * 15_000 },
    async () => {
      const started = performance.now();
      const results: TrialResult[] = [];
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < TRIALS) {
          const index = next;
          next += 1;
          results.push(await trial(index));
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));

      const corrupt = results.filter((r) => r.corrupt).length;
      const found = results.reduce((sum, r) => sum + r.orphansFound, 0);
      const left = results.reduce((sum, r) => sum + r.orphansLeft, 0);
      const mean = (ms: (r: TrialResult) => number): number =>
        Math.round(results.reduce((sum, r) => sum + ms(r), 0) / Math.max(1, results.length));
      reportFigures('A.1', 'kill during save', {
        trials: results.length,
        corrupt,
        'orphan temps found': found,
        cleaned: found - left,
        'killed after a save landed': results.filter((r) => r.saved).length,
        'at a time': PARALLEL,
        'mean ms, child spawn to kill': mean((r) => r.childMs),
        'mean ms, check and sweep': mean((r) => r.checkMs),
        seconds: Math.round((performance.now() - started) / 1000),
      });
      expect(results).toHaveLength(TRIALS);
      expect(corrupt).toBe(0);
      expect(left).toBe(0);
    },
  );
});
