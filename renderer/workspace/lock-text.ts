import type { LockHolder } from '../../shared/ipc/methods/workspace-methods';

/** The holder of a workspace lock as a person reads it: "alice on this computer (process 4121)". */
export function lockHolderName(holder: LockHolder): string {
  if (holder.user === null) return 'another program';
  const where = holder.sameHost ? 'this computer' : (holder.host ?? 'another computer');
  return `${holder.user} on ${where} (process ${holder.pid ?? '?'})`;
}

/** Why the workspace is read-only, with the holder's time in the reader's own time zone. */
export function lockNoticeText(holder: LockHolder, locale?: string): string {
  const since =
    holder.since === null
      ? ''
      : ` since ${new Date(holder.since).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })}`;
  const held =
    holder.user === null
      ? 'Another program holds the lock of this workspace (its lock file cannot be read)'
      : `${lockHolderName(holder)} has had this workspace open for editing${since}`;
  const gone = holder.stale === null ? '' : ` That instance seems to be gone: ${holder.stale}.`;
  return `Read-only. ${held}, so you can look but not save here.${gone}`;
}

/** The question asked before taking a workspace over. */
export function takeOverQuestion(holder: LockHolder): string {
  if (holder.stale !== null) {
    return `${lockHolderName(holder)} seems to be gone (${holder.stale}). Take the workspace over to edit and save it here?`;
  }
  return `${lockHolderName(holder)} still has this workspace open. If you take it over, that instance can no longer save: its unsaved changes stay there, and it can only save them as a copy.`;
}
