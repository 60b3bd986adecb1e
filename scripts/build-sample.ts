/**
 * `npm run build:sample`: writes `assets/sample-workspace/` (the workspace the welcome screen
 * opens as "Open the sample") from the hand-written data in `sample-workspace-data.ts`. The
 * folder is replaced as a whole, so a file the data no longer has does not linger.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { WORKSPACE_FILES, diagramFilePath } from '../shared/model/document';
import { fileText } from '../shared/model/file-text';
import { buildSampleDocument } from './sample-workspace';

async function main(): Promise<void> {
  const out = path.resolve(import.meta.dirname, '../assets/sample-workspace');
  const document = buildSampleDocument();
  await rm(out, { recursive: true, force: true });
  await mkdir(path.join(out, WORKSPACE_FILES.diagramsDir), { recursive: true });
  await writeFile(
    path.join(out, WORKSPACE_FILES.workspace),
    fileText('workspace', document.workspace),
  );
  await writeFile(
    path.join(out, WORKSPACE_FILES.processes),
    fileText('processes', document.processes),
  );
  await writeFile(
    path.join(out, WORKSPACE_FILES.mappings),
    fileText('mappings', document.mappings),
  );
  await writeFile(path.join(out, WORKSPACE_FILES.scope), fileText('scope', document.scope));
  for (const diagram of document.diagrams) {
    await writeFile(path.join(out, diagramFilePath(diagram.id)), fileText('diagram', diagram));
  }
  console.log(
    `wrote ${out}: ${document.processes.processes.length} processes, ${document.mappings.mappings.length} mappings, ${document.scope.entries.length} scope decisions, ${document.diagrams.length} diagrams`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
