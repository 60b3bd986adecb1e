import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useStudio } from '../state/studio-store';
import { ElementFrame } from './ElementFrame';
import { InlineTextEditor } from './InlineTextEditor';
import type { ElementNode } from './to-flow';

/** A free-text annotation. */
export const NoteNode = memo(function NoteNode({ data, selected }: NodeProps<ElementNode>) {
  const editing = useStudio((s) => s.editingNodeId === data.nodeId);
  return (
    <ElementFrame nodeId={data.nodeId} selected={selected} className="element-note">
      {editing ? (
        <InlineTextEditor nodeId={data.nodeId} initial={data.text} label="Note text" multiline />
      ) : (
        <span className="element-text">{data.text}</span>
      )}
    </ElementFrame>
  );
});
