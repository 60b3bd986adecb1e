import { z } from 'zod';
import type { Bundle } from '../../bundle/bundle-schema';
import { method } from '../define';
import { PLACE_REQUIRED, hasPlace, placeFields, type OfferedPath } from '../path-ref';

/** What `bundle.read` found: the file's name (for messages) and the validated bundle. */
export interface BundleReadResult {
  name: string;
  bundle: Bundle;
}

/** What `bundle.write` wrote. */
export interface BundleWriteResult {
  path: string;
  bytes: number;
}

export const bundleMethods = {
  /** The native file picker for a bundle to import (desktop app); null when cancelled. */
  pick: method<OfferedPath | null>()('dialog.pickBundle', z.strictObject({})),
  /**
   * Reads a bundle (`*.etom.json`) the user chose, validated like a workspace file (older
   * parts migrated); the renderer plans and previews the import, and nothing is written.
   */
  read: method<BundleReadResult>()(
    'bundle.read',
    z.strictObject({ ...placeFields }).refine(hasPlace, PLACE_REQUIRED),
  ),
  /**
   * Writes a bundle the renderer built from the workspace on screen to the file the user
   * chose (a save dialog's answer for JSON in the desktop app); main validates it as a reader
   * would before writing. An existing file is kept unless `overwrite`.
   */
  write: method<BundleWriteResult>()(
    'bundle.write',
    z
      .strictObject({
        ...placeFields,
        bundle: z.record(z.string(), z.unknown()),
        overwrite: z.boolean().optional(),
      })
      .refine(hasPlace, PLACE_REQUIRED),
  ),
} as const;
