import { fileText } from '../../../shared/model/file-text';
import {
  WORKSPACE_FILES,
  diagramFilePath,
  type WorkspaceDocument,
} from '../../../shared/model/document';

/** Every file of a document as canonical text, by workspace-relative path. */
export function documentFiles(document: WorkspaceDocument): Map<string, string> {
  const files = new Map<string, string>();
  files.set(WORKSPACE_FILES.workspace, fileText('workspace', document.workspace));
  files.set(WORKSPACE_FILES.processes, fileText('processes', document.processes));
  files.set(WORKSPACE_FILES.mappings, fileText('mappings', document.mappings));
  files.set(WORKSPACE_FILES.scope, fileText('scope', document.scope));
  for (const diagram of document.diagrams)
    files.set(diagramFilePath(diagram.id), fileText('diagram', diagram));
  return files;
}

/** True for `diagrams/<something>`. */
export function isDiagramPath(relative: string): boolean {
  return relative.startsWith(`${WORKSPACE_FILES.diagramsDir}/`);
}
