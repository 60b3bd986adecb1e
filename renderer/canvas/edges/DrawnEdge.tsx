import { BaseEdge, type EdgeProps } from '@xyflow/react';
import type { ConnectionEdge } from '../to-flow';
import { ConnectionLabel } from './ConnectionLabel';
import { edgeGeometry } from './edge-geometry';
import './edges.css';

/** What the three kinds of connection share: the routed path and the label clear of nodes. */
export function DrawnEdge(props: EdgeProps<ConnectionEdge> & { className: string }) {
  const { data, selected = false, markerEnd, className } = props;
  const { path, label } = edgeGeometry(data?.routing ?? 'orthogonal', props);
  return (
    <>
      <BaseEdge path={path} markerEnd={markerEnd} className={className} interactionWidth={14} />
      <ConnectionLabel text={data?.label} at={label} selected={selected} />
    </>
  );
}
