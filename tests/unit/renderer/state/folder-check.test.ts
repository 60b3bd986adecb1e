import { describe, expect, it } from 'vitest';
import type { FolderInfo } from '../../../../shared/ipc/methods/workspace-methods';
import { describeFolder } from '../../../../renderer/state/folder-check';

const base: FolderInfo = {
  path: '/x/y',
  exists: true,
  isDirectory: true,
  isWorkspace: false,
  isEmpty: true,
  parentExists: true,
  workspaceName: null,
  workspaceProblem: null,
};

describe('describeFolder', () => {
  it.each<[string, Partial<FolderInfo>, 'open' | 'create' | 'copy', boolean, RegExp]>([
    ['missing, to open', { exists: false }, 'open', false, /not found/],
    ['parent missing, to open', { exists: false, parentExists: false }, 'open', false, /Parent/],
    ['a file, to open', { isDirectory: false }, 'open', false, /file/],
    ['plain folder, to open', { isEmpty: false }, 'open', false, /Not an eTOM Studio workspace/],
    ['workspace, to open', { isWorkspace: true, workspaceName: 'Acme' }, 'open', true, /Acme/],
    [
      'broken workspace.json, to open',
      { isEmpty: false, workspaceProblem: 'workspace.json, framework.release: expected string' },
      'open',
      false,
      /cannot be opened: workspace\.json, framework\.release: expected string/,
    ],
    ['missing, to create', { exists: false }, 'create', true, /will be created/],
    [
      'parent missing, to create',
      { exists: false, parentExists: false },
      'create',
      false,
      /Parent folder missing/,
    ],
    ['not empty, to create', { isEmpty: false }, 'create', false, /not empty/],
    [
      'workspace, to copy',
      { isWorkspace: true, isEmpty: false, workspaceName: 'B' },
      'copy',
      false,
      /workspace named “B”/,
    ],
    ['empty, to copy', {}, 'copy', true, /Empty folder/],
    ['a file, to create', { isDirectory: false, isEmpty: false }, 'create', false, /file/],
  ])('%s', (_title, info, purpose, ok, message) => {
    const verdict = describeFolder({ ...base, ...info }, purpose);
    expect(verdict.ok).toBe(ok);
    expect(verdict.message).toMatch(message);
  });

  it('calls a plain folder to open a step on the way (neutral), a missing one a mistake', () => {
    expect(describeFolder({ ...base, isEmpty: false }, 'open').browsing).toBe(true);
    expect(describeFolder({ ...base, exists: false }, 'open').browsing).toBeUndefined();
  });
});
