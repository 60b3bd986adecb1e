import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  useReactFlow,
  ConnectionLineType,
  ConnectionMode,
  type FinalConnectionState,
  type Connection,
  type Edge,
  type EdgeChange,
  type NodeChange,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import './canvas-font.css';
import { makeEdge } from '../../shared/commands/factories';
import type { DiagramId, EdgeId, NodeId } from '../../shared/model/ids';
import { useFrameworkDrop } from '../framework/useFrameworkDrop';
import { runCommands } from '../state/edit-actions';
import type { Invocation } from '../../shared/commands/types';
import { askPrompt } from '../state/overlays';
import { useLabelPointer } from './edges/useLabelPointer';
import { showCanvasDetails } from '../framework/library-store';
import { changeSelection, selectionIn } from '../state/select-actions';
import { useStudio } from '../state/studio-store';
import { CANVAS_KEYS_ATTRIBUTE } from '../actions/key-ownership';
import { ActionToolbar } from '../ui/ActionToolbar';
import { useCanvasHandle } from './canvas-handles';
import { FitButton } from './FitButton';
import { useCanvasMenus } from './useCanvasMenus';
import { beginDrag, endDrag, showDragging } from './drag-session';
import { SoleSelection, soleSelected } from './nodes/sole-selection';
import { builtInFrameworkName } from './framework-names';
import { NODE_TYPES } from './node-types';
import { EDGE_TYPES } from './edge-types';
import { reconnectEdge } from './edges/reconnect';
import { connectionKind } from './edges/connection-kind';
import { connectNodes } from './edges/connect-nodes';
import { facingSide } from './edges/facing-side';
import { ConnectModeSelect } from './ConnectModeSelect';
import { CANVAS_TOOL_ICONS } from './toolbar-icons';
import { dropMemberships } from './nodes/containment';
import { DomainLegend } from './nodes/DomainLegend';
import { withMembersFollowing } from './nodes/members-follow';
import { isHandleSide } from './nodes/node-handles';
import { renameNode } from './node-actions';
import {
  carryOver,
  toFlowEdges,
  toFlowNodes,
  type ConnectionEdge,
  type ElementNode,
} from './to-flow';
import { ZoomLevel } from './ZoomLevel';
import { CanvasMinimap } from './CanvasMinimap';
import { usePaintMarkReady } from './usePaintMarkReady';
import { REVEAL_AT_ONCE_UP_TO, useProgressiveReveal, viewRect } from './progressive-reveal';
import { useEdgesNearView } from './edges-near-view';
import { SketchLayer } from './sketch/SketchLayer';
import { useSketch } from './sketch/useSketch';
import { useSketchPicking } from './sketch/useSketchPicking';
import { addElement } from './add-element';
import { FindBar } from './find/FindBar';
import { SNAP_GRID, useViewPrefs } from './view-prefs';
import { HelperLines } from './helper-lines/HelperLines';
import { useHelperLines } from './helper-lines/useHelperLines';
import { usePickAlone } from './usePickAlone';

const MULTI_SELECT_KEYS = ['Shift', 'Control', 'Meta'];

interface Props {
  diagramId: DiagramId;
}

interface Local {
  baseNodes: ElementNode[];
  baseEdges: Edge[];
  nodes: ElementNode[];
  edges: Edge[];
}

/** The connections of a large diagram before they are made (see `edgesLater`). */
const NO_EDGES: ConnectionEdge[] = [];

/** The select changes in a batch of React Flow changes, as the state's selection takes them. */
function selectChanges(changes: readonly (NodeChange<ElementNode> | EdgeChange)[]) {
  return changes.flatMap((c) => (c.type === 'select' ? [{ id: c.id, selected: c.selected }] : []));
}

/**
 * One diagram on the React Flow canvas, as a projection of the studio state: the document
 * gives the elements, the state's selection which of them are selected. React Flow keeps a
 * local copy only of what changes every frame (drag positions, measured sizes); clicks become
 * selection changes in the state, and a finished gesture becomes one catalogue command.
 */
