import { homedir } from 'node:os';
import * as path from 'node:path';

/**
 * A typed path with a leading `~` (alone, or followed by a separator) turned into the user's home
 * folder, as a shell would; `~name` (another user's home) and every other path are left as typed.
 */
export function expandHome(typed: string, home: string = homedir()): string {
  if (typed === '~') return home;
  const rest = typed.slice(1);
  const separated = rest.startsWith('/') || (path.sep === '\\' && rest.startsWith('\\'));
  return typed.startsWith('~') && separated ? path.join(home, rest) : typed;
}
