import type { DiagramEdge } from '../../../shared/model/diagram-schema';
import type { DiagramId } from '../../../shared/model/ids';
import { planConnection } from '../../../shared/mapping/mapping-edge-plan';
import { gestureStamp, gestureTarget, mappedNotice } from '../../mappings/gesture-mapping';
import { runCommand } from '../../state/edit-actions';
import { useStudio } from '../../state/studio-store';
import { useConnectMode } from '../connect-mode';

/**
 * Connects two nodes as drawn. With the toolbar's "Connect as: Mapping", a company process
 * joined to an eTOM process becomes a mapping edge (and a new draft mapping unless they are
 * mapped already), one step on the diagram's undo stack; otherwise, and for any other pair,
 * `edge` is added as it is (a flow or an association).
 */
export function connectNodes(diagramId: DiagramId, edge: DiagramEdge): void {
  const { history } = useStudio.getState();
  const diagram = history?.document.diagrams.find((d) => d.id === diagramId);
  if (!history || !diagram) return;
  if (useConnectMode.getState().mode === 'flow') {
    runCommand({ name: 'edge.add', args: { diagramId, edge } });
    return;
  }
  const plan = planConnection(history.document, diagram, edge, gestureTarget, gestureStamp());
  if (plan.kind === 'plain') {
    runCommand({ name: 'edge.add', args: { diagramId, edge } });
  } else if (plan.kind === 'refused') {
    useStudio.setState({
      error: { code: 'INVALID_ARGUMENT', message: `Not mapped: ${plan.reason}` },
    });
  } else if (runCommand(plan.invocation, plan.created ? 'Map by connection' : undefined)) {
    useStudio.setState({ notice: mappedNotice(plan.mapping, plan.created) });
  }
}
