import { describe, expect, it } from 'vitest';
import { shortcutCommand, type KeyChord } from '../../../../renderer/app/shortcuts';
import { APP_COMMANDS } from '../../../../renderer/app/app-commands';

const chord = (key: string, mods: Partial<KeyChord> = {}): KeyChord => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcutCommand', () => {
  it.each<[KeyChord, string | null]>([
    [chord('s', { ctrlKey: true }), 'workspace.save'],
    [chord('o', { metaKey: true }), 'workspace.open'],
    [chord('S', { ctrlKey: true, shiftKey: true }), 'workspace.saveAsCopy'],
    [chord('n', { ctrlKey: true }), 'workspace.new'],
    [chord('z', { ctrlKey: true }), 'history.undo'],
    [chord('Z', { ctrlKey: true, shiftKey: true }), 'history.redo'],
    [chord('y', { ctrlKey: true }), 'history.redo'],
    [chord('a', { metaKey: true }), 'edit.selectAll'],
    [chord('=', { ctrlKey: true }), 'view.zoomIn'],
    [chord('-', { ctrlKey: true }), 'view.zoomOut'],
    [chord('s'), null],
    [chord('s', { ctrlKey: true, altKey: true }), null],
    [chord('q', { ctrlKey: true }), null],
  ])('%o -> %s', (event, expected) => {
    expect(shortcutCommand(event)).toBe(expected);
  });
});

describe('menu commands', () => {
  it('every shortcut runs a command the app offers', () => {
    const keys = ['s', 'S', 'o', 'n', 'z', 'Z', 'y', 'a', '=', '-'];
    for (const key of keys) {
      for (const shiftKey of [false, true]) {
        const command = shortcutCommand(chord(key, { ctrlKey: true, shiftKey }));
        if (command) expect(Object.keys(APP_COMMANDS)).toContain(command);
      }
    }
  });

  it('offers the native menu commands the desktop host sends', () => {
    for (const command of [
      'workspace.new',
      'workspace.open',
      'workspace.openPath',
      'workspace.save',
      'workspace.saveAsCopy',
      'workspace.close',
      'history.undo',
      'history.redo',
      'edit.delete',
      'edit.selectAll',
      'view.zoomIn',
      'view.zoomOut',
      'view.fitView',
    ]) {
      expect(Object.keys(APP_COMMANDS)).toContain(command);
    }
  });
});
