import type { WorkspaceDocument } from '../model/document';
import type { DiagramEdge, DiagramFile, DiagramNode, HandleSide } from '../model/diagram-schema';
import type { FrameworkTarget } from '../model/framework-ref';
import type { ScopeEntry } from '../model/scope-schema';
import type { DiagramId, EdgeId, MappingId, NodeId, ProcessId } from '../model/ids';
import type { Mapping } from '../model/mapping-schema';
import type { CompanyProcess } from '../model/process-schema';
import type {
  DiagramRemoval,
  DiagramRestore,
  ProcessFieldChanges,
  ProcessPlacement,
} from './process-commands';
import type { FieldPatch } from './field-patch';
import type { MappingCommandArgs } from './mapping-commands';
import type { MappingEdgeCommandArgs } from './mapping-edge-commands';
import type { UpgradeCommandArgs } from './upgrade-command';
import type { DocumentMergeCommandArgs } from './document-merge-command';

/** A node's new top-left corner, used by `element.move`. */
export interface NodeMove {
  id: NodeId;
  x: number;
  y: number;
}

/** A node's new drawing order, used by `element.reorder`; null removes the field. */
export interface NodeOrder {
  id: NodeId;
  z: number | null;
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
export interface CommandArgs
  extends MappingCommandArgs, MappingEdgeCommandArgs, UpgradeCommandArgs, DocumentMergeCommandArgs {
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
  /** Inserts new nodes and edges at once (paste, duplicate). */
  'element.insert': { diagramId: DiagramId; nodes: DiagramNode[]; edges: DiagramEdge[] };
  /** Sets the drawing order (`z`) of nodes. */
  'element.reorder': { diagramId: DiagramId; orders: NodeOrder[] };
  /** Locks (or unlocks) nodes. */
  'element.lock': { diagramId: DiagramId; ids: NodeId[]; locked: boolean };
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
  /** Sets (value) or clears (null) fields of some nodes, each with its own patch. */
  'element.setFields': {
    diagramId: DiagramId;
    changes: Array<{ id: NodeId; fields: FieldPatch<NodeFields> }>;
  };
  /** Sets (value) or clears (null) fields of some edges (kind, label, routing, ...). */
  'edge.setFields': {
    diagramId: DiagramId;
    changes: Array<{ id: EdgeId; fields: FieldPatch<EdgeFields> }>;
  };
  /** Names the framework pack (and its release) the workspace uses. */
  'workspace.setFramework': { pack: string; release: string };
  /** Puts scope decisions (replacing those on the same processes) and removes others. */
  'scope.set': { put: ScopeEntry[]; remove: FrameworkTarget[] };
  /** Adds company processes (and mappings from them): one, or a whole import. */
  'process.add': { processes: CompanyProcess[]; mappings?: Mapping[] };
  'process.update': { id: ProcessId; fields: ProcessFieldChanges };
  /** Moves a process under `parentId` (null: the top) to `index` among its siblings. */
  'process.move': { id: ProcessId; parentId: ProcessId | null; index: number };
  /** Sets parents and orders exactly: the inverse of a move. */
  'process.place': { placements: ProcessPlacement[] };
  /** Deletes processes with their subtrees; removes or keeps what uses them. */
  'process.delete': { ids: ProcessId[]; usages: 'remove' | 'keep' };
  /** Inverse of add and restore: removes exactly these. */
  'process.remove': {
    processIds: ProcessId[];
    mappingIds: MappingId[];
    diagrams: DiagramRemoval[];
  };
  /** Inverse of remove: puts everything back at its place. */
  'process.restore': {
    processes: Placed<CompanyProcess>[];
    mappings: Placed<Mapping>[];
    diagrams: DiagramRestore[];
  };
}

export type CommandName = keyof CommandArgs;

type AllKeys<T> = T extends unknown ? keyof T : never;
type ValueOf<T, K extends PropertyKey> = T extends unknown
  ? K extends keyof T
    ? T[K]
    : never
  : never;

/** Any field a node of some kind has, but its id and kind (the schema checks which kind). */
export type NodeFields = {
  [K in Exclude<AllKeys<DiagramNode>, 'id' | 'kind'>]?: ValueOf<DiagramNode, K>;
};

/** An edge's fields but its id and ends. */
export type EdgeFields = Partial<Omit<DiagramEdge, 'id' | 'source' | 'target'>>;

/** A company process's fields but its id and place in the tree. */
export type ProcessFields = Partial<Omit<CompanyProcess, 'id' | 'parentId' | 'order'>>;

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
