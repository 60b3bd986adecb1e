import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../shared/actions/action-list';
import { specOf } from '../../../shared/actions/menus';
import { formatShortcut } from '../../../shared/actions/shortcut';
import { keyboardDoc } from '../../../scripts/docs/keyboard-doc';

const FILE = path.resolve(import.meta.dirname, '../../../docs/keyboard.md');

describe('docs/keyboard.md', () => {
  it('is what the action list gives (run npm run docs after changing a shortcut)', async () => {
    expect(await readFile(FILE, 'utf8')).toBe(await keyboardDoc());
  });

  it('lists every chord of every action, on both platforms', async () => {
    const text = await keyboardDoc();
    for (const action of ACTIONS) {
      const spec = specOf(action);
      for (const chord of spec.shortcuts ?? []) {
        const row = text
          .split('\n')
          .find((line) => line.startsWith(`| ${spec.label.replaceAll('|', '\\|')} `));
        expect(row, spec.id).toBeDefined();
        expect(row, spec.id).toContain(formatShortcut(chord, 'other').replaceAll('|', '\\|'));
        expect(row, spec.id).toContain(formatShortcut(chord, 'mac').replaceAll('|', '\\|'));
      }
    }
  });
});
