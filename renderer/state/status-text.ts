import type { HostError } from '../../shared/ipc/errors';
import type { SaveStatus } from './studio-store';

/** The save state in words for the status bar. */
export function saveStatusText(status: SaveStatus, dirty: boolean): string {
  if (status.kind === 'saving') return 'Saving…';
  if (status.kind === 'error') return `Save failed: ${describeError(status.error)}`;
  return dirty ? 'Unsaved changes' : 'Saved';
}

/** A host error as one line: message, then file and JSON path where known, then the code. */
export function describeError(error: HostError): string {
  const where = [error.file, error.jsonPath].filter(Boolean).join(' at ');
  const os = error.osCode ? `, ${error.osCode}` : '';
  return `${error.message}${where ? ` (${where})` : ''} [${error.code}${os}]`;
}

/** "● Name — eTOM Studio" while unsaved, "Name — eTOM Studio" otherwise. */
export function windowTitle(name: string | null, dirty: boolean): string {
  if (name === null) return 'eTOM Studio';
  return `${dirty ? '● ' : ''}${name} — eTOM Studio`;
}
