import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { ElementNode } from '../to-flow';
import { EditableText } from './EditableText';
import { NodeFrame } from './NodeFrame';
import { drawsTheSame } from './node-memo';
import './process-node.css';

/**
 * One of the company's own processes (processes.json): its code and name, marked as the
 * company's so it is never mistaken for an eTOM process. A node whose process is no longer in
 * processes.json stays, marked missing, naming the id it refers to. Renamed in place
 * (double-click or F2), it renames the process wherever it is drawn.
 */
export const ProcessNode = memo(function ProcessNode({
  data,
  selected,
  width,
  height,
}: NodeProps<ElementNode>) {
  const missing = data.missing === true;
  return (
    <NodeFrame
      nodeId={data.nodeId}
      selected={selected}
      className={`element-process company-node${missing ? ' missing' : ''}`}
      style={data.style}
    >
      <span className="company-node-head">
        <span className="company-marker" title="A process of your company (processes.json)">
          Company
        </span>
        {data.caption && <code className="company-node-code">{data.caption}</code>}
        {missing && (
          <span className="badge-missing" title={`processes.json has no process ${data.processId}`}>
            Missing
          </span>
        )}
      </span>
      <EditableText
        nodeId={data.nodeId}
        kind="process"
        text={data.text}
        width={width}
        height={height}
        label="Process name"
        multiline={false}
      />
    </NodeFrame>
  );
}, drawsTheSame);
