import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { workspaceArgument } from '../../../../main/electron/startup-args';

describe('workspaceArgument', () => {
  it('finds the folder after the executable in a packaged app', () => {
    expect(workspaceArgument(['/opt/etom/etom-studio', '/home/ana/ws'], '/', true)).toBe(
      '/home/ana/ws',
    );
    expect(
      workspaceArgument(['/opt/etom/etom-studio', '--no-sandbox', 'ws'], '/home/ana', true),
    ).toBe(resolve('/home/ana', 'ws'));
  });

  it('skips the app folder when run unpackaged', () => {
    expect(workspaceArgument(['electron', '.'], '/repo', false)).toBeNull();
    expect(workspaceArgument(['electron', '.', '../ws'], '/repo', false)).toBe(
      resolve('/repo', '../ws'),
    );
  });

  it('returns null when only switches are given', () => {
    expect(workspaceArgument(['app', '--inspect', '-x', ''], '/', true)).toBeNull();
    expect(workspaceArgument([], '/', true)).toBeNull();
  });
});
