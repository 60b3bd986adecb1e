import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  applyEdgeChanges,
  applyNodeChanges,
  useReactFlow,
  type Connection,
  type Edge,
  type EdgeChange,
  type NodeChange,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { makeEdge } from '../../shared/commands/factories';
import type { DiagramId, EdgeId, NodeId } from '../../shared/model/ids';
import { useFrameworkDrop } from '../framework/useFrameworkDrop';
import { runCommand } from '../state/edit-actions';
import { useStudio } from '../state/studio-store';
import { CanvasToolbar } from './CanvasToolbar';
import { EdgeLabelDialog } from './EdgeLabelDialog';
import { builtInFrameworkName } from './framework-names';
import { NODE_TYPES } from './node-types';
import { startEditing } from './node-actions';
import { carryOver, toFlowEdges, toFlowNodes, type ElementNode } from './to-flow';
import { removeSelection, useCanvasKeys } from './useCanvasKeys';
import { useCanvasRequests, type CanvasRequest } from './canvas-requests';
import { keyboardMoves } from './keyboard-moves';

interface Props {
  diagramId: DiagramId;
}

/** Minimap colours by node kind; the same family as the nodes on the canvas. */
const MINIMAP_COLOURS: Record<string, string> = {
  box: '#9fb8d6',
  note: '#eadb8f',
  framework: '#7fb0dc',
  process: '#7cc5bd',
};

function minimapColor(node: ElementNode): string {
  return MINIMAP_COLOURS[node.type ?? 'box'] ?? '#b8c2cc';
}

interface Local {
  baseNodes: ElementNode[];
  baseEdges: Edge[];
  nodes: ElementNode[];
  edges: Edge[];
}

/**
 * One diagram on the React Flow canvas. The document is the source of truth: React Flow holds
 * a local copy only for what changes every frame (drag positions, resize, selection), and a
 * finished gesture becomes one catalogue command.
 */
