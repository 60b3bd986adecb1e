import { z } from 'zod';
import { method } from '../define';
import { PLACE_REQUIRED, hasPlace, placeFields } from '../path-ref';

/** One sub-folder in a listing. */
export interface FolderEntry {
  name: string;
  /** Its absolute path, to show and to list next. */
  path: string;
  /** True for a name starting with `.`: the folder browser hides these unless asked. */
  hidden: boolean;
}

/** The sub-folders of one folder, for the in-app folder browser. */
export interface FolderListing {
  /** The absolute path listed (`~` expanded). */
  path: string;
  /** The folder above it; null at the root of a drive or file system. */
  parent: string | null;
  /** Sorted by name, case-insensitively; at most MAX_LISTED_FOLDERS of them. */
  folders: FolderEntry[];
  /** How many sub-folders were left out past MAX_LISTED_FOLDERS (0 mostly). */
  omitted: number;
}

/** The most sub-folders one listing holds, so a huge folder never makes a huge answer. */
export const MAX_LISTED_FOLDERS = 2_000;

/**
 * A new folder's name: one path segment, not `.` or `..`, no separator or control character.
 * The file system has the last word (it refuses what it cannot store).
 */
export const folderNameSchema = z
  .string()
  .trim()
  .min(1, 'Type a name for the new folder.')
  .max(255, 'A folder name is at most 255 characters.')
  .refine((name) => name !== '.' && name !== '..', 'A folder cannot be named "." or "..".')
  .refine(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    (name) => !/[/\\\u0000-\u001f]/.test(name),
    'A folder name cannot contain /, \\ or control characters.',
  );

/*
 * The in-app folder browser's methods. Only the browser host, whose dialogs live in the page
 * behind its authentication, answers them; in the desktop app the native dialog chooses folders,
 * so no reference it issues is good for listing or making one (main/electron/path-grants.ts).
 */
export const folderMethods = {
  /** The sub-folders of a folder (hidden ones marked). */
  list: method<FolderListing>()(
    'folder.list',
    z.strictObject({ ...placeFields }).refine(hasPlace, PLACE_REQUIRED),
  ),
  /** Makes the folder `name` inside a folder and answers it as an entry. */
  create: method<FolderEntry>()(
    'folder.create',
    z.strictObject({ ...placeFields, name: folderNameSchema }).refine(hasPlace, PLACE_REQUIRED),
  ),
} as const;
