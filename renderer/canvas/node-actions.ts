import { renamesInPlace } from '../../shared/commands/element-commands';
import type { DiagramNode } from '../../shared/model/diagram-schema';
import type { NodeId } from '../../shared/model/ids';
import { catalogueFor } from '../framework/pack-store';
import { runCommand } from '../state/edit-actions';
import { useStudio } from '../state/studio-store';
import { diagramOf } from '../state/tabs';

/** Starts inline editing of a node's text (double-click or F2). */
export function startEditing(nodeId: NodeId): void {
  if (useStudio.getState().workspace?.readOnly != null) return;
  useStudio.setState({ editingNodeId: nodeId });
}

/**
 * What a double-click or F2 on `node` does: its text, or its company process's name, is edited
 * in place (`renamesInPlace`); an eTOM process's name comes from its pack, and a node whose
 * company process is gone has none to rename: a notice says so rather than nothing happening.
 */
export function renameNode(node: DiagramNode): void {
  const processes = useStudio.getState().history?.document.processes.processes ?? [];
  if (renamesInPlace(node, processes)) startEditing(node.id);
  else if (node.kind === 'framework') {
    const pack = catalogueFor(node.pack)?.pack.label ?? node.pack;
    useStudio.setState({
      notice: `The names of eTOM processes come from the framework: ${node.processId} keeps its name from ${pack}. Put your own words in a note beside it.`,
    });
  } else if (node.kind === 'process') {
    useStudio.setState({
      notice: `The company process ${node.processId} is no longer in the workspace's processes: this node cannot be renamed. Undo its deletion, or delete the node.`,
    });
  }
}

/**
 * Ends inline editing; renames the node when the text changed, or, on a company process's
 * node, the process (wherever it is drawn). A process's name cannot be made empty.
 */
export function finishEditing(nodeId: NodeId, text: string | null, before: string): void {
  const { activeTab, editingNodeId, history } = useStudio.getState();
  const diagramId = diagramOf(activeTab);
  if (editingNodeId === nodeId) useStudio.setState({ editingNodeId: null });
  if (text === null || text === before || !diagramId) return;
  const node = history?.document.diagrams
    .find((d) => d.id === diagramId)
    ?.nodes.find((n) => n.id === nodeId);
  if (node?.kind === 'process') {
    const name = text.trim();
    if (name === '') {
      useStudio.setState({ notice: `A process needs a name: it keeps “${before}”.` });
    } else if (name !== before) {
      const renamed = runCommand(
        { name: 'process.update', args: { id: node.processId, fields: { name } } },
        'Rename process',
      );
      // Two processes may share a name (their codes tell them apart), but it is worth a word.
      const twin = history?.document.processes.processes.find(
        (p) => p.id !== node.processId && p.name.toLowerCase() === name.toLowerCase(),
      );
      if (renamed && twin) {
        useStudio.setState({
          notice: `Renamed. Another process${twin.code ? `, ${twin.code},` : ''} is also called “${twin.name}”.`,
        });
      }
    }
    return;
  }
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
