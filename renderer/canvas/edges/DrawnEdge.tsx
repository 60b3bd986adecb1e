import { BaseEdge, useStore, type EdgeProps, type ReactFlowState } from '@xyflow/react';
import type { ConnectionEdge } from '../to-flow';
import { ConnectionLabel } from './ConnectionLabel';
import { FRAME, FRAME_PATH, holesPath, labelBox, routeBounds, type Box } from './edge-clip';
import { edgeGeometry } from './edge-geometry';
import './edges.css';

/** The boxes of the nodes an edge passes over (containers excluded: edges run on them). */
function nodeBoxes(state: ReactFlowState): Box[] {
  const boxes: Box[] = [];
  for (const node of state.nodeLookup.values()) {
    if (node.type === 'group' || node.hidden) continue;
    const { x, y } = node.internals.positionAbsolute;
    const width = node.measured.width ?? node.width ?? 0;
    const height = node.measured.height ?? node.height ?? 0;
    boxes.push({ x, y, width, height });
  }
  return boxes;
}

/** What the three kinds of connection share: the routed path and the label clear of nodes. */
export function DrawnEdge(props: EdgeProps<ConnectionEdge> & { className: string }) {
  const { id, data, selected = false, markerEnd, className } = props;
  const { path, label } = edgeGeometry(data?.routing ?? 'orthogonal', props);
  const text = data?.label;
  const source = { x: props.sourceX, y: props.sourceY };
  const target = { x: props.targetX, y: props.targetY };
  // A selected edge is lifted above the nodes (elevateEdgesOnSelect) so the grips at its ends
  // can be dragged; its line is masked off the nodes and its own label, and its hit area
  // clipped off them, so it never covers their text. A string, so the edge is drawn again only
  // when its holes change.
  const holes = useStore((state) =>
    selected
      ? holesPath(
          text ? [...nodeBoxes(state), labelBox(text, label)] : nodeBoxes(state),
          routeBounds(source, target),
        )
      : '',
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
          <mask id={`edge-mask-${key}`} maskUnits="userSpaceOnUse" {...FRAME}>
            <rect {...FRAME} fill="white" />
            <path d={holes} fill="black" />
          </mask>
        </defs>
      )}
      <g
        clipPath={off ? `url(#edge-clip-${key})` : undefined}
        mask={off ? `url(#edge-mask-${key})` : undefined}
      >
        <BaseEdge path={path} markerEnd={markerEnd} className={className} interactionWidth={14} />
      </g>
      <ConnectionLabel text={text} at={label} selected={selected} />
    </>
  );
}
