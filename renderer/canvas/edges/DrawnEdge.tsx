import { useRef } from 'react';
import { BaseEdge, useStore, type EdgeProps } from '@xyflow/react';
import type { Point } from '../../../shared/render/edge-path';
import { shiftedAlong } from '../../../shared/render/end-spread';
import { isDragging } from '../drag-session';
import type { ConnectionEdge } from '../to-flow';
import { ConnectionLabel } from './ConnectionLabel';
import { FRAME_PATH } from './edge-clip';
import { edgeGeometry, endsOf } from './edge-geometry';
import { detourKey, edgeDetour, edgeHoles, edgeLabelAt } from './edge-holes';
import { useGripsAtEnds } from './useGripsAtEnds';
import './edges.css';

const HIT_WIDTH = 14;

/** What the three kinds of connection share: the routed path and the label clear of nodes. */
export function DrawnEdge(drawn: EdgeProps<ConnectionEdge> & { className: string }) {
  // React Flow gives the middle of each end's side; where other ends share the side, this
  // one is moved along it (shared/render/end-spread.ts), as the exports draw it.
  const props = withShiftedEnds(drawn);
  const { id, data, selected = false, markerEnd, className } = props;
  const routing = data?.routing ?? 'orthogonal';
  // An orthogonal edge goes round the nodes in its way, as the exports route it.
  // The ends and their key are made here, once per render, not in the selector (which runs on
  // every frame of a pan).
  const ends = endsOf(props);
  const routeKey = detourKey(ends);
  const detour = useStore((state) =>
    routing === 'orthogonal' ? edgeDetour(state, ends, routeKey, isDragging()) : '',
  );
  const { path, label: middle, route } = edgeGeometry(routing, props, detour);
  const text = data?.label;
  const source = { x: props.sourceX, y: props.sourceY };
  const target = { x: props.targetX, y: props.targetY };
  // The label clear of the nodes near the route (as the exports place it); while nodes are
  // dragged it stays at the route's middle, placed again at the drop.
  const placed = useStore((state) =>
    text && routing !== 'curved' && !isDragging() ? edgeLabelAt(state, route, routing, text) : '',
  );
  const label = placed === '' ? middle : pointOf(placed);
  // The connection selected alone is lifted above the nodes (to-flow.ts, `lifted`) so the
  // grips at its ends can be dragged; its line and hit area are clipped off the nodes and its
  // own label, so it never covers their text (a clip path, not a mask: a mask costs an
  // offscreen layer per edge on every repaint). A string, so the edge is drawn again only when
  // its holes change; worked out once per node list, so a pan costs a lookup.
  // While nodes are dragged the holes would move every frame (a new node list, a new index of
  // boxes each time): a dragged connection goes without them until the drop.
  const lifted = data?.lifted === true;
  const holes = useStore((state) =>
    lifted && !isDragging() ? edgeHoles(state, source, target, text, label) : '',
  );
  const drawnIn = useRef<SVGGElement>(null);
  useGripsAtEnds(
    drawnIn,
    {
      source: { x: props.sourceX - drawn.sourceX, y: props.sourceY - drawn.sourceY },
      target: { x: props.targetX - drawn.targetX, y: props.targetY - drawn.targetY },
    },
    lifted,
    data,
  );
  const key = id.replace(/[^\w-]/g, '_');
  const off = holes !== '';
  return (
    <>
      {off && (
        <defs>
          <clipPath id={`edge-clip-${key}`} clipPathUnits="userSpaceOnUse">
            <path d={FRAME_PATH + holes} clipRule="evenodd" />
          </clipPath>
        </defs>
      )}
      <g ref={drawnIn} clipPath={off ? `url(#edge-clip-${key})` : undefined}>
        <BaseEdge
          path={path}
          markerEnd={markerEnd}
          className={className}
          interactionWidth={HIT_WIDTH}
        />
      </g>
      <StraightExtent source={source} target={target} />
      <ConnectionLabel edgeId={id} text={text} at={label} selected={selected} />
    </>
  );
}

/** `props` with its ends moved along their sides by the edge's shift, if it has one. */
function withShiftedEnds<P extends EdgeProps<ConnectionEdge>>(props: P): P {
  const { sourceShift = 0, targetShift = 0 } = props.data ?? {};
  if (sourceShift === 0 && targetShift === 0) return props;
  const source = shiftedAlong(
    { x: props.sourceX, y: props.sourceY },
    props.sourcePosition,
    sourceShift,
  );
  const target = shiftedAlong(
    { x: props.targetX, y: props.targetY },
    props.targetPosition,
    targetShift,
  );
  return { ...props, sourceX: source.x, sourceY: source.y, targetX: target.x, targetY: target.y };
}

/** The point of an "x,y" from `edgeLabelAt`. */
function pointOf(placed: string): Point {
  const [x = 0, y = 0] = placed.split(',').map(Number);
  return { x, y };
}

/**
 * A straight level or upright connection has a line with no height or no width, so its group
 * would report an empty box (to assistive technology and to tools that ask whether it shows):
 * an unpainted rectangle as wide as its hit area gives it the box it takes on screen.
 */
function StraightExtent({ source, target }: { source: Point; target: Point }) {
  const level = Math.abs(source.y - target.y) < 1;
  const upright = Math.abs(source.x - target.x) < 1;
  if (!level && !upright) return null;
  const pad = HIT_WIDTH / 2;
  const x = Math.min(source.x, target.x) - (upright ? pad : 0);
  const y = Math.min(source.y, target.y) - (level ? pad : 0);
  return (
    <rect
      className="edge-extent"
      x={x}
      y={y}
      width={Math.abs(source.x - target.x) + (upright ? 2 * pad : 0)}
      height={Math.abs(source.y - target.y) + (level ? 2 * pad : 0)}
      fill="none"
      pointerEvents="none"
    />
  );
}
