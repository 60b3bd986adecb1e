import { mkdir, rename, unlink } from 'node:fs/promises';
import * as path from 'node:path';
import { toCanonicalJson } from '../../../shared/codecs/canonical-json';
import type { WorkspaceDocument } from '../../../shared/model/document';
import { LIMITS } from '../../../shared/model/limits';
import type { Recovery } from '../../../shared/ipc/methods/workspace-methods';
import { atomicWrite } from './atomic-write';
import { sha256 } from './file-hash';
import { readJsonFile } from './json-file';
import { JOURNAL_FORMAT, type JournalFile } from './journal-schema';

/** A journal holds a whole document, so it may be larger than any one workspace file. */
const MAX_JOURNAL_BYTES = LIMITS.maxFileBytes * 4;

/**
 * Unsaved work, one journal file per workspace, written atomically. A journal that cannot be
 * read back (empty, truncated, bad JSON, failing the schema, for another workspace) is moved
 * aside as `<name>.corrupt-<timestamp>.json`, never deleted, with a warning, and ignored.
 */
export class Journal {
  private readonly dir: string;
  private readonly warn: (message: string) => void;

  constructor(appDataDir: string, warn: (message: string) => void = (m) => console.warn(m)) {
    this.dir = path.join(appDataDir, 'journal');
    this.warn = warn;
  }

  /** Where the journal of the workspace at `workspacePath` (a real path) lives. */
  fileFor(workspacePath: string): string {
    return path.join(this.dir, `${sha256(workspacePath)}.json`);
  }

  async write(
    workspacePath: string,
    baseHashes: ReadonlyMap<string, string>,
    document: WorkspaceDocument,
  ): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const journal: JournalFile = {
      format: JOURNAL_FORMAT,
      schemaVersion: 1,
      workspacePath,
      baseHashes: Object.fromEntries(baseHashes),
      savedAt: new Date().toISOString(),
      document,
    };
    await atomicWrite(this.fileFor(workspacePath), toCanonicalJson(journal), {
      file: 'the recovery journal',
    });
  }

  /**
   * The journalled work for `workspacePath`, or null. `currentHashes` are the hashes of the
   * files on disk now; the recovery is stale when any differs from the journal's base.
   */
  async read(
    workspacePath: string,
    currentHashes: ReadonlyMap<string, string>,
  ): Promise<Recovery | null> {
    const file = this.fileFor(workspacePath);
    let journal: JournalFile;
    try {
      // A journal is as large as the document: read in the read worker when it is large.
      const outcome = await readJsonFile({
        kind: 'journal',
        path: file,
        file,
        maxBytes: MAX_JOURNAL_BYTES,
      });
      if (outcome.ok === null) return null;
      if (!outcome.ok) throw new Error(outcome.error.message);
      journal = outcome.value as JournalFile;
      if (journal.workspacePath !== workspacePath)
        throw new Error('it belongs to another workspace');
    } catch (error) {
      await this.moveAside(file, error);
      return null;
    }
    const keys = new Set([...Object.keys(journal.baseHashes), ...currentHashes.keys()]);
    const stale = [...keys].some((key) => journal.baseHashes[key] !== currentHashes.get(key));
    return { savedAt: journal.savedAt, stale, document: journal.document };
  }

  /** Removes the journal (after a save, or when the user discards the work). */
  async discard(workspacePath: string): Promise<void> {
    await unlink(this.fileFor(workspacePath)).catch((error: unknown) => {
      if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
    });
  }

  private async moveAside(file: string, reason: unknown): Promise<void> {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const aside = file.replace(/\.json$/, `.corrupt-${stamp}.json`);
    const why = reason instanceof Error ? reason.message : String(reason);
    try {
      await rename(file, aside);
      this.warn(`Ignoring an unreadable recovery journal (${why}); kept as ${aside}`);
    } catch (error) {
      this.warn(
        `Ignoring an unreadable recovery journal ${file} (${why}); could not move it aside: ${String(error)}`,
      );
    }
  }
}
