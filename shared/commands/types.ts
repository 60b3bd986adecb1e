import type { WorkspaceDocument } from '../model/document';
import type { DiagramEdge, DiagramFile, DiagramNode, HandleSide } from '../model/diagram-schema';
import type { DiagramId, EdgeId, NodeId } from '../model/ids';

/** A node's new top-left corner, used by `element.move`. */
export interface NodeMove {
  id: NodeId;
  x: number;
  y: number;
}

/** An item removed from a list together with where it was, so an inverse can put it back. */
export interface Placed<T> {
  item: T;
  index: number;
}

/**
 * The arguments of every command, keyed by command name. Arguments carry every id the command
 * creates, so applying the same invocation again (redo) gives the same document. A command
 * whose arguments name a `diagramId` changes that diagram alone and goes on its undo stack;
 * the others change the workspace (its diagram list, its pack) and go on the workspace's.
 */
export interface CommandArgs {
  'diagram.create': { id: DiagramId; name: string };
  'diagram.rename': { id: DiagramId; name: string };
  'diagram.duplicate': { sourceId: DiagramId; id: DiagramId; name: string };
  'diagram.delete': { id: DiagramId };
  /** Inverse of `diagram.delete`: puts a whole diagram back at its place in the list. */
  'diagram.restore': { diagram: DiagramFile; index: number };
  /** Adds any kind of node (box, note, framework, process). */
  'element.add': { diagramId: DiagramId; node: DiagramNode };
  'element.move': { diagramId: DiagramId; moves: NodeMove[] };
  'element.resize': {
    diagramId: DiagramId;
    id: NodeId;
    x: number;
    y: number;
    width: number;
    height: number;
  };
  /** Sets the text of a box, note, free text, group or lane. */
  'element.rename': { diagramId: DiagramId; id: NodeId; text: string };
  /** Removes nodes and every edge attached to them. */
  'element.delete': { diagramId: DiagramId; ids: NodeId[] };
  /** Inverse of `element.delete`: puts nodes and edges back at their places. */
  'element.restore': {
    diagramId: DiagramId;
    nodes: Placed<DiagramNode>[];
    edges: Placed<DiagramEdge>[];
  };
  'edge.add': { diagramId: DiagramId; edge: DiagramEdge };
  'edge.delete': { diagramId: DiagramId; ids: EdgeId[] };
  /** Inverse of `edge.delete`. */
  'edge.restore': { diagramId: DiagramId; edges: Placed<DiagramEdge>[] };
  /** Moves an edge's ends to other nodes or sides (null: the side is not chosen). */
  'edge.reconnect': {
    diagramId: DiagramId;
    id: EdgeId;
    ends: {
      source: NodeId;
      target: NodeId;
      sourceHandle: HandleSide | null;
      targetHandle: HandleSide | null;
    };
  };
  /** Puts nodes into a group or lane (`parentId`), or takes them out of one (null). */
  'element.setParent': {
    diagramId: DiagramId;
    changes: Array<{ id: NodeId; parentId: NodeId | null }>;
  };
  /** Sets or (with `label` undefined) clears an edge's label. */
  'edge.relabel': { diagramId: DiagramId; id: EdgeId; label?: string | undefined };
  /** Names the framework pack (and its release) the workspace uses. */
  'workspace.setFramework': { pack: string; release: string };
}

export type CommandName = keyof CommandArgs;

/** One command applied to some arguments: plain data, so it can be stored, replayed, logged. */
export type Invocation = {
  [K in CommandName]: { name: K; args: CommandArgs[K] };
}[CommandName];

/** What applying a command gives: the new document and the invocation that undoes it. */
export interface Applied {
  document: WorkspaceDocument;
  inverse: Invocation;
}

/** One entry of the catalogue. */
export interface CommandSpec<K extends CommandName> {
  name: K;
  /** What the undo button says, e.g. "Undo Move elements". */
  label: string;
  /** True for commands that exist only as inverses and are not offered to the user. */
  internal?: boolean;
  /** Pure: never changes `document`; throws CommandError when the arguments do not fit it. */
  apply(document: WorkspaceDocument, args: CommandArgs[K]): Applied;
}

/** Thrown when a command's arguments do not fit the document (unknown id, duplicate id, ...). */
export class CommandError extends Error {
  constructor(
    readonly command: CommandName,
    message: string,
  ) {
    super(`${command}: ${message}`);
    this.name = 'CommandError';
  }
}
