import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page, type Request } from '@playwright/test';
import type { WorkspaceDocument } from '../../../shared/model/document';

/** One `journal.write` call of the page: the document it carried, when sent and when answered. */
export interface JournalWrite {
  sentAt: number;
  answeredAt: number | null;
  document: WorkspaceDocument;
}

const isJournalWrite = (request: Request): boolean =>
  request.method() === 'POST' && new URL(request.url()).pathname === '/api/journal.write';

/**
 * Records every document the page sends to the host's journal. The page serialises its own
 * in-memory model for that call, so a write sent after the last edit is the model the user
 * had, independent of the journal file the host made of it.
 */
export class JournalWrites {
  readonly writes: JournalWrite[] = [];
  private readonly byRequest = new Map<Request, JournalWrite>();

  constructor(page: Page) {
    page.on('request', (request) => {
      if (!isJournalWrite(request)) return;
      const body = request.postDataJSON() as { document: WorkspaceDocument };
      const write = { sentAt: Date.now(), answeredAt: null, document: body.document };
      this.writes.push(write);
      this.byRequest.set(request, write);
    });
    page.on('requestfinished', (request) => {
      const write = this.byRequest.get(request);
      if (write) write.answeredAt = Date.now();
    });
  }

  /** The first write sent after `since` (a Date.now()) and answered by the host. */
  async answeredAfter(since: number, timeout = 10_000): Promise<JournalWrite> {
    const find = () => this.writes.find((w) => w.sentAt > since && w.answeredAt !== null);
    await expect.poll(() => find() !== undefined, { timeout }).toBe(true);
    return find()!;
  }
}

/** The document in the app-data folder's journal file now, or null when there is none. */
export async function journalledDocument(dataDir: string): Promise<WorkspaceDocument | null> {
  const dir = join(dataDir, 'journal');
  const names = (await readdir(dir).catch(() => [])).filter((n) => /^[0-9a-f]{64}\.json$/.test(n));
  if (names.length === 0) return null;
  expect(names, 'one workspace, one journal').toHaveLength(1);
  const journal = JSON.parse(await readFile(join(dir, names[0]!), 'utf8')) as {
    document: WorkspaceDocument;
  };
  return journal.document;
}
