import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useActivePackId } from '../../framework/useActivePack';
import { useCatalogue } from '../../framework/useCatalogue';
import { ElementFrame } from '../ElementFrame';
import type { ElementNode } from '../to-flow';
import './framework-node.css';

/**
 * A framework process on a diagram: its id and the name the pack gives it today (never a
 * copy), coloured by level; a process the pack lacks shows as missing instead of vanishing.
 */
export const FrameworkNode = memo(function FrameworkNode({
  data,
  selected,
}: NodeProps<ElementNode>) {
  // Nodes carry their pack in `data.pack`; older flow data without it means the workspace's.
  const activePack = useActivePackId();
  const pack = typeof data.pack === 'string' ? data.pack : activePack;
  const processId = data.caption ?? '';
  const { catalogue, loading } = useCatalogue(pack);
  const process = catalogue?.byId(processId);
  // The workspace names one pack; a reference it lacks (after a pack switch) shows as missing,
  // while the name still comes from the pack the node names.
  const { catalogue: workspaceCatalogue } = useCatalogue(activePack);
  const missingHere = workspaceCatalogue !== undefined && !workspaceCatalogue.has(processId);
  const missing = (!loading && process === undefined) || missingHere;
  const missingFrom = process === undefined ? pack : activePack;
  const level = process ? Math.min(process.level, 7) : 0;
  return (
    <ElementFrame
      nodeId={data.nodeId}
      selected={selected}
      className={`element-framework framework-node level-${level}${missing ? ' missing' : ''}`}
    >
      <span className="framework-node-head">
        <code className="framework-node-id">{processId}</code>
        {process && <span className="framework-node-level">{`L${process.level}`}</span>}
        {missing && (
          <span
            className="badge-missing"
            title={`Pack “${missingFrom}” has no process ${processId}`}
          >
            Missing in pack
          </span>
        )}
      </span>
      <span className="element-text">
        {process ? process.name : loading ? 'Loading…' : data.text}
      </span>
    </ElementFrame>
  );
});
