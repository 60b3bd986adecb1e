import { readdir } from 'node:fs/promises';
import { HostFailure, type HostError } from '../../../shared/ipc/errors';
import { shownName } from '../../../shared/model/shown-name';
import {
  WORKSPACE_FILES,
  diagramFilePath,
  type WorkspaceDocument,
} from '../../../shared/model/document';
import type { DiagramFile } from '../../../shared/model/diagram-schema';
import { SLUG_PATTERN } from '../../../shared/model/ids';
import { FILE_MAX_BYTES } from '../../../shared/model/file-limits';
import { LIMITS } from '../../../shared/model/limits';
import { SCHEMA_VERSIONS } from '../../../shared/model/schema-versions';
import type { FileKind, MigrationContext, ValidatedFile } from '../../../shared/model/validate';
import { fileText } from '../../../shared/model/file-text';
import { emptyScopeFile } from '../../../shared/model/empty-files';
import { TEMP_NAME_PATTERN } from './atomic-write';
import { readJsonFile } from './json-file';
import { resolveInside } from './path-confinement';
import { ioError } from './read-limited';

/** A workspace as read from disk, with what the store needs to detect outside changes. */
export interface LoadedWorkspace {
  document: WorkspaceDocument;
  /** SHA-256 of each file's bytes as read, by workspace-relative path. */
  hashes: Map<string, string>;
  /** The canonical text of each file of the document, by workspace-relative path. */
  texts: Map<string, string>;
  /** Diagram files that failed to read; never written or deleted by saves. */
  problems: Map<string, HostError>;
  /** Why the workspace must not be saved, or null. */
  readOnly: string | null;
}

const DIAGRAM_ID_MAX = 80;

function toHostError(error: unknown, file: string): HostError {
  if (error instanceof HostFailure) return error.error;
  return {
    code: 'INTERNAL',
    message: `${file}: ${error instanceof Error ? error.message : String(error)}`,
    file,
  };
}

interface ReadFile<K extends FileKind> {
  file: ValidatedFile<K>;
  hash: string;
  text: string;
}

/**
 * Reads and validates one file of the workspace (in the read worker when it is large). A
 * refusal is thrown as a HostFailure with, where the bytes could be read, their `hash`, so a
 * broken diagram can still be watched for outside fixes.
 */
async function readKind<K extends FileKind>(
  root: string,
  relative: string,
  kind: K,
  context: MigrationContext = {},
): Promise<ReadFile<K> | { missing: true }> {
  const absolute = await resolveInside(root, relative);
  const outcome = await readJsonFile({
    kind,
    path: absolute,
    file: relative,
    maxBytes: FILE_MAX_BYTES[kind],
    context,
  });
  if (outcome.ok === null) return { missing: true };
  if (!outcome.ok) {
    throw Object.assign(new HostFailure(outcome.error), outcome.hash ? { hash: outcome.hash } : {});
  }
  const file = {
    value: outcome.value as ValidatedFile<K>['value'],
    version: outcome.version ?? SCHEMA_VERSIONS[kind],
    newer: outcome.newer,
  };
  return { file, hash: outcome.hash, text: outcome.text ?? '' };
}

async function readRequired<K extends FileKind>(
  root: string,
  relative: string,
  kind: K,
  loaded: { hashes: Map<string, string>; texts: Map<string, string> },
  context: MigrationContext = {},
): Promise<ValidatedFile<K>> {
  const result = await readKind(root, relative, kind, context);
  if ('missing' in result) {
    throw new HostFailure({
      code: relative === WORKSPACE_FILES.workspace ? 'NOT_A_WORKSPACE' : 'NOT_FOUND',
      message:
        relative === WORKSPACE_FILES.workspace
          ? `This folder is not an eTOM Studio workspace: it has no ${relative}.`
          : `The workspace is incomplete: ${relative} is missing.`,
      file: relative,
    });
  }
  loaded.hashes.set(relative, result.hash);
  loaded.texts.set(relative, result.text);
  return result.file;
}

/**
 * scope.json, which workspaces made before scope decisions existed do not have: absent, it
 * reads as no decisions, and its empty text is recorded as what was loaded, so a save with no
 * change still writes nothing, while the first decision creates the file (checked absent).
 */
async function readScope(
  root: string,
  loaded: { hashes: Map<string, string>; texts: Map<string, string> },
  context: MigrationContext,
): Promise<ValidatedFile<'scope'>> {
  const result = await readKind(root, WORKSPACE_FILES.scope, 'scope', context);
  if ('missing' in result) {
    const value = emptyScopeFile();
    loaded.texts.set(WORKSPACE_FILES.scope, fileText('scope', value));
    return { value, version: SCHEMA_VERSIONS.scope, newer: false };
  }
  loaded.hashes.set(WORKSPACE_FILES.scope, result.hash);
  loaded.texts.set(WORKSPACE_FILES.scope, result.text);
  return result.file;
}

/** The `.json` file names in `diagrams/`, sorted; an absent folder has none. */
export async function listDiagramFiles(root: string): Promise<string[]> {
  const dir = await resolveInside(root, WORKSPACE_FILES.diagramsDir);
  try {
    const entries = await readdir(dir);
    // `.JSON` too: readWorkspace reports such a file rather than passing over it in silence.
    return entries
      .filter((name) => name.toLowerCase().endsWith('.json') && !TEMP_NAME_PATTERN.test(name))
      .sort();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') return [];
    if (code === 'ENOTDIR') {
      throw new HostFailure({
        code: 'IO_ERROR',
        message: `${WORKSPACE_FILES.diagramsDir} is a file, not a folder; a workspace keeps its diagrams in the folder ${WORKSPACE_FILES.diagramsDir}/.`,
        file: WORKSPACE_FILES.diagramsDir,
        osCode: 'ENOTDIR',
      });
    }
    throw ioError(WORKSPACE_FILES.diagramsDir, error);
  }
}

