import { describe, expect, it } from 'vitest';
import type { LockHolder } from '../../../../shared/ipc/methods/workspace-methods';
import {
  lockHolderName,
  lockNoticeText,
  takeOverQuestion,
} from '../../../../renderer/workspace/lock-text';

const holder: LockHolder = {
  user: 'alice',
  host: 'laptop-7',
  pid: 4121,
  since: '2026-11-03T10:02:00.000Z',
  heartbeatAt: '2026-11-03T10:40:00.000Z',
  sameHost: false,
  stale: null,
};

describe('lock text', () => {
  it('names the holder, on this computer or another', () => {
    expect(lockHolderName(holder)).toBe('alice on laptop-7 (process 4121)');
    expect(lockHolderName({ ...holder, sameHost: true })).toBe(
      'alice on this computer (process 4121)',
    );
    expect(lockHolderName({ ...holder, user: null, host: null, pid: null })).toBe(
      'another program',
    );
  });

  it('says why the workspace is read-only, with the time in the reader’s zone', () => {
    const since = new Date(holder.since ?? '').toLocaleString('en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    expect(lockNoticeText(holder, 'en-GB')).toBe(
      `Read-only. alice on laptop-7 (process 4121) has had this workspace open for editing since ${since}, so you can look but not save here.`,
    );
    expect(lockNoticeText({ ...holder, stale: 'its heartbeat stopped 95 s ago' }, 'en-GB')).toMatch(
      /That instance seems to be gone: its heartbeat stopped 95 s ago\.$/,
    );
  });

  it('warns before taking over from a live holder, and not from a gone one', () => {
    expect(takeOverQuestion(holder)).toMatch(/can no longer save: its unsaved changes stay there/);
    expect(takeOverQuestion({ ...holder, stale: 'process 4121 is no longer running' })).toBe(
      'alice on laptop-7 (process 4121) seems to be gone (process 4121 is no longer running). Take the workspace over to edit and save it here?',
    );
  });
});
