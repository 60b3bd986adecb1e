import { describe, expect, it } from 'vitest';
import type { FolderInfo } from '../../../../shared/ipc/methods/workspace-methods';
import {
  describeExportTarget,
  exportFileName,
  isAbsolutePath,
  withFormatExtension,
} from '../../../../renderer/framework-map/export-target';

const info = (over: Partial<FolderInfo>): FolderInfo => ({
  path: '/x',
  exists: false,
  isDirectory: false,
  isWorkspace: false,
  isEmpty: false,
  parentExists: true,
  workspaceName: null,
  workspaceProblem: null,
  ...over,
});

describe('export target', () => {
  it('knows absolute paths on every platform', () => {
    for (const p of ['/home/a/map.svg', 'C:\\maps\\a.svg', 'd:/a.svg', '\\\\server\\share\\a.svg'])
      expect(isAbsolutePath(p)).toBe(true);
    for (const p of ['map.svg', './map.svg', '~/map.svg', 'C:map.svg'])
      expect(isAbsolutePath(p)).toBe(false);
  });

  it('names the file after the pack and swaps the extension with the format', () => {
    expect(exportFileName('gb921-v25.5', 'png')).toBe('etom-map-gb921-v25.5.png');
    expect(exportFileName('a/b c', 'svg')).toBe('etom-map-a-b-c.svg');
    expect(withFormatExtension('/t/map.svg', 'png')).toBe('/t/map.png');
    expect(withFormatExtension('/t/map.PNG', 'svg')).toBe('/t/map.svg');
    expect(withFormatExtension('/t/map', 'svg')).toBe('/t/map');
    // A bundle's extension is one: switching away renames all of it, and back gives it again.
    expect(withFormatExtension('/t/order.etom.json', 'pdf')).toBe('/t/order.pdf');
    expect(withFormatExtension('/t/order.pdf', 'json', '.etom.json')).toBe('/t/order.etom.json');
  });

  it('says what is wrong with a path, and asks to confirm replacing a file', () => {
    const verdict = (path: string, over: Partial<FolderInfo> = {}, format: 'svg' | 'png' = 'svg') =>
      describeExportTarget(path, format, info(over));
    expect(verdict('map.svg')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/full path/) as string,
    });
    expect(verdict('/t/map.png')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/\.svg/) as string,
    });
    expect(verdict('/t/map.svg', { parentExists: false })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/folder does not exist/) as string,
    });
    expect(verdict('/t/map.svg', { exists: true, isDirectory: true })).toMatchObject({ ok: false });
    expect(verdict('/t/map.svg', { exists: true })).toEqual({
      ok: true,
      exists: true,
      message: 'A file with this name exists.',
    });
    expect(verdict('/t/map.png', {}, 'png')).toEqual({
      ok: true,
      exists: false,
      message: 'A new file.',
    });
  });
});
