import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandHome } from '../../../../../main/services/folders/home-path';

describe('expandHome', () => {
  const home = path.join(path.sep, 'home', 'ada');
  it('turns a leading ~ into the home folder, as a shell does', () => {
    expect(expandHome('~', home)).toBe(home);
    expect(expandHome('~/', home)).toBe(home + path.sep);
    expect(expandHome('~/work/acme', home)).toBe(path.join(home, 'work', 'acme'));
  });

  it('leaves every other path as typed', () => {
    expect(expandHome('~bob/x', home)).toBe('~bob/x');
    expect(expandHome('/srv/~/x', home)).toBe('/srv/~/x');
    expect(expandHome('relative/~', home)).toBe('relative/~');
    expect(expandHome('', home)).toBe('');
  });
});
