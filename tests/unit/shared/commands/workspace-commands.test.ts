import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/catalogue';
import { CommandError } from '../../../../shared/commands/types';
import { sampleDocument } from './fixture';

describe('workspace.setFramework', () => {
  it('names the new pack and release, and its inverse names the old ones again', () => {
    const before = sampleDocument();
    const old = before.workspace.framework;
    const { document, inverse } = applyCommand(before, {
      name: 'workspace.setFramework',
      args: { pack: 'classic-r14', release: '14' },
    });
    expect(document.workspace.framework).toEqual({ pack: 'classic-r14', release: '14' });
    expect(before.workspace.framework).toEqual(old);
    expect(inverse).toEqual({ name: 'workspace.setFramework', args: old });
    expect(applyCommand(document, inverse).document).toEqual(before);
  });

  it('keeps every diagram and mapping as it was: references are never dropped', () => {
    const before = sampleDocument();
    const { document } = applyCommand(before, {
      name: 'workspace.setFramework',
      args: { pack: 'some-user-pack', release: '25.5' },
    });
    expect(document.diagrams).toBe(before.diagrams);
    expect(document.mappings).toBe(before.mappings);
  });

  it('refuses an empty pack or release', () => {
    const run = (pack: string, release: string) =>
      applyCommand(sampleDocument(), { name: 'workspace.setFramework', args: { pack, release } });
    expect(() => run(' ', '14')).toThrow(CommandError);
    expect(() => run('classic-r14', '')).toThrow(/must not be empty/);
  });
});
