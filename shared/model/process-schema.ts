import { z } from 'zod';
import type { ProcessId } from './ids';
import { FORMAT, longText, nameText } from './workspace-schema';
import { ownerText, propertiesSchema, tagsSchema } from './element-fields';
import { LIMITS } from './limits';
import { flagRepeats } from './repeats';

/**
 * The schema version of `processes.json` this build writes. Version 2 gave each process its
 * place among its siblings (`order`; the file keeps processes sorted by id), a company code,
 * owner, level, tags, custom properties and the "not in eTOM" flag
 * (migrations/processes/v1-to-v2.ts).
 */
export const PROCESSES_SCHEMA_VERSION = 2;

const processId = z.string().min(1).max(100) as unknown as z.ZodType<ProcessId>;

/** One of the company's own processes; the tree is built through `parentId`. */
export const companyProcessSchema = z.strictObject({
  id: processId,
  name: nameText,
  parentId: processId.nullable(),
  /** Place among the processes with the same parent: lower first; ties by id. */
  order: z.number().int().min(0).max(1_000_000_000),
  /** The company's own code for it (`OTA-01`), unique in the workspace when given. */
  code: z.string().trim().min(1).max(60).optional(),
  description: longText.optional(),
  owner: ownerText.optional(),
  /** The company's level for it (0 = top), which need not match eTOM's. */
  level: z.number().int().min(0).max(20).optional(),
  tags: tagsSchema.optional(),
  properties: propertiesSchema.optional(),
  /** The analyst's verdict that nothing in eTOM stands for it: an extension of the company's. */
  extension: z.literal(true).optional(),
});
export type CompanyProcess = z.infer<typeof companyProcessSchema>;

/** `processes.json`. */
export const processesFileSchema = z
  .strictObject({
    format: z.literal(FORMAT.processes),
    schemaVersion: z.literal(PROCESSES_SCHEMA_VERSION),
    processes: z.array(companyProcessSchema).max(LIMITS.maxProcesses),
  })
  .superRefine((file, ctx) => {
    flagRepeats(
      ctx,
      file.processes,
      (process) => process.id,
      { field: 'processes', at: 'id' },
      (process) => `duplicate process id "${process.id}"`,
    );
    const byId = new Map<string, CompanyProcess>();
    const codes = new Map<string, number>();
    file.processes.forEach((process, index) => {
      if (!byId.has(process.id)) byId.set(process.id, process);
      if (process.code !== undefined) {
        const key = process.code.toLowerCase();
        const first = codes.get(key);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            message: `the code "${process.code}" is also processes[${first}]'s`,
            path: ['processes', index, 'code'],
          });
        } else codes.set(key, index);
      }
    });
    file.processes.forEach((process, index) => {
      const problem = ancestryProblem(process, byId);
      if (problem)
        ctx.addIssue({ code: 'custom', message: problem, path: ['processes', index, 'parentId'] });
    });
  });
export type ProcessesFile = z.infer<typeof processesFileSchema>;

/** Why a process's parent chain is broken (unknown parent, a cycle), or null. */
function ancestryProblem(
  process: CompanyProcess,
  byId: ReadonlyMap<string, CompanyProcess>,
): string | null {
  const seen = new Set<string>([process.id]);
  let parentId = process.parentId;
  while (parentId !== null) {
    const parent = byId.get(parentId);
    if (!parent) return `unknown parent process "${parentId}"`;
    if (seen.has(parentId)) return `the process is its own ancestor through "${parentId}"`;
    seen.add(parentId);
    parentId = parent.parentId;
  }
  return null;
}
