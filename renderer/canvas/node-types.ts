import type { NodeTypes } from '@xyflow/react';
import { BoxNode } from './nodes/BoxNode';
import { FrameworkNode } from './nodes/FrameworkNode';
import { GroupNode } from './nodes/GroupNode';
import { NoteNode, TextNode } from './nodes/TextBlockNode';
import { ProcessNode } from './nodes/ProcessNode';
import './nodes/nodes.css';

/** One component per node kind, at module scope so React Flow never remounts nodes. */
export const NODE_TYPES: NodeTypes = {
  box: BoxNode,
  note: NoteNode,
  text: TextNode,
  framework: FrameworkNode,
  process: ProcessNode,
  group: GroupNode,
};
