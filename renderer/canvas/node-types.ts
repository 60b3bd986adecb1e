import type { NodeTypes } from '@xyflow/react';
import { BoxNode } from './BoxNode';
import { FrameworkNode } from './nodes/FrameworkNode';
import { NoteNode } from './NoteNode';
import { ProcessNode } from './ProcessNode';

/** One component per node kind, at module scope so React Flow never remounts nodes. */
export const NODE_TYPES: NodeTypes = {
  box: BoxNode,
  note: NoteNode,
  framework: FrameworkNode,
  process: ProcessNode,
};
