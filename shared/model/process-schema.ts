import { z } from 'zod';
import type { ProcessId } from './ids';
import { FORMAT, longText, nameText } from './workspace-schema';
import { LIMITS } from './limits';

/** The schema version of `processes.json` this build writes. */
export const PROCESSES_SCHEMA_VERSION = 1;

const processId = z.string().min(1).max(100) as unknown as z.ZodType<ProcessId>;

/** One of the company's own processes; the tree is built through `parentId`. */
export const companyProcessSchema = z.strictObject({
  id: processId,
  name: nameText,
  parentId: processId.nullable(),
  description: longText.optional(),
});
export type CompanyProcess = z.infer<typeof companyProcessSchema>;

/** `processes.json`. */
export const processesFileSchema = z.strictObject({
  format: z.literal(FORMAT.processes),
  schemaVersion: z.literal(PROCESSES_SCHEMA_VERSION),
  processes: z.array(companyProcessSchema).max(LIMITS.maxProcesses),
});
export type ProcessesFile = z.infer<typeof processesFileSchema>;
