import type { NodeId } from '../../shared/model/ids';
import { runCommand } from '../state/edit-actions';
import { useStudio } from '../state/studio-store';
import { diagramOf } from '../state/tabs';

/** Starts inline editing of a node's text (double-click or F2). */
export function startEditing(nodeId: NodeId): void {
  if (useStudio.getState().workspace?.readOnly != null) return;
  useStudio.setState({ editingNodeId: nodeId });
}

/** Ends inline editing; renames the node when the text changed. */
export function finishEditing(nodeId: NodeId, text: string | null, before: string): void {
  const { activeTab, editingNodeId } = useStudio.getState();
  const diagramId = diagramOf(activeTab);
  if (editingNodeId === nodeId) useStudio.setState({ editingNodeId: null });
  if (text === null || text === before || !diagramId) return;
  runCommand({ name: 'element.rename', args: { diagramId, id: nodeId, text } });
}

/** Records a finished resize as one command. */
export function resizeNode(
  nodeId: NodeId,
  box: { x: number; y: number; width: number; height: number },
): void {
  const diagramId = diagramOf(useStudio.getState().activeTab);
  if (!diagramId) return;
  runCommand({ name: 'element.resize', args: { diagramId, id: nodeId, ...box } });
}
