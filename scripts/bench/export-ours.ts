/**
 * Our half of `npm run bench:export`: each export runs in a child process of its own
 * (export-ours-child.ts) so its peak resident memory is its own, and a crash or an
 * out-of-memory is a failed export in the table rather than the end of the benchmark.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { ExportFormat } from '../../shared/ipc/methods/export-methods';
import type { ChildFigures } from './export-ours-child';

/** A run that failed: what it said. */
export interface FailedExport {
  error: string;
}

const TSX = join('node_modules', '.bin', 'tsx');
const CHILD = join('scripts', 'bench', 'export-ours-child.ts');
const TIMEOUT_MS = 15 * 60_000;

/** Exports the grid of `nodes` to `file` as `format` in a fresh process; its figures or why not. */
export function exportInChild(
  nodes: number,
  format: ExportFormat,
  file: string,
): Promise<ChildFigures | FailedExport> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [CHILD, String(nodes), format, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: TIMEOUT_MS,
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', (error) => resolve({ error: error.message }));
    child.on('close', (code, signal) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && line.startsWith('{')) return resolve(JSON.parse(line) as ChildFigures);
      const said = err.trim().split('\n').at(-1) ?? '';
      resolve({ error: `exit ${code ?? signal}${said === '' ? '' : `: ${said}`}` });
    });
  });
}

/** Whether a run gave figures. */
export const succeeded = (run: ChildFigures | FailedExport): run is ChildFigures =>
  !('error' in run);