function CanvasBody({ diagramId }: Props) {
  const document = useStudio((s) => s.history?.document);
  const readOnly = useStudio((s) => s.workspace?.readOnly != null);
  const diagram = useMemo(
    () => document?.diagrams.find((d) => d.id === diagramId),
    [document, diagramId],
  );
  const baseNodes = useMemo(
    () =>
      diagram && document ? toFlowNodes(diagram, document, new Set(), builtInFrameworkName) : [],
    [diagram, document],
  );
  const baseEdges = useMemo(() => {
    const names = new Map(baseNodes.map((n) => [n.id, n.data.text]));
    return diagram ? toFlowEdges(diagram, names, new Set()) : [];
  }, [diagram, baseNodes]);

  const [local, setLocal] = useState<Local>({
    baseNodes,
    baseEdges,
    nodes: baseNodes,
    edges: baseEdges,
  });
  // When the document changes, start again from it, keeping selection and measured sizes.
  if (local.baseNodes !== baseNodes || local.baseEdges !== baseEdges) {
    setLocal({
      baseNodes,
      baseEdges,
      nodes: carryOver(baseNodes, local.baseNodes, local.nodes),
      edges: carryOver(baseEdges, local.baseEdges, local.edges),
    });
  }
  const { nodes, edges } = local;
  // A drag in progress, and whether Escape abandoned it (the nodes go back to where they were).
  const drag = useRef({ active: false, cancelled: false });
  const onEscape = useCallback(() => {
    if (!drag.current.active) return;
    drag.current.cancelled = true;
    setLocal((l) => ({ ...l, nodes: carryOver(l.baseNodes, [], l.nodes) }));
  }, []);
  useCanvasKeys(diagramId, nodes, edges, onEscape);

  // Framework processes dragged from the library, search results or map land here.
  const frameworkDrop = useFrameworkDrop(diagramId, readOnly);

  // Menu commands (Delete, Select All, zoom) reach the canvas here.
  const flow = useReactFlow();
  const current = useRef(local);
  useEffect(() => {
    current.current = local;
  }, [local]);
  const onRequest = useCallback(
    (request: CanvasRequest) => {
      if (request === 'delete') {
        removeSelection(diagramId, current.current.nodes, current.current.edges);
      } else if (request === 'selectAll') {
        setLocal((l) => ({
          ...l,
          nodes: l.nodes.map((n) => ({ ...n, selected: true })),
          edges: l.edges.map((e) => ({ ...e, selected: true })),
        }));
      } else if (request === 'zoomIn') void flow.zoomIn();
      else if (request === 'zoomOut') void flow.zoomOut();
      else void flow.fitView();
    },
    [diagramId, flow],
  );
  useCanvasRequests(onRequest);

  const onNodesChange = useCallback(
    (changes: NodeChange<ElementNode>[]) => {
      // Removal goes through the catalogue (Delete key), never straight into local state; a
      // cancelled drag ignores the positions React Flow keeps sending until the mouse is up.
      const kept = changes.filter(
        (c) => c.type !== 'remove' && !(c.type === 'position' && drag.current.cancelled),
      );
      setLocal((l) => ({ ...l, nodes: applyNodeChanges(kept, l.nodes) }));
      // Arrow keys on a focused node move the selection outside any drag: record each press.
      if (!drag.current.active) {
        const moves = keyboardMoves(kept);
        if (moves.length > 0) runCommand({ name: 'element.move', args: { diagramId, moves } });
      }
    },
    [diagramId],
  );

  const onNodeDragStart = useCallback(() => {
    drag.current = { active: true, cancelled: false };
  }, []);
  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const kept = changes.filter((c) => c.type !== 'remove');
    setLocal((l) => ({ ...l, edges: applyEdgeChanges(kept, l.edges) }));
  }, []);

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: ElementNode, dragged: ElementNode[]) => {
      const { cancelled } = drag.current;
      drag.current = { active: false, cancelled: false };
      if (cancelled) return;
      const model = new Map(diagram?.nodes.map((n) => [n.id, n]));
      const moves = dragged
        .filter((n) => {
          const before = model.get(n.id as NodeId);
          return before && (before.x !== n.position.x || before.y !== n.position.y);
        })
        .map((n) => ({ id: n.id as NodeId, x: n.position.x, y: n.position.y }));
      if (moves.length > 0) runCommand({ name: 'element.move', args: { diagramId, moves } });
    },
    [diagram, diagramId],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      if (connection.source === connection.target) return;
      runCommand({
        name: 'edge.add',
        args: {
          diagramId,
          edge: makeEdge(connection.source as NodeId, connection.target as NodeId),
        },
      });
    },
    [diagramId],
  );

  const onNodeDoubleClick = useCallback((_event: unknown, node: ElementNode) => {
    if (node.type === 'box' || node.type === 'note') startEditing(node.id as NodeId);
  }, []);

  const [labelling, setLabelling] = useState<EdgeId | null>(null);
  const onEdgeDoubleClick = useCallback(
    (_event: unknown, edge: Edge) => {
      if (!readOnly) setLabelling(edge.id as EdgeId);
    },
    [readOnly],
  );

  const onMoveEnd = useCallback(
    (_event: unknown, viewport: Viewport) => {
      useStudio.setState((s) => ({ viewports: { ...s.viewports, [diagramId]: viewport } }));
    },
    [diagramId],
  );

  const [initialViewport] = useState(
    () => useStudio.getState().viewports[diagramId] ?? diagram?.viewport,
  );
  if (!diagram) return null;
  return (
    <div className="canvas">
      <CanvasToolbar diagramId={diagramId} readOnly={readOnly} />
      <div className="canvas-flow">
        <ReactFlow<ElementNode>
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStart={onNodeDragStart}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onNodeDoubleClick={onNodeDoubleClick}
          onEdgeDoubleClick={onEdgeDoubleClick}
          onMoveEnd={onMoveEnd}
          onDragOver={frameworkDrop.onDragOver}
          onDrop={frameworkDrop.onDrop}
          defaultViewport={initialViewport}
          deleteKeyCode={null}
          zoomOnDoubleClick={false}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          minZoom={0.1}
          maxZoom={4}
          onlyRenderVisibleElements
          proOptions={{ hideAttribution: true }}
          aria-label={`Diagram ${diagram.name}`}
        >
          <Background gap={20} size={1} />
          <Controls showInteractive={false} />
          <MiniMap pannable zoomable ariaLabel="Overview" nodeColor={minimapColor} />
        </ReactFlow>
      </div>
      {labelling && (
        <EdgeLabelDialog
          diagramId={diagramId}
          edgeId={labelling}
          initial={diagram.edges.find((e) => e.id === labelling)?.label ?? ''}
          onClose={() => setLabelling(null)}
        />
      )}
    </div>
  );
}

/** The canvas for one diagram; remounted per diagram so each keeps its own viewport. */
export function DiagramCanvas({ diagramId }: Props) {
  return (
    <ReactFlowProvider key={diagramId}>
      <CanvasBody diagramId={diagramId} />
    </ReactFlowProvider>
  );
}
