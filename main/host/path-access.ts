import { HostFailure } from '../../shared/ipc/errors';
import type { SaveFormat } from '../../shared/ipc/methods/export-methods';
import type { OfferedPath, PathChoice } from '../../shared/ipc/path-ref';
import { expandHome } from '../services/folders/home-path';

/** What a method does with a place; a reference is good only for the uses its offer allowed. */
export type PathUse =
  | 'inspect'
  | 'open'
  | 'create'
  | 'copy'
  | `export-${SaveFormat}`
  | 'import'
  | 'forget'
  /** The in-app folder browser's; no reference the desktop app issues allows them. */
  | 'list'
  | 'make-folder';

/** Why main offers a path to the renderer, which decides what its reference may do. */
export type PathOffer =
  /** A native dialog's answer, asked for one use: good for that one call (and inspecting). */
  | { kind: 'dialog'; use: Exclude<PathUse, 'inspect' | 'forget' | 'list' | 'make-folder'> }
  /** A workspace folder named on the command line: open it, as often as needed. */
  | { kind: 'launch' };

/**
 * How a host turns the places the renderer sends into paths (see shared/ipc/path-ref.ts), and
 * what it sends with the paths it offers. The handlers call it for every file or folder a
 * method acts on, before they touch the disk.
 */
export interface PathAccess {
  /** The path `place` stands for, when it may be used for `use`; rejects with a HostFailure. */
  resolve(place: PathChoice, use: PathUse): Promise<string>;
  /** A path main offers the renderer, with a reference where this host issues them. */
  offer(path: string, why: PathOffer): OfferedPath;
  /**
   * The recent workspaces as the renderer gets them: open, inspect or forget, as often as
   * needed, while they are on the list (the references of paths no longer listed stop working).
   */
  offerRecent(paths: ReadonlyArray<string>): OfferedPath[];
}

/**
 * The browser host's access: the renderer's own dialogs send typed paths, behind the host's
 * authentication, and the host issues no references. A leading `~` is the user's home folder.
 */
export const typedPaths: PathAccess = {
  resolve(place) {
    if (place.path === undefined) {
      return Promise.reject(
        new HostFailure({
          code: 'INVALID_ARGUMENT',
          message: 'This host takes the path itself; type the full path of the file or folder.',
        }),
      );
    }
    return Promise.resolve(expandHome(place.path));
  },
  offer: (path) => ({ path }),
  offerRecent: (paths) => paths.map((path) => ({ path })),
};
