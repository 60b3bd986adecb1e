import { newDiagramId } from '../../shared/commands/factories';
import type { DiagramId } from '../../shared/model/ids';
import { askConfirm } from '../state/confirm';
import { runCommand } from '../state/edit-actions';
import { useStudio } from '../state/studio-store';
import { closeTab, diagramTab, openTab } from '../state/tabs';
import { unreadableIds } from './unreadable-diagrams';

function doc() {
  return useStudio.getState().history?.document ?? null;
}

/**
 * An id for a new diagram: free in the document, among the undo stacks kept and among the
 * diagram files that could not be read (a save never writes over one of those).
 */
function freeId(name: string): DiagramId | null {
  const { history, workspace } = useStudio.getState();
  if (!history) return null;
  const taken = [...history.stacks.keys(), ...unreadableIds(workspace?.problems ?? [])];
  return newDiagramId(history.document, name, taken);
}

/** Focuses (opening if needed) a diagram's tab. */
export function showDiagram(id: DiagramId): void {
  useStudio.setState((s) => openTab(s, diagramTab(id)));
}

/** Closes a diagram's tab (the diagram stays in the workspace). */
export function hideDiagram(id: DiagramId): void {
  useStudio.setState((s) => closeTab(s, diagramTab(id)));
}

export function createDiagram(name: string): void {
  const id = freeId(name);
  if (!id) return;
  if (runCommand({ name: 'diagram.create', args: { id, name } })) showDiagram(id);
}

export function renameDiagram(id: DiagramId, name: string): void {
  runCommand({ name: 'diagram.rename', args: { id, name } });
}

export function duplicateDiagram(sourceId: DiagramId, name: string): void {
  const id = freeId(name);
  if (!id) return;
  if (runCommand({ name: 'diagram.duplicate', args: { sourceId, id, name } })) showDiagram(id);
}

/** Deletes a diagram after asking; undo brings it back. */
export async function deleteDiagram(id: DiagramId): Promise<void> {
  const diagram = doc()?.diagrams.find((d) => d.id === id);
  if (!diagram) return;
  const yes = await askConfirm({
    title: 'Delete diagram?',
    message: `“${diagram.name}” and everything on it will be removed from the workspace when you save. You can undo this.`,
    confirmLabel: 'Delete',
  });
  if (yes) runCommand({ name: 'diagram.delete', args: { id } });
}
