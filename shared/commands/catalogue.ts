import type { WorkspaceDocument } from '../model/document';
import {
  diagramCreate,
  diagramDelete,
  diagramDuplicate,
  diagramRename,
  diagramRestore,
} from './diagram-commands';
import { elementLock, elementReorder } from './arrange-commands';
import { edgeAdd, edgeDelete, edgeRelabel, edgeRestore } from './edge-commands';
import {
  elementAdd,
  elementDelete,
  elementMove,
  elementRename,
  elementResize,
  elementRestore,
} from './element-commands';
import { edgeSetFields, elementSetFields } from './field-commands';
import { elementInsert } from './paste-commands';
import { workspaceSetFramework } from './workspace-commands';
import { scopeSet } from './scope-commands';
import {
  processAdd,
  processDelete,
  processMove,
  processPlace,
  processRemove,
  processRestore,
  processUpdate,
} from './process-commands';
import {
  mappingAdd,
  mappingDelete,
  mappingEdit,
  mappingRestore,
  mappingSetAlignments,
} from './mapping-commands';
import { edgeAddMapped, edgeDeleteMapped, edgeRestoreMapped } from './mapping-edge-commands';
import { workspaceUpgrade } from './upgrade-command';
import { documentMerge } from './document-merge-command';
import { edgeReconnect } from './edge-reconnect';
import { elementSetParent } from './group-membership';
import type { Applied, CommandName, CommandSpec, Invocation } from './types';
import { WORKSPACE_STACK, type StackKey } from './undo-stack';

/** Every document command, keyed by name: the one list every change to a document goes through. */
export const COMMANDS: { readonly [K in CommandName]: CommandSpec<K> } = {
  'diagram.create': diagramCreate,
  'diagram.rename': diagramRename,
  'diagram.duplicate': diagramDuplicate,
  'diagram.delete': diagramDelete,
  'diagram.restore': diagramRestore,
  'element.add': elementAdd,
  'element.move': elementMove,
  'element.resize': elementResize,
  'element.rename': elementRename,
  'element.delete': elementDelete,
  'element.restore': elementRestore,
  'element.insert': elementInsert,
  'element.reorder': elementReorder,
  'element.lock': elementLock,
  'edge.add': edgeAdd,
  'edge.delete': edgeDelete,
  'edge.restore': edgeRestore,
  'edge.relabel': edgeRelabel,
  'element.setFields': elementSetFields,
  'edge.setFields': edgeSetFields,
  'edge.reconnect': edgeReconnect,
  'element.setParent': elementSetParent,
  'workspace.setFramework': workspaceSetFramework,
  'scope.set': scopeSet,
  'process.add': processAdd,
  'process.update': processUpdate,
  'process.move': processMove,
  'process.place': processPlace,
  'process.delete': processDelete,
  'process.remove': processRemove,
  'process.restore': processRestore,
  'mapping.add': mappingAdd,
  'mapping.edit': mappingEdit,
  'mapping.delete': mappingDelete,
  'mapping.restore': mappingRestore,
  'mapping.setAlignments': mappingSetAlignments,
  'edge.addMapped': edgeAddMapped,
  'edge.deleteMapped': edgeDeleteMapped,
  'edge.restoreMapped': edgeRestoreMapped,
  'workspace.upgrade': workspaceUpgrade,
  'document.merge': documentMerge,
};

/** Applies one invocation: the new document and the invocation that undoes it. */
export function applyCommand(document: WorkspaceDocument, invocation: Invocation): Applied {
  // The union of specs cannot be narrowed by the name alone; each spec checks its own args.
  const spec = COMMANDS[invocation.name] as CommandSpec<CommandName>;
  return spec.apply(document, invocation.args);
}

/** The label shown for an invocation, e.g. in "Undo Move elements". */
export function commandLabel(name: CommandName): string {
  return COMMANDS[name].label;
}

/**
 * The undo stack an invocation belongs to: a command that names a diagram (`diagramId`) is
 * that diagram's; every other one (the diagram list, the pack) is the workspace's.
 */
export function stackOfInvocation(invocation: Invocation): StackKey {
  return 'diagramId' in invocation.args ? invocation.args.diagramId : WORKSPACE_STACK;
}
