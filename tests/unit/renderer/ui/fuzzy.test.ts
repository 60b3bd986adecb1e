import { describe, expect, it } from 'vitest';
import { fuzzyFilter, fuzzyScore } from '../../../../renderer/ui/fuzzy';

const commands = [
  'Edit: Select all',
  'File: Save',
  'File: Save a copy…',
  'View: Zoom in',
  'View: Zoom out',
  'Help: Keyboard shortcuts',
];

describe('fuzzy matching for the palette', () => {
  it('matches characters in order, case-insensitively, and nothing else', () => {
    expect(fuzzyScore('zin', 'View: Zoom in')).not.toBeNull();
    expect(fuzzyScore('ZOOM', 'View: Zoom in')).not.toBeNull();
    expect(fuzzyScore('niz', 'View: Zoom in')).toBeNull();
    expect(fuzzyScore('', 'anything')).toBe(0);
  });

  it('puts starts of words and runs first', () => {
    expect(fuzzyFilter(commands, 'save', (c) => c)).toEqual(['File: Save', 'File: Save a copy…']);
    expect(fuzzyFilter(commands, 'sac', (c) => c)[0]).toBe('File: Save a copy…');
    expect(fuzzyFilter(commands, 'zo', (c) => c)).toEqual(['View: Zoom in', 'View: Zoom out']);
    expect(fuzzyFilter(commands, 'sa', (c) => c)[0]).toBe('File: Save');
  });

  it('starts a match where it fits best, not at the first occurrence', () => {
    const diagram = ['Diagram: Delete diagram…', 'Diagram: Add box', 'Diagram: Add note'];
    expect(fuzzyFilter(diagram, 'add', (c) => c)).toEqual([
      'Diagram: Add box',
      'Diagram: Add note',
      'Diagram: Delete diagram…',
    ]);
  });

  it('puts a name typed whole first, before names that hold it', () => {
    const views = ['File: Export mapping table…', 'View: Mapping table', 'File: Export report…'];
    expect(fuzzyFilter(views, 'Mapping table', (c) => c)[0]).toBe('View: Mapping table');
    expect(fuzzyFilter(views, 'mapping  TABLE ', (c) => c)[0]).toBe('View: Mapping table');
    expect(fuzzyFilter(views, 'export map', (c) => c)[0]).toBe('File: Export mapping table…');
    expect(fuzzyFilter(views, 'export report', (c) => c)[0]).toBe('File: Export report…');
    // A whole word before the start of a longer one: "map" is Framework map's word.
    const maps = ['View: Mapping table', 'View: Mapping suggestions…', 'View: Framework map'];
    expect(fuzzyFilter(maps, 'map', (c) => c)[0]).toBe('View: Framework map');
    // Typed whole but inside a word, it is no phrase: "ping" in "Mapping" is not.
    expect(fuzzyScore('ping', 'View: Mapping table')).toBeLessThan(
      fuzzyScore('ping', 'View: Ping the server') ?? 0,
    );
  });

  it('keeps the list order when nothing is typed', () => {
    expect(fuzzyFilter(commands, '', (c) => c)).toEqual(commands);
  });
});
