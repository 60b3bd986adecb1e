import { z } from 'zod';
import {
  alignmentQualifierSchema,
  frameworkRefSchema,
  nameText,
  type AlignmentQualifier,
} from '../model/workspace-schema';
import type { DiagramFile } from '../model/diagram-schema';
import type { MappingsFile } from '../model/mapping-schema';
import type { ProcessesFile } from '../model/process-schema';

/** The format id of a portable bundle (`*.etom.json`). */
export const BUNDLE_FORMAT = 'etom-studio.bundle';

/** The bundle schema version this build writes and reads. */
export const BUNDLE_SCHEMA_VERSION = 1;

/** The file name ending of a bundle. */
export const BUNDLE_EXTENSION = '.etom.json';

/** True for a bundle's file name (`*.etom.json`, any case), as opened by double-click. */
export function isBundleFileName(path: string): boolean {
  return path.toLowerCase().endsWith(BUNDLE_EXTENSION);
}

/**
 * The envelope of a bundle, checked before its parts. The parts are whole workspace files
 * (each with its own format and schema version), so a bundle written by an older version
 * migrates its diagrams, processes and mappings through the same steps as a workspace.
 */
export const bundleEnvelopeSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
  /** The name of the workspace it came from. */
  name: nameText,
  /** The pack and release the source workspace used: its mappings' default context. */
  framework: frameworkRefSchema,
  /** The alignment qualifiers its mappings use, so that an import can add missing ones. */
  alignments: z.array(alignmentQualifierSchema).max(20),
  exportedAt: z.string().max(40).optional(),
  processes: z.unknown(),
  mappings: z.unknown(),
  diagrams: z.array(z.unknown()).max(2_000),
});

/**
 * A portable single-file bundle: one or more diagrams with every company process (and its
 * ancestors), mapping and framework reference they use.
 */
export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  schemaVersion: typeof BUNDLE_SCHEMA_VERSION;
  name: string;
  framework: { pack: string; release: string };
  alignments: AlignmentQualifier[];
  exportedAt?: string;
  processes: ProcessesFile;
  mappings: MappingsFile;
  diagrams: DiagramFile[];
}
