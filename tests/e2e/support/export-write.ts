import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { HostResult } from '../../../shared/ipc/errors';

const CHILD = fileURLToPath(new URL('./export-write-child.ts', import.meta.url));

/** One `export.write` of an SVG file: the SVG itself, or our framework map of a scheme. */
export type ExportWriteRequest = { path: string; svg: string } | { path: string; scheme: string };

/** Runs the requests through the real `export.write` in a Node child (tsx); its results. */
export async function exportWrite(
  requests: readonly ExportWriteRequest[],
): Promise<HostResult<unknown>[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  child.stdin.end(JSON.stringify(requests));
  const code = await exited;
  if (code !== 0) throw new Error(`export-write-child exited with ${code}`);
  return JSON.parse(output) as HostResult<unknown>[];
}
