import { memo, type ComponentType } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { ElementNode } from '../to-flow';
import { EditableText } from './EditableText';
import { NodeFrame } from './NodeFrame';
import { drawsTheSame } from './node-memo';

/** What tells one kind of text block from another: its look, its least size, its editor. */
interface TextBlock {
  kind: 'note' | 'text';
  className: string;
  minWidth: number;
  minHeight: number;
  /** The accessible name of the multi-line editor. */
  editorLabel: string;
}

/** A node that is only multi-line text, drawn and edited the same way whatever its kind. */
function textBlockNode(block: TextBlock): ComponentType<NodeProps<ElementNode>> {
  return memo(function TextBlockNode({ data, selected, width, height }: NodeProps<ElementNode>) {
    return (
      <NodeFrame
        nodeId={data.nodeId}
        selected={selected}
        className={block.className}
        style={data.style}
        minWidth={block.minWidth}
        minHeight={block.minHeight}
      >
        <EditableText
          nodeId={data.nodeId}
          kind={block.kind}
          text={data.text}
          width={width}
          height={height}
          label={block.editorLabel}
          multiline
        />
      </NodeFrame>
    );
  }, drawsTheSame);
}

/** A note: multi-line text on a sticky-note background, tied to things by associations. */
export const NoteNode = textBlockNode({
  kind: 'note',
  className: 'element-note',
  minWidth: 80,
  minHeight: 40,
  editorLabel: 'Note text',
});

/** Free text with no frame: a title or a caption on the diagram. */
export const TextNode = textBlockNode({
  kind: 'text',
  className: 'element-text-node',
  minWidth: 40,
  minHeight: 24,
  editorLabel: 'Free text',
});
