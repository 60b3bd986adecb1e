import type { MigrationStep } from '../types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Processes v1 -> v2: each process gets its place among its siblings (`order`). Version 1 kept
 * siblings in the order of the file, so each process's order is how many processes with the
 * same parent came before it; from version 2 the file is sorted by id and `order` alone says
 * where a process stands. Everything else version 2 added is optional. Anything malformed is
 * passed on untouched, for the schema to name its place.
 */
export const step: MigrationStep = {
  kind: 'processes',
  from: 1,
  to: 2,
  migrate(file) {
    const { processes } = file;
    if (!Array.isArray(processes)) return { ...file };
    const seen = new Map<unknown, number>();
    return {
      ...file,
      processes: processes.map((process: unknown) => {
        if (!isRecord(process)) return process;
        const order = seen.get(process.parentId) ?? 0;
        seen.set(process.parentId, order + 1);
        return { ...process, order };
      }),
    };
  },
};
