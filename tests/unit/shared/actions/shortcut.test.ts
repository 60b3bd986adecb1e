import { describe, expect, it } from 'vitest';
import {
  formatShortcut,
  matchesShortcut,
  parseShortcut,
  toAccelerator,
  type KeyChord,
} from '../../../../shared/actions/shortcut';

const press = (key: string, mods: Partial<KeyChord> = {}, code = ''): KeyChord => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('parseShortcut', () => {
  it('reads modifiers and the key, "+" included', () => {
    expect(parseShortcut('Mod+Shift+Z')).toEqual({ mod: true, shift: true, alt: false, key: 'z' });
    expect(parseShortcut('Mod++')).toEqual({ mod: true, shift: false, alt: false, key: '+' });
    expect(parseShortcut('F2')).toEqual({ mod: false, shift: false, alt: false, key: 'F2' });
    expect(parseShortcut('?').key).toBe('?');
  });

  it('refuses what is not a chord', () => {
    expect(() => parseShortcut('')).toThrow(/malformed/);
    expect(() => parseShortcut('Ctrl+S')).toThrow(/malformed/);
    expect(() => parseShortcut('Mod+')).toThrow(/malformed/);
  });
});

describe('matchesShortcut', () => {
  const undo = parseShortcut('Mod+Z');
  it('takes Ctrl on Linux and Windows and Cmd on macOS, never both', () => {
    expect(matchesShortcut(undo, press('z', { ctrlKey: true }), 'other')).toBe(true);
    expect(matchesShortcut(undo, press('z', { metaKey: true }), 'other')).toBe(false);
    expect(matchesShortcut(undo, press('z', { metaKey: true }), 'mac')).toBe(true);
    expect(matchesShortcut(undo, press('z', { ctrlKey: true }), 'mac')).toBe(false);
    expect(matchesShortcut(undo, press('Z', { ctrlKey: true, shiftKey: true }), 'other')).toBe(
      false,
    );
    expect(matchesShortcut(undo, press('z', { ctrlKey: true, altKey: true }), 'other')).toBe(false);
  });

  it('finds digits by their key position and ignores Shift for punctuation', () => {
    const fit = parseShortcut('Shift+1');
    expect(matchesShortcut(fit, press('!', { shiftKey: true }, 'Digit1'), 'other')).toBe(true);
    expect(matchesShortcut(fit, press('1', {}, 'Digit1'), 'other')).toBe(false);
    const help = parseShortcut('?');
    expect(matchesShortcut(help, press('?', { shiftKey: true }, 'Slash'), 'other')).toBe(true);
    expect(matchesShortcut(help, press('?', {}, 'Minus'), 'other')).toBe(true);
    const zoomIn = parseShortcut('Mod++');
    expect(matchesShortcut(zoomIn, press('+', { ctrlKey: true, shiftKey: true }), 'other')).toBe(
      true,
    );
  });
});

describe('formatShortcut and toAccelerator', () => {
  it('shows Ctrl on Linux and Windows, the Mac symbols on macOS', () => {
    expect(formatShortcut('Mod+Shift+Z', 'other')).toBe('Ctrl+Shift+Z');
    expect(formatShortcut('Mod+Shift+Z', 'mac')).toBe('⇧⌘Z');
    expect(formatShortcut('Shift+ArrowUp', 'other')).toBe('Shift+↑');
    expect(formatShortcut('Escape', 'other')).toBe('Esc');
    expect(formatShortcut('?', 'mac')).toBe('?');
  });

  it('gives Electron accelerators', () => {
    expect(toAccelerator('Mod+Shift+S')).toBe('CmdOrCtrl+Shift+S');
    expect(toAccelerator('Mod++')).toBe('CmdOrCtrl+Plus');
    expect(toAccelerator('Mod+=')).toBe('CmdOrCtrl+=');
    expect(toAccelerator('Shift+ArrowLeft')).toBe('Shift+Left');
    expect(toAccelerator('F2')).toBe('F2');
  });
});
