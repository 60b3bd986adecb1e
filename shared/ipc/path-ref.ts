import { z } from 'zod';

/**
 * Files and folders across the host contract (RELIABILITY G.32). In the desktop app a path
 * reaches main only through a reference main issued: the answer of a native dialog, a recent
 * workspace, a folder named at launch. Every method that acts on a file or folder therefore takes
 * a *place*: the path (what the user typed, or what the host showed) and, when the host gave one,
 * its reference. The renderer sends what it holds and never asks which host it has: the desktop
 * host acts on the reference alone and refuses a bare path; the browser host, whose dialogs live
 * in the page behind its authentication, acts on the typed path.
 */

/** An opaque reference to a file or folder, issued by the host that will be sent it back. */
export const pathRefSchema = z.string().regex(/^pr-[A-Za-z0-9_-]{22}$/);

/** The longest path a method accepts. */
export const MAX_PATH_CHARS = 4096;

/** A file or folder as a method receives it: a path, a reference, or both. */
export interface PathChoice {
  path?: string | undefined;
  ref?: string | undefined;
}

/** A file or folder the host offers (dialog answer, recent entry, launch argument). */
export interface OfferedPath {
  /** The absolute path, to show. */
  path: string;
  /** The host's reference to send back; set where the host works with references. */
  ref?: string;
}

/** The fields of a place in a method's arguments; refine with `hasPlace, PLACE_REQUIRED`. */
export const placeFields = {
  path: z.string().min(1).max(MAX_PATH_CHARS).optional(),
  ref: pathRefSchema.optional(),
};

/** The refinement every method with a place applies: a path or a reference must be there. */
export function hasPlace(args: PathChoice): boolean {
  return args.path !== undefined || args.ref !== undefined;
}

/** The refusal when `hasPlace` fails. */
export const PLACE_REQUIRED = { message: 'a path or a path reference is required', path: ['path'] };

/**
 * Just the place of `value` (a recent entry, a dialog answer, a typed path), without its other
 * fields, ready to spread into a method's arguments.
 */
export function placeOf(value: PathChoice): PathChoice {
  return {
    ...(value.path === undefined ? {} : { path: value.path }),
    ...(value.ref === undefined ? {} : { ref: value.ref }),
  };
}
