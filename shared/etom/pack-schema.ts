import { z } from 'zod';
import type { FrameworkProcessId, PackId } from '../model/ids';
import { CONFIDENCE_LEVELS, type FrameworkPack } from './pack-model';
import { PROCESS_ID_PATTERN } from './process-id';

/** The format id of a user pack file (`<appDataDir>/packs/<pack-id>.json`). */
export const USER_PACK_FORMAT = 'etom-studio.framework-pack';
/** The version of the user pack file this build writes. */
export const USER_PACK_VERSION = 1;

/** A pack id that is also a safe file name: lower-case words joined by `-` or `.`. */
export const PACK_ID_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/** Most processes one pack may hold (GB921 v25.5 has 2,901). */
export const MAX_PACK_PROCESSES = 20_000;
/** Longest description kept, in characters (GB921 v25.5's longest is under 4,000). */
export const MAX_DESCRIPTION_LENGTH = 20_000;

const processId = z
  .string()
  .regex(PROCESS_ID_PATTERN)
  .max(100) as unknown as z.ZodType<FrameworkProcessId>;
const shortText = z.string().max(500);

export const packIdSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(
    PACK_ID_PATTERN,
    'lower-case letters and digits joined by "-" or "."',
  ) as unknown as z.ZodType<PackId>;

export const frameworkProcessSchema = z.strictObject({
  id: processId,
  level: z.number().int().min(0).max(20),
  name: z.string().min(1).max(500),
  parentId: processId.nullable(),
  domain: shortText,
  verticalGroups: z.array(shortText).max(20),
  classicId: z.string().max(100).optional(),
  uid: z.string().min(1).max(100).optional(),
  confidence: z.enum(CONFIDENCE_LEVELS).optional(),
  successorIds: z.array(z.string().max(100)).max(50).optional(),
  deletedSuccessorIds: z.array(z.string().max(100)).max(50).optional(),
  briefDescription: z.string().max(MAX_DESCRIPTION_LENGTH).optional(),
  extendedDescription: z.string().max(MAX_DESCRIPTION_LENGTH).optional(),
});

/** A whole pack as the app holds it in memory and as user pack files store it. */
export const frameworkPackSchema = z.strictObject({
  id: packIdSchema,
  label: z.string().min(1).max(200),
  release: z.string().min(1).max(50),
  attribution: z.string().max(1000),
  reconstructed: z.boolean(),
  source: z.enum(['built-in', 'user']),
  processes: z.array(frameworkProcessSchema).max(MAX_PACK_PROCESSES),
}) satisfies z.ZodType<FrameworkPack>;

/** The file a user pack is stored in: an envelope around the pack. */
export const userPackFileSchema = z.strictObject({
  format: z.literal(USER_PACK_FORMAT),
  version: z.literal(USER_PACK_VERSION),
  importedAt: z.string().max(50),
  /** The workbook's file name (not its path), for the user's reference. */
  importedFrom: z.string().max(500),
  pack: frameworkPackSchema,
});
export type UserPackFile = z.infer<typeof userPackFileSchema>;
