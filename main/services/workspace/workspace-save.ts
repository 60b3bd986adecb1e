import { mkdir, unlink } from 'node:fs/promises';
import { HostFailure, type HostError } from '../../../shared/ipc/errors';
import { WORKSPACE_FILES, type WorkspaceDocument } from '../../../shared/model/document';
import { atomicWrite, type AtomicWriteOptions } from './atomic-write';
import { sha256 } from './file-hash';
import { resolveInside } from './path-confinement';
import { readFileLimited } from './read-limited';
import { documentFiles, isDiagramPath } from './workspace-files';

/** What the store knows about the files of an open workspace. */
export interface KnownFiles {
  root: string;
  /** SHA-256 of each file's bytes on disk at load or last save; absent means "no file". */
  hashes: Map<string, string>;
  /** Canonical text of each file's content as loaded or last saved. */
  texts: Map<string, string>;
  /** Files that failed to read: never written or deleted. */
  problems: ReadonlyMap<string, HostError>;
}

interface Step {
  relative: string;
  absolute: string;
  /** New text, or null to delete. */
  text: string | null;
  /** The file's hash on disk when the save checked it (null: absent). */
  seen: string | null;
}

/** The hash of a file on disk now; null when absent, a marker when too large to read. */
async function diskHash(absolute: string, relative: string): Promise<string | null> {
  try {
    const bytes = await readFileLimited(absolute, relative);
    return bytes === null ? null : sha256(bytes);
  } catch (error) {
    if (error instanceof HostFailure && error.error.code === 'TOO_LARGE') return 'too-large';
    throw error;
  }
}

/** Refuses a document in which two diagrams share an id (they would share a file). */
export function checkDiagramIds(document: WorkspaceDocument): void {
  const seen = new Set<string>();
  document.diagrams.forEach((diagram, index) => {
    if (seen.has(diagram.id)) {
      throw new HostFailure({
        code: 'INVALID_ARGUMENT',
        message: `Two diagrams have the id "${diagram.id}" (diagrams[${index}]).`,
        jsonPath: `diagrams[${index}].id`,
      });
    }
    seen.add(diagram.id);
  });
}

/**
 * Saves `document` over the workspace described by `known`, and updates `known`.
 * Only files whose content changed are written; diagrams no longer in the document are
 * deleted. Before anything is written, every file to write or delete is hashed on disk and
 * compared with `known`: a difference (an outside change, whatever the size and mtime) is a
 * CONFLICT listing the files, and nothing is written, unless `overwrite`. Each file's hash is
 * checked again right before its rename (or deletion): the caller holds the save lock, so no
 * other instance of the app changes it in between, and a change by any other program in the
 * meantime is a CONFLICT for that file instead of a lost update. Returns the workspace-relative
 * files written or deleted.
 */
export async function saveDocument(
  known: KnownFiles,
  document: WorkspaceDocument,
  overwrite: boolean,
  writeOptions: AtomicWriteOptions = {},
): Promise<string[]> {
  checkDiagramIds(document);
  const desired = documentFiles(document);
  for (const relative of desired.keys()) {
    if (known.problems.has(relative)) {
      throw new HostFailure({
        code: 'ALREADY_EXISTS',
        message: `${relative} could not be read when the workspace was opened, so it is never overwritten. Give the diagram another id, or fix the file and reload.`,
        file: relative,
      });
    }
  }

  const candidates: Array<{ relative: string; text: string | null }> = [...desired].map(
    ([relative, text]) => ({
      relative,
      text,
    }),
  );
  for (const relative of known.hashes.keys()) {
    if (isDiagramPath(relative) && !desired.has(relative) && !known.problems.has(relative)) {
      candidates.push({ relative, text: null });
    }
  }

  const steps: Step[] = [];
  const conflicts: string[] = [];
  for (const { relative, text } of candidates) {
    // A file this document did not change is never touched, even if it changed on disk:
    // writing it back would undo the outside change (the watcher reports that one).
    if (text !== null && known.texts.get(relative) === text && known.hashes.has(relative)) continue;
    const absolute = await resolveInside(known.root, relative);
    const onDisk = await diskHash(absolute, relative);
    const expected = known.hashes.get(relative) ?? null;
    const wanted = text === null ? null : sha256(text);
    if (onDisk === wanted) {
      if (onDisk === null) known.hashes.delete(relative);
      else known.hashes.set(relative, onDisk);
      if (text === null) known.texts.delete(relative);
      else known.texts.set(relative, text);
      continue;
    }
    if (onDisk !== expected) conflicts.push(relative);
    steps.push({ relative, absolute, text, seen: onDisk });
  }
  if (conflicts.length > 0 && !overwrite) {
    throw new HostFailure({
      code: 'CONFLICT',
      message: `Changed on disk since it was opened: ${conflicts.join(', ')}. Nothing was saved.`,
      files: conflicts,
    });
  }

  if (steps.some((step) => isDiagramPath(step.relative) && step.text !== null)) {
    await mkdir(await resolveInside(known.root, WORKSPACE_FILES.diagramsDir), { recursive: true });
  }
  const written: string[] = [];
  for (const step of steps) {
    const previousHash = known.hashes.get(step.relative);
    const previousText = known.texts.get(step.relative);
    const recheck = async (): Promise<void> => {
      if ((await diskHash(step.absolute, step.relative)) !== step.seen) {
        throw changedWhileSaving(step.relative, written);
      }
    };
    try {
      if (step.text === null) {
        known.hashes.delete(step.relative);
        known.texts.delete(step.relative);
        await recheck();
        await unlink(step.absolute).catch((error: unknown) => {
          if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
        });
      } else {
        // Recorded before the rename, so the watcher takes the new file for ours.
        known.hashes.set(step.relative, sha256(step.text));
        known.texts.set(step.relative, step.text);
        await atomicWrite(step.absolute, step.text, {
          ...writeOptions,
          file: step.relative,
          beforeRename: recheck,
        });
      }
    } catch (error) {
      restore(known.hashes, step.relative, previousHash);
      restore(known.texts, step.relative, previousText);
      if (error instanceof HostFailure) throw error;
      const osCode = (error as { code?: unknown }).code;
      throw new HostFailure({
        code: 'IO_ERROR',
        message: `Could not delete ${step.relative}: ${String(error)}`,
        file: step.relative,
        ...(typeof osCode === 'string' ? { osCode } : {}),
      });
    }
    written.push(step.relative);
  }
  return written;
}

function changedWhileSaving(relative: string, written: ReadonlyArray<string>): HostFailure {
  const saved = written.length > 0 ? ` (${written.join(', ')} saved before it)` : '';
  return new HostFailure({
    code: 'CONFLICT',
    message: `${relative} changed on disk while saving, so it was not saved${saved}.`,
    files: [relative],
  });
}

function restore(map: Map<string, string>, key: string, value: string | undefined): void {
  if (value === undefined) map.delete(key);
  else map.set(key, value);
}
