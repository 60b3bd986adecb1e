import type { WorkspaceDocument } from '../../shared/model/document';
import { host } from '../platform/host';

let inFlight: Promise<unknown> = Promise.resolve();

/**
 * Journals the unsaved document. Writes go one at a time, and a save waits for the one in
 * flight (journalSettled): a save drops the journal when it succeeds, so a write landing after
 * it would bring back a journal of work that is saved.
 */
export function writeJournal(handle: string, document: WorkspaceDocument): void {
  inFlight = inFlight
    .then(() => host().call('journal.write', { handle, document }))
    .catch(() => undefined);
}

/** Resolves once every journal write asked for so far has been answered. */
export function journalSettled(): Promise<unknown> {
  return inFlight;
}
