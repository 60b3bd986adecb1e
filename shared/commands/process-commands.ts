import { companyProcessSchema, processesFileSchema } from '../model/process-schema';
import { applyFieldPatch } from './field-patch';
import { CommandError, type CommandSpec } from './types';

/**
 * Sets or clears fields of one company process (name, code, description, owner, tags,
 * properties): a workspace-level change (processes.json), on the workspace's undo stack.
 * The id and the place in the tree are not fields here.
 */
export const processUpdate: CommandSpec<'process.update'> = {
  name: 'process.update',
  label: 'Change company process',
  apply(document, { id, fields }) {
    if ('id' in fields || 'parentId' in fields || 'order' in fields) {
      throw new CommandError('process.update', 'id, parent and order are not changed here');
    }
    const list = document.processes.processes;
    const index = list.findIndex((p) => p.id === id);
    const process = list[index];
    if (!process) throw new CommandError('process.update', `no company process "${id}"`);
    const patched = applyFieldPatch(process, fields);
    const one = companyProcessSchema.safeParse(patched.value);
    if (!one.success) {
      const issue = one.error.issues[0];
      throw new CommandError(
        'process.update',
        `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
      );
    }
    const processes = list.slice();
    processes[index] = patched.value;
    const file = { ...document.processes, processes };
    // Codes are unique across the file: the file-level check says which process has it.
    const whole = processesFileSchema.safeParse(file);
    if (!whole.success) {
      throw new CommandError('process.update', whole.error.issues[0]?.message ?? 'invalid');
    }
    return {
      document: { ...document, processes: file },
      inverse: { name: 'process.update', args: { id, fields: patched.inverse } },
    };
  },
};
