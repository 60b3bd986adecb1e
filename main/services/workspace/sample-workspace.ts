import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkspaceDocument } from '../../../shared/model/document';
import { readWorkspace } from './workspace-reader';

/**
 * Where the sample ships when running from the project or its build: `assets/sample-workspace`
 * two folders above the module at `moduleUrl`: an entry point (out/main/*.js when built,
 * main/<folder>/*.ts from source), never a bundled chunk, which sits deeper. The packaged
 * desktop app passes its resources folder instead.
 */
export function defaultSampleDir(moduleUrl: string): string {
  return path.resolve(
    path.dirname(fileURLToPath(moduleUrl)),
    '..',
    '..',
    'assets',
    'sample-workspace',
  );
}

/** The shipped sample, read and checked like any workspace (it is never opened for editing). */
export async function readSample(sampleDir: string): Promise<WorkspaceDocument> {
  return (await readWorkspace(sampleDir)).document;
}

const exists = (target: string) =>
  stat(target).then(
    () => true,
    () => false,
  );

/**
 * A folder to copy the sample to that does not exist yet: `<documents>/<name>`, then
 * `<name> 2`, `<name> 3`... under Documents when the home folder has one, else the home folder.
 */
export async function suggestSampleFolder(home: string, name: string): Promise<string> {
  const documents = path.join(home, 'Documents');
  const parent = (await exists(documents)) ? documents : home;
  const base = name.replace(/[\\/:*?"<>|]/g, ' ').trim() || 'eTOM sample';
  for (let n = 1; n < 1000; n += 1) {
    const candidate = path.join(parent, n === 1 ? base : `${base} ${n}`);
    if (!(await exists(candidate))) return candidate;
  }
  return path.join(parent, `${base} ${Date.now()}`);
}
