/**
 * `npm run build:sample`: writes `assets/sample-workspace/` (the workspace the welcome screen
 * opens as "Open the sample") from the hand-written data in `sample-workspace-data.ts`. The
 * folder is replaced as a whole, so a file the data no longer has does not linger.
 */
import { mkdir, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { writeNewWorkspaceFiles } from '../main/services/workspace/new-workspace-files';
import { buildSampleDocument } from './sample-workspace';

async function main(): Promise<void> {
  const out = path.resolve(import.meta.dirname, '../assets/sample-workspace');
  const document = buildSampleDocument();
  await rm(out, { recursive: true, force: true });
  await mkdir(out);
  // The store's own writer: the same files, names and canonical text as a save, atomically.
  await writeNewWorkspaceFiles(out, document);
  console.log(
    `wrote ${out}: ${document.processes.processes.length} processes, ${document.mappings.mappings.length} mappings, ${document.scope.entries.length} scope decisions, ${document.diagrams.length} diagrams`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
