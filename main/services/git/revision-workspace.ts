import { HostFailure, type HostError } from '../../../shared/ipc/errors';
import { WORKSPACE_FILES, type WorkspaceDocument } from '../../../shared/model/document';
import type { DiagramFile } from '../../../shared/model/diagram-schema';
import { emptyScopeFile } from '../../../shared/model/empty-files';
import { FILE_MAX_BYTES } from '../../../shared/model/file-limits';
import { SLUG_PATTERN } from '../../../shared/model/ids';
import { LIMITS } from '../../../shared/model/limits';
import type { FileKind, MigrationContext } from '../../../shared/model/validate';
import { validateFileText } from '../../../shared/model/validate';
import type { GitRunOptions } from './git-command';
import { gitPlace } from './git-repository';
import { resolveRevision } from './git-revisions';
import { listTreeFiles, readBlobs, type TreeEntry } from './git-tree-files';

/** A workspace as it was at a commit: read, never written. */
export interface RevisionWorkspace {
  /** The revision as the user named it, and the commit it resolved to. */
  revision: string;
  hash: string;
  document: WorkspaceDocument;
  /** Diagram files of that commit that could not be read, left out (as on disk). */
  problems: Map<string, HostError>;
}

const DIAGRAM_FILE = /^diagrams\/([^/]+)\.json$/;
const DIAGRAM_ID_MAX = 80;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The workspace in `folder` as it was at `revision`: its files read from git in one process
 * (ls-tree, then one cat-file --batch) and checked by the same parser, limits and validators
 * as files on disk. A broken workspace, processes, mappings or scope file fails the whole read
 * with a message naming the revision and the file; a broken diagram is left out with its
 * problem, as when the workspace is opened from disk.
 */
export async function readWorkspaceAtRevision(
  folder: string,
  revision: string,
  options: GitRunOptions = {},
): Promise<RevisionWorkspace> {
  await gitPlace(folder, options);
  const hash = await resolveRevision(folder, revision, options);
  const at = `At revision ${revision}${hash.startsWith(revision) ? '' : ` (${hash.slice(0, 7)})`}`;
  const entries = (await listTreeFiles(folder, hash, options)).filter(
    (entry) =>
      (Object.values(WORKSPACE_FILES) as string[]).includes(entry.path) ||
      DIAGRAM_FILE.test(entry.path),
  );
  const byPath = new Map(entries.map((entry) => [entry.path, entry]));
  if (!byPath.has(WORKSPACE_FILES.workspace)) {
    throw new HostFailure({
      code: 'NOT_A_WORKSPACE',
      message: `${at}, this folder was not an eTOM Studio workspace: it had no ${WORKSPACE_FILES.workspace}.`,
      file: WORKSPACE_FILES.workspace,
    });
  }
  const diagramEntries = entries.filter((entry) => DIAGRAM_FILE.test(entry.path));
  if (diagramEntries.length > LIMITS.maxDiagrams) {
    throw new HostFailure({
      code: 'TOO_LARGE',
      message: `${at}, the workspace had ${diagramEntries.length} diagram files; at most ${LIMITS.maxDiagrams} can be read.`,
      file: WORKSPACE_FILES.diagramsDir,
    });
  }
  // Sizes are checked before any content is read, as on disk.
  const problems = new Map<string, HostError>();
  const tooLarge = (entry: TreeEntry, kind: FileKind): HostError | null =>
    entry.size > FILE_MAX_BYTES[kind]
      ? {
          code: 'TOO_LARGE',
          message: `${at}, ${entry.path} is ${entry.size} bytes; at most ${FILE_MAX_BYTES[kind]} are read.`,
          file: entry.path,
        }
      : null;
  const readable = entries.filter((entry) => {
    const kind = DIAGRAM_FILE.test(entry.path)
      ? 'diagram'
      : (Object.entries(WORKSPACE_FILES).find(([, file]) => file === entry.path)?.[0] as FileKind);
    const refused = tooLarge(entry, kind);
    if (refused === null) return true;
    if (kind !== 'diagram') throw new HostFailure(refused);
    problems.set(entry.path, refused);
    return false;
  });
  const blobs = await readBlobs(folder, readable, options);

  const check = <K extends FileKind>(kind: K, file: string, context: MigrationContext = {}) => {
    const bytes = blobs.get(file);
    if (bytes === undefined) return null;
    try {
      return validateFileText(kind, utf8.decode(bytes), file, context).value;
    } catch (error) {
      const reason =
        error instanceof HostFailure
          ? error.error
          : { code: 'SCHEMA_ERROR' as const, message: `${file}: not UTF-8 text.`, file };
      throw new HostFailure({ ...reason, message: `${at}, ${reason.message}`, file });
    }
  };
  const required = <K extends FileKind>(kind: K, file: string, context?: MigrationContext) => {
    const value = check(kind, file, context);
    if (value !== null) return value;
    throw new HostFailure({
      code: 'NOT_FOUND',
      message: `${at}, the workspace was incomplete: ${file} is missing.`,
      file,
    });
  };

  const workspace = required('workspace', WORKSPACE_FILES.workspace);
  const context: MigrationContext = { framework: workspace.framework };
  const processes = required('processes', WORKSPACE_FILES.processes, context);
  const mappings = required('mappings', WORKSPACE_FILES.mappings, context);
  const scope = check('scope', WORKSPACE_FILES.scope, context) ?? emptyScopeFile();

  const diagrams: DiagramFile[] = [];
  for (const entry of diagramEntries.sort((a, b) => (a.path < b.path ? -1 : 1))) {
    if (!blobs.has(entry.path)) continue;
    const stem = DIAGRAM_FILE.exec(entry.path)?.[1] ?? '';
    if (!SLUG_PATTERN.test(stem) || stem.length > DIAGRAM_ID_MAX) {
      problems.set(entry.path, {
        code: 'SCHEMA_ERROR',
        message: `${at}, ${entry.path}: the file name is not a diagram id.`,
        file: entry.path,
      });
      continue;
    }
    try {
      const diagram = check('diagram', entry.path, context);
      if (diagram === null) continue;
      if (diagram.id !== stem) {
        problems.set(entry.path, {
          code: 'SCHEMA_ERROR',
          message: `${at}, ${entry.path}, id: the diagram id "${diagram.id}" differs from its file name "${stem}".`,
          file: entry.path,
          jsonPath: 'id',
        });
        continue;
      }
      diagrams.push(diagram);
    } catch (error) {
      if (!(error instanceof HostFailure)) throw error;
      problems.set(entry.path, error.error);
    }
  }
  return {
    revision,
    hash,
    document: { workspace, processes, mappings, scope, diagrams },
    problems,
  };
}
