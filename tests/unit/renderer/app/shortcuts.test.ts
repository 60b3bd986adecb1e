import { describe, expect, it } from 'vitest';
import { shortcutCommand, type KeyChord } from '../../../../renderer/app/shortcuts';

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
    [chord('z', { ctrlKey: true }), 'edit.undo'],
    [chord('Z', { ctrlKey: true, shiftKey: true }), 'edit.redo'],
    [chord('y', { ctrlKey: true }), 'edit.redo'],
    [chord('s'), null],
    [chord('s', { ctrlKey: true, altKey: true }), null],
    [chord('q', { ctrlKey: true }), null],
  ])('%o -> %s', (event, expected) => {
    expect(shortcutCommand(event)).toBe(expected);
  });
});
