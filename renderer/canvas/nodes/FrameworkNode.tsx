import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useActivePackId } from '../../framework/useActivePack';
import { useCatalogue } from '../../framework/useCatalogue';
import { ConfidenceBadge } from '../../library/ConfidenceBadge';
import type { FrameworkPackInfo } from '../../../shared/etom/pack-model';
import type { ElementNode } from '../to-flow';
import { FitText } from './FitText';
import { NodeFrame } from './NodeFrame';
import { drawsTheSame } from './node-memo';
import { domainBandOf } from '../../../shared/etom/domain-band';
import './framework-node.css';

/** A short name for a pack on a badge: "Classic" for the reconstructed scheme, else its release. */
function packBadge(info: FrameworkPackInfo | undefined, id: string): string {
  if (!info) return id;
  return info.reconstructed ? 'Classic' : `GB921 ${info.release}`;
}

/**
 * A framework process on a diagram: its id, level and the name the pack gives it today (never
 * a copy), filled with the colour of its domain on the framework map. It says so when it comes
 * from another pack than the workspace's, how well a classic process is confirmed, and when the
 * pack lacks it, instead of vanishing.
 */
export const FrameworkNode = memo(function FrameworkNode({
  data,
  selected,
  width,
  height,
}: NodeProps<ElementNode>) {
  // Nodes carry their pack in `data.pack`; older flow data without it means the workspace's.
  const activePack = useActivePackId();
  const pack = typeof data.pack === 'string' ? data.pack : activePack;
  const processId = data.caption ?? '';
  const { catalogue, loading } = useCatalogue(pack);
  const process = catalogue?.byId(processId);
  // A reference is (pack, id): it is missing when the node's own pack lacks the id. The
  // workspace's pack says nothing about it (classic 1.1.1.5.5 is not in GB921, yet exists).
  const missing = !loading && process === undefined;
  const band = catalogue && process ? domainBandOf(catalogue, processId) : null;
  const otherPack = pack !== activePack;
  const classes = [
    'element-framework',
    'framework-node',
    band?.className ?? 'band-none',
    missing ? 'missing' : '',
  ].join(' ');
  const name = process ? process.name : loading ? 'Loading…' : data.text;
  return (
    <NodeFrame nodeId={data.nodeId} selected={selected} className={classes} style={data.style}>
      <span className="framework-node-head">
        <code className="framework-node-id">{processId}</code>
        {process && (
          <span className="framework-node-level" title={`Level ${process.level}`}>
            {`L${process.level}`}
          </span>
        )}
        {otherPack && (
          <span
            className="node-badge pack-badge"
            title={`From ${catalogue?.pack.label ?? pack}, not this workspace’s pack`}
          >
            {packBadge(catalogue?.pack, pack)}
          </span>
        )}
        {process?.confidence && <ConfidenceBadge confidence={process.confidence} compact />}
        {missing && (
          <span className="badge-missing" title={`Pack “${pack}” has no process ${processId}`}>
            Missing in pack
          </span>
        )}
      </span>
      <FitText kind="framework" text={name} width={width} height={height} />
    </NodeFrame>
  );
}, drawsTheSame);