function CanvasBody({ diagramId }: Props) {
  const document = useStudio((s) => s.history?.document);
  const readOnly = useStudio((s) => s.workspace?.readOnly != null);
  const selection = useStudio((s) => selectionIn(s, diagramId));
  const diagram = useMemo(
    () => document?.diagrams.find((d) => d.id === diagramId),
    [document, diagramId],
  );
  const baseNodes = useMemo(
    () =>
      diagram && document
        ? toFlowNodes(diagram, document, selection.nodes, builtInFrameworkName)
        : [],
    [diagram, document, selection.nodes],
  );
  // A large diagram opens with no connection to show (its nodes come in steps, and a
  // connection waits for both ends): its connections are made a task after the mount, which
  // would otherwise make every canvas node and connection at once.
  const [edgesLater, setEdgesLater] = useState(() => baseNodes.length > REVEAL_AT_ONCE_UP_TO);
  useEffect(() => {
    if (!edgesLater) return;
    const timer = setTimeout(() => setEdgesLater(false), 0);
    return () => clearTimeout(timer);
  }, [edgesLater]);
  const baseEdges = useMemo(() => {
    if (edgesLater) return NO_EDGES;
    const names = new Map<string, string>();
    for (const node of baseNodes) names.set(node.id, node.data.text);
    return diagram ? toFlowEdges(diagram, names, selection.edges) : [];
  }, [diagram, baseNodes, selection.edges, edgesLater]);

  const [local, setLocal] = useState<Local>({
    baseNodes,
    baseEdges,
    nodes: baseNodes,
    edges: baseEdges,
  });
  // When the document or the selection changes, start again from them, keeping what React
  // Flow measured.
  if (local.baseNodes !== baseNodes || local.baseEdges !== baseEdges) {
    setLocal({
      baseNodes,
      baseEdges,
      nodes:
        baseNodes === local.baseNodes
          ? local.nodes
          : carryOver(baseNodes, local.baseNodes, local.nodes),
      // Unchanged connections stay the same array: a new one is a rebuild in React Flow.
      edges:
        baseEdges === local.baseEdges
          ? local.edges
          : carryOver(baseEdges, local.baseEdges, local.edges),
    });
  }
  const { nodes, edges } = local;
  const [initialViewport] = useState(
    () => useStudio.getState().viewports.get(diagramId) ?? diagram?.viewport,
  );
  // A large diagram reaches React Flow in steps, the nodes in view first; the pane is not laid
  // out yet at the first render, so the window's size stands for it (a little more than it).
  const firstView = useCallback(
    () =>
      viewRect(initialViewport ?? { x: 0, y: 0, zoom: 1 }, {
        width: window.innerWidth,
        height: window.innerHeight,
      }),
    [initialViewport],
  );
  const shown = useProgressiveReveal(nodes, edges, firstView);
  // Zoomed out on a large diagram, React Flow holds only the live selection; the rest is sketched.
  const sketch = useSketch(shown.nodes, shown.edges, selection.nodes, initialViewport?.zoom ?? 1);
  // A large diagram's connections reach React Flow only near the view. Where they are is read
  // from the document's nodes: a drag moves nodes in view only, whose connections are in.
  const flowEdges = useEdgesNearView(
    baseNodes,
    sketch.edges,
    baseNodes.length > REVEAL_AT_ONCE_UP_TO,
  );

  // Whether Escape abandoned the drag in progress (the nodes went back to where they were).
  const dragCancelled = useRef(false);
  // A canvas that goes away mid-drag (its tab closed by a key) leaves no drag behind.
  useEffect(() => endDrag, []);

  const frameworkDrop = useFrameworkDrop(diagramId, readOnly);

  const pane = useRef<HTMLDivElement>(null);
  const canvas = useCanvasHandle(diagramId, pane);
  usePaintMarkReady(diagramId, pane, nodes);
  const { lines: guideLines, snap: snapToLines, finish: finishGuides } = useHelperLines(pane);

  const onNodesChange = useCallback(
    (changes: NodeChange<ElementNode>[]) => {
      changeSelection(diagramId, selectChanges(changes), []);
      // Removal goes through the catalogue (the Delete action), never straight into local
      // state; a cancelled drag ignores the positions React Flow sends until the mouse is up.
      const kept = changes.filter(
        (c) => c.type === 'dimensions' || (c.type === 'position' && !dragCancelled.current),
      );
      if (kept.length === 0) return;
      // A dragged node snaps to the lines of the nodes in view (helper lines); a dragged group
      // carries its members along on screen.
      const snapped = snapToLines(kept, diagram?.nodes ?? []);
      setLocal((l) => ({
        ...l,
        nodes: applyNodeChanges(
          withMembersFollowing(snapped, l.nodes, diagram?.nodes ?? []),
          l.nodes,
        ),
      }));
    },
    [diagramId, diagram, snapToLines],
  );

  // Edges change only by commands; React Flow's changes to them are selections.
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => changeSelection(diagramId, [], selectChanges(changes)),
    [diagramId],
  );

  const onDragStart = useCallback(() => {
    dragCancelled.current = false;
    showDragging(pane.current, true);
    beginDrag(diagramId, () => {
      dragCancelled.current = true;
      finishGuides([]);
      setLocal((l) => ({ ...l, nodes: carryOver(l.baseNodes, [], l.nodes, false) }));
    });
  }, [diagramId, finishGuides]);

  const onDragStop = useCallback(
    (reported: ElementNode[]) => {
      endDrag();
      showDragging(pane.current, false);
      // React Flow reports where the mouse put the nodes; the last helper-line snap moved them.
      const dragged = finishGuides(reported);
      if (dragCancelled.current) {
        dragCancelled.current = false;
        return;
      }
      const model = new Map(diagram?.nodes.map((n) => [n.id, n]));
      const moves = dragged
        .filter((n) => {
          const before = model.get(n.id as NodeId);
          return before && (before.x !== n.position.x || before.y !== n.position.y);
        })
        .map((n) => ({ id: n.id as NodeId, x: n.position.x, y: n.position.y }));
      // Dropped into a group or lane, a node joins it; dropped outside, it leaves it: one step.
      const memberships = dropMemberships(
        diagram?.nodes ?? [],
        dragged.map((n) => ({ id: n.id as NodeId, x: n.position.x, y: n.position.y })),
      );
      const commands: Invocation[] = [];
      if (moves.length > 0) commands.push({ name: 'element.move', args: { diagramId, moves } });
      if (memberships.length > 0) {
        commands.push({ name: 'element.setParent', args: { diagramId, changes: memberships } });
      }
      if (commands.length > 0) runCommands('Move elements', commands);
    },
    [diagram, diagramId, finishGuides],
  );
  // A new function is a store update in React Flow, which every mounted node and edge hears
  // (thousands of listeners): these stay the same while the nodes are dragged.
  const onNodeDragStop = useCallback(
    (_event: unknown, _node: ElementNode, dragged: ElementNode[]) => onDragStop(dragged),
    [onDragStop],
  );
  const onSelectionDragStop = useCallback(
    (_event: unknown, dragged: ElementNode[]) => onDragStop(dragged),
    [onDragStop],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      if (connection.source === connection.target) return;
      const kindOf = (id: string) => diagram?.nodes.find((n) => n.id === id)?.kind;
      const edge = makeEdge(
        connection.source as NodeId,
        connection.target as NodeId,
        connectionKind(kindOf(connection.source), kindOf(connection.target)),
      );
      // The sides it was drawn between, so it stays attached there.
      if (isHandleSide(connection.sourceHandle)) edge.sourceHandle = connection.sourceHandle;
      if (isHandleSide(connection.targetHandle)) edge.targetHandle = connection.targetHandle;
      connectNodes(diagramId, edge);
    },
    [diagram, diagramId],
  );

  // A connection dropped on a node's body rather than on one of its handles: attached to the
  // side of that node facing where it came from.
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid === true || !state.fromNode || !state.fromHandle || readOnly) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const over = window.document.elementFromPoint(point.clientX, point.clientY);
      const targetId = over?.closest('.react-flow__node')?.getAttribute('data-id');
      const from = diagram?.nodes.find((n) => n.id === state.fromNode?.id);
      const to = diagram?.nodes.find((n) => n.id === targetId);
      if (!from || !to || from.id === to.id) return;
      onConnect({
        source: from.id,
        sourceHandle: state.fromHandle.id ?? null,
        target: to.id,
        targetHandle: facingSide(from, to),
      });
    },
    [diagram, onConnect, readOnly],
  );

  const onReconnect = useCallback(
    (edge: Edge, connection: Connection) => reconnectEdge(diagramId, edge, connection),
    [diagramId],
  );

  const onEdgeDoubleClick = useCallback(
    (_event: unknown, edge: Edge) => {
      if (!readOnly) askPrompt({ kind: 'label-edge', diagramId, edgeId: edge.id as EdgeId });
    },
    [diagramId, readOnly],
  );

  const menus = useCanvasMenus(diagramId, selection);
  const onNodeClick = usePickAlone(diagramId);
  const { snap } = useViewPrefs();
  const flow = useReactFlow();
  const picking = useSketchPicking(diagramId, sketch.sketching);
  const onNodeDoubleClick = useCallback(
    (_event: unknown, node: ElementNode) => {
      if (sketch.sketching) {
        picking.zoomTo(node.id);
        return;
      }
      const model = diagram?.nodes.find((n) => n.id === node.id);
      if (model) renameNode(model);
    },
    [diagram, picking, sketch.sketching],
  );

  const label = useLabelPointer(diagramId, readOnly, menus.onEdgeContextMenu);
  // A double-click on the empty canvas adds a box there (React Flow has no pane double-click);
  // on a sketched node it zooms to it; on a connection's label it edits that label.
  const onPaneDoubleClick = useCallback(
    (event: React.MouseEvent) => {
      if (label.onDoubleClick(event)) return;
      if (!(event.target as Element).classList.contains('react-flow__pane')) return;
      if (picking.onPaneDoubleClick(event) || readOnly) return;
      addElement(
        diagramId,
        'box',
        flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }),
      );
    },
    [diagramId, flow, label, picking, readOnly],
  );
  const onMoveEnd = useCallback(
    (_event: unknown, viewport: Viewport) => {
      useStudio.setState((s) => ({ viewports: new Map(s.viewports).set(diagramId, viewport) }));
    },
    [diagramId],
  );

  if (!diagram) return null;
  return (
    <div className="canvas" {...{ [CANVAS_KEYS_ATTRIBUTE]: '' }}>
      <div className="canvas-toolbar">
        <ActionToolbar bar="diagram" label="Diagram tools" icons={CANVAS_TOOL_ICONS} />
        <ConnectModeSelect />
        <ZoomLevel />
      </div>
      <div
        className="canvas-flow"
        ref={pane}
        onDoubleClick={onPaneDoubleClick}
        onClick={label.onClick}
        onContextMenu={label.onContextMenu}
        // A click on the canvas gives the details panel back to the diagram's selection.
        onPointerDownCapture={showCanvasDetails}
      >
        <SoleSelection.Provider value={soleSelected(selection.nodes)}>
          <ReactFlow<ElementNode>
            nodes={sketch.nodes}
            edges={flowEdges}
            nodeTypes={NODE_TYPES}
            edgeTypes={EDGE_TYPES}
            // Every handle both starts and ends connections; either end can be moved later.
            connectionMode={ConnectionMode.Loose}
            // Only the connection selected alone has its ends moved (to-flow.ts, `reconnectable`):
            // an edge's ends lie under the nodes' handles, which would start a new connection
            // instead, so that one is drawn above the nodes (`LIFTED_Z`), where its end grips
            // can be dragged. Connections selected together stay under the nodes.
            onReconnect={readOnly ? undefined : onReconnect}
            edgesReconnectable={false}
            // Drawing order is the model's (z, groups behind): selecting never lifts a node.
            elevateNodesOnSelect={false}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onNodeDragStart={onDragStart}
            onNodeDragStop={onNodeDragStop}
            onSelectionDragStart={onDragStart}
            onSelectionDragStop={onSelectionDragStop}
            onConnect={onConnect}
            onConnectEnd={onConnectEnd}
            connectionLineType={ConnectionLineType.SmoothStep}
            onNodeClick={onNodeClick}
            onNodeDoubleClick={onNodeDoubleClick}
            onEdgeDoubleClick={onEdgeDoubleClick}
            onPaneContextMenu={menus.onPaneContextMenu}
            onNodeContextMenu={menus.onNodeContextMenu}
            onEdgeContextMenu={menus.onEdgeContextMenu}
            onMoveEnd={onMoveEnd}
            onPaneClick={picking.onPaneClick}
            onSelectionEnd={picking.onSelectionEnd}
            onDragOver={frameworkDrop.onDragOver}
            onDrop={frameworkDrop.onDrop}
            defaultViewport={initialViewport}
            // Keys are the action registry's (one dispatcher): React Flow deletes nothing itself.
            deleteKeyCode={null}
            zoomOnDoubleClick={false}
            nodesDraggable={!readOnly}
            nodesConnectable={!readOnly}
            minZoom={0.1}
            maxZoom={4}
            onlyRenderVisibleElements
            // Shift-click and Ctrl-click (Cmd-click) add to the selection or take away from it.
            multiSelectionKeyCode={MULTI_SELECT_KEYS}
            snapToGrid={snap}
            snapGrid={SNAP_GRID}
            proOptions={{ hideAttribution: true }}
            aria-label={`Diagram ${diagram.name}`}
          >
            <Background gap={20} size={1} />
            {sketch.sketching ? <SketchLayer edges={edges} selected={selection.nodes} /> : null}
            <Controls showInteractive={false} showFitView={false}>
              <FitButton onFit={() => canvas.fit()} />
            </Controls>
            <CanvasMinimap />
            <FindBar diagramId={diagramId} nodes={nodes} />
            <DomainLegend diagram={diagram} />
            <HelperLines lines={guideLines} />
          </ReactFlow>
        </SoleSelection.Provider>
      </div>
    </div>
  );
}

/**
 * The canvas for one diagram; remounted per diagram so each keeps its own viewport. A large
 * diagram's canvas mounts one task after the window around it, so that opening a workspace
 * is two shorter tasks rather than one long one (and its nodes then arrive in steps).
 */
export function DiagramCanvas({ diagramId }: Props) {
  const large = useStudio(
    (s) =>
      (s.history?.document.diagrams.find((d) => d.id === diagramId)?.nodes.length ?? 0) >
      REVEAL_AT_ONCE_UP_TO,
  );
  const [mounted, setMounted] = useState(!large);
  useEffect(() => {
    if (mounted) return;
    const timer = setTimeout(() => setMounted(true), 0);
    return () => clearTimeout(timer);
  }, [mounted]);
  if (!mounted) return <div className="canvas" aria-busy="true" />;
  return (
    <ReactFlowProvider key={diagramId}>
      <CanvasBody diagramId={diagramId} />
    </ReactFlowProvider>
  );
}
