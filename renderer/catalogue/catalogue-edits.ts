import { nextOrder } from '../../shared/commands/process-commands';
import { siblingsOf } from '../../shared/commands/process-tree';
import type { ProcessId } from '../../shared/model/ids';
import { newId } from '../../shared/model/ids';
import type { CompanyProcess } from '../../shared/model/process-schema';
import { runCommand } from '../state/edit-actions';
import { useStudio } from '../state/studio-store';

function processes(): readonly CompanyProcess[] {
  return useStudio.getState().history?.document.processes.processes ?? [];
}

function find(id: ProcessId): CompanyProcess | undefined {
  return processes().find((p) => p.id === id);
}

/** Adds a process named `name` as the last child of `parentId`; its id, or null if refused. */
export function addProcess(parentId: ProcessId | null, name = 'New process'): ProcessId | null {
  const id = newId<ProcessId>('p');
  const order = nextOrder(processes(), parentId);
  return runCommand({
    name: 'process.add',
    args: { processes: [{ id, name, parentId, order }] },
  })
    ? id
    : null;
}

/** Renames a process (an empty name is refused by the command and shown). */
export function renameProcess(id: ProcessId, name: string): void {
  if (find(id)?.name === name.trim()) return;
  runCommand({ name: 'process.update', args: { id, fields: { name } } }, 'Rename process');
}

/** Makes a process the last child of the sibling above it. */
export function indentProcess(id: ProcessId): void {
  const process = find(id);
  if (!process) return;
  const siblings = siblingsOf(processes(), process.parentId);
  const above = siblings[siblings.findIndex((p) => p.id === id) - 1];
  if (!above) return;
  runCommand(
    { name: 'process.move', args: { id, parentId: above.id, index: Number.MAX_SAFE_INTEGER } },
    'Indent process',
  );
}

/** Makes a process the sibling just after its parent. */
export function outdentProcess(id: ProcessId): void {
  const process = find(id);
  const parent = process?.parentId ? find(process.parentId) : undefined;
  if (!process || !parent) return;
  const index = siblingsOf(processes(), parent.parentId).findIndex((p) => p.id === parent.id);
  runCommand(
    { name: 'process.move', args: { id, parentId: parent.parentId, index: index + 1 } },
    'Outdent process',
  );
}

/** Moves a process one place up (-1) or down (+1) among its siblings. */
export function shiftProcess(id: ProcessId, by: -1 | 1): void {
  const process = find(id);
  if (!process) return;
  const siblings = siblingsOf(processes(), process.parentId);
  const index = siblings.findIndex((p) => p.id === id) + by;
  if (index < 0 || index >= siblings.length) return;
  runCommand(
    { name: 'process.move', args: { id, parentId: process.parentId, index } },
    'Reorder process',
  );
}

/** Moves a dragged process before `target` (same parent as the target). */
export function moveBefore(id: ProcessId, target: ProcessId): void {
  const goal = find(target);
  if (!goal || id === target) return;
  const siblings = siblingsOf(processes(), goal.parentId).filter((p) => p.id !== id);
  const index = siblings.findIndex((p) => p.id === target);
  runCommand(
    { name: 'process.move', args: { id, parentId: goal.parentId, index } },
    'Move process',
  );
}
