import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useStudio } from '../state/studio-store';
import { ElementFrame } from './ElementFrame';
import { InlineTextEditor } from './InlineTextEditor';
import type { ElementNode } from './to-flow';

/** A box the analyst names: a step, a system, a team. */
export const BoxNode = memo(function BoxNode({ data, selected }: NodeProps<ElementNode>) {
  const editing = useStudio((s) => s.editingNodeId === data.nodeId);
  return (
    <ElementFrame nodeId={data.nodeId} selected={selected} className="element-box">
      {editing ? (
        <InlineTextEditor
          nodeId={data.nodeId}
          initial={data.text}
          label="Box label"
          multiline={false}
        />
      ) : (
        <span className="element-text">{data.text}</span>
      )}
    </ElementFrame>
  );
});
