import { describe, expect, it } from 'vitest';
import { describeError, saveStatusText, windowTitle } from '../../../../renderer/state/status-text';

describe('status text', () => {
  it('names each save state', () => {
    expect(saveStatusText({ kind: 'idle' }, false)).toBe('Saved');
    expect(saveStatusText({ kind: 'idle' }, true)).toBe('Unsaved changes');
    expect(saveStatusText({ kind: 'saving' }, true)).toBe('Saving…');
    expect(
      saveStatusText(
        { kind: 'error', error: { code: 'IO_ERROR', message: 'Disk full', osCode: 'ENOSPC' } },
        true,
      ),
    ).toBe('Save failed: Disk full [IO_ERROR, ENOSPC]');
  });

  it('describes an error with its file and JSON path', () => {
    expect(
      describeError({
        code: 'SCHEMA_ERROR',
        message: 'Expected a number',
        file: 'diagrams/a.json',
        jsonPath: 'nodes[3].x',
      }),
    ).toBe('Expected a number (diagrams/a.json at nodes[3].x) [SCHEMA_ERROR]');
  });

  it('marks the window title while unsaved', () => {
    expect(windowTitle(null, false)).toBe('eTOM Studio');
    expect(windowTitle('Acme', false)).toBe('Acme — eTOM Studio');
    expect(windowTitle('Acme', true)).toBe('● Acme — eTOM Studio');
  });
});
