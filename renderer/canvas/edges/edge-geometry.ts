import type { Position } from '@xyflow/react';
import type { EdgeRouting } from '../../../shared/model/diagram-schema';
import {
  edgePath,
  orthogonalPath,
  type EdgeEnds as SharedEnds,
  type EdgePath,
  type Point,
} from '../../../shared/render/edge-path';
import { detourCorners } from './edge-holes';

export type { Point } from '../../../shared/render/edge-path';

/** Where an edge runs from and to, as React Flow gives it to an edge component. */
export interface EdgeEnds {
  sourceX: number;
  sourceY: number;
  targetX: number;
  targetY: number;
  sourcePosition: Position;
  targetPosition: Position;
}

/** An edge's SVG path, the point its label is centred on (before nodes are kept clear), its route. */
export interface EdgeGeometry {
  path: string;
  label: Point;
  route: EdgePath;
}

/**
 * The path of an edge for its routing, and where its label goes: the shared geometry
 * (shared/render/edge-path.ts) that exports draw too, so a picture matches the screen.
 * React Flow's handle positions are the same four words as our handle sides. `detour` is the
 * route round the nodes in the way (`edgeDetour`), '' when the plain route is clear.
 */
export function edgeGeometry(routing: EdgeRouting, ends: EdgeEnds, detour = ''): EdgeGeometry {
  const route =
    detour === '' ? edgePath(routing, endsOf(ends)) : orthogonalPath(detourCorners(detour));
  return { path: route.path, label: route.label, route };
}

/** React Flow's ends of an edge as the shared geometry takes them. */
export function endsOf(ends: EdgeEnds): SharedEnds {
  return {
    source: { x: ends.sourceX, y: ends.sourceY },
    sourceSide: ends.sourcePosition,
    target: { x: ends.targetX, y: ends.targetY },
    targetSide: ends.targetPosition,
  };
}
