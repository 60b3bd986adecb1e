import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { ElementFrame } from './ElementFrame';
import type { ElementNode } from './to-flow';

/** A framework or company process; named by its source, so not editable here. */
export const ProcessNode = memo(function ProcessNode({ data, selected }: NodeProps<ElementNode>) {
  return (
    <ElementFrame
      nodeId={data.nodeId}
      selected={selected}
      className={data.kind === 'framework' ? 'element-framework' : 'element-process'}
    >
      {data.caption && <span className="element-caption">{data.caption}</span>}
      <span className="element-text">{data.text}</span>
    </ElementFrame>
  );
});