function newerMessage(version: number): string {
  return `This workspace was written by a newer version of eTOM Studio (schema version ${version}). It is open read-only: update eTOM Studio to edit it, or save a copy.`;
}

/**
 * Reads and validates every file of the workspace at `root` (a real path). A broken
 * workspace.json, processes.json, mappings.json or scope.json fails the whole read; a broken diagram is
 * recorded in `problems` and left out of the document.
 */
export async function readWorkspace(root: string): Promise<LoadedWorkspace> {
  const { loaded, failures } = await checkWorkspace(root);
  if (loaded !== null) return loaded;
  // The first broken file, in the order the app reads them.
  throw new HostFailure(
    failures[0] ?? { code: 'INTERNAL', message: 'The workspace could not be read.' },
  );
}

/** What `checkWorkspace` found. */
export interface WorkspaceCheck {
  /** The workspace, when every required file read; else null. */
  loaded: LoadedWorkspace | null;
  /** Each required file that could not be read (processes, mappings or scope). */
  failures: HostError[];
  /** Each diagram file that could not be read. */
  problems: Map<string, HostError>;
}

/**
 * Reads every file of the workspace at `root` as `readWorkspace` does, but a broken
 * processes.json, mappings.json or scope.json does not stop it: the other files are read too,
 * so that a check reports every broken file at once. (Without a readable workspace.json the
 * others cannot be read as the app would: that still stops it.)
 */
export async function checkWorkspace(root: string): Promise<WorkspaceCheck> {
  const failures: HostError[] = [];
  /** A required file's contents, or null once its failure is noted. */
  const attempt = async <T>(read: () => Promise<T>): Promise<T | null> => {
    try {
      return await read();
    } catch (error) {
      // A folder that cannot be read at all stops the read; a broken file is noted.
      if (!(error instanceof HostFailure) || error.error.code === 'IO_ERROR') throw error;
      failures.push(error.error);
      return null;
    }
  };
  const hashes = new Map<string, string>();
  const texts = new Map<string, string>();
  const loaded = { hashes, texts };
  const problems = new Map<string, HostError>();
  let newest = 0;
  const note = (validated: { version: number; newer: boolean }): void => {
    if (validated.newer) newest = Math.max(newest, validated.version);
  };

  const workspace = await readRequired(root, WORKSPACE_FILES.workspace, 'workspace', loaded);
  note(workspace);
  // What the other files' migrations may need of it (older mappings name bare process ids).
  const context: MigrationContext = { framework: workspace.value.framework };
  const processes = await attempt(() =>
    readRequired(root, WORKSPACE_FILES.processes, 'processes', loaded, context),
  );
  const mappings = await attempt(() =>
    readRequired(root, WORKSPACE_FILES.mappings, 'mappings', loaded, context),
  );
  const scope = await attempt(() => readScope(root, loaded, context));
  for (const file of [processes, mappings, scope]) if (file) note(file);

  const names = await listDiagramFiles(root);
  if (names.length > LIMITS.maxDiagrams) {
    throw new HostFailure({
      code: 'TOO_LARGE',
      message: `The workspace has ${names.length} diagram files; at most ${LIMITS.maxDiagrams} can be opened.`,
      file: WORKSPACE_FILES.diagramsDir,
    });
  }
  const diagrams: DiagramFile[] = [];
  for (const name of names) {
    const stem = name.slice(0, -'.json'.length);
    const relative = diagramFilePath(stem);
    const misnamed = !name.endsWith('.json')
      ? 'the file name does not end in .json (lower case), as a diagram file does'
      : !SLUG_PATTERN.test(stem) || stem.length > DIAGRAM_ID_MAX
        ? 'the file name is not a diagram id (lower-case letters, digits and hyphens)'
        : null;
    if (misnamed !== null) {
      problems.set(`${WORKSPACE_FILES.diagramsDir}/${name}`, {
        code: 'SCHEMA_ERROR',
        message: `diagrams/${shownName(name)}: ${misnamed}; the file is left as it is.`,
        file: `${WORKSPACE_FILES.diagramsDir}/${name}`,
      });
      continue;
    }
    try {
      const result = await readKind(root, relative, 'diagram', context);
      if ('missing' in result) continue;
      hashes.set(relative, result.hash);
      if (result.file.value.id !== stem) {
        problems.set(relative, {
          code: 'SCHEMA_ERROR',
          message: `${relative}, id: the diagram id "${result.file.value.id}" differs from its file name "${stem}".`,
          file: relative,
          jsonPath: 'id',
        });
        continue;
      }
      note(result.file);
      texts.set(relative, result.text);
      diagrams.push(result.file.value);
    } catch (error) {
      const hash = (error as { hash?: unknown }).hash;
      if (typeof hash === 'string') hashes.set(relative, hash);
      const problem = toHostError(error, relative);
      problems.set(relative, problem);
      if (problem.code === 'NEWER_VERSION') newest = Math.max(newest, SCHEMA_VERSIONS.diagram + 1);
    }
  }

  if (!processes || !mappings || !scope) return { loaded: null, failures, problems };
  const document = {
    workspace: workspace.value,
    processes: processes.value,
    mappings: mappings.value,
    scope: scope.value,
    diagrams,
  };
  const readOnly = newest > 0 ? newerMessage(newest) : null;
  return { loaded: { document, hashes, texts, problems, readOnly }, failures, problems };
}
