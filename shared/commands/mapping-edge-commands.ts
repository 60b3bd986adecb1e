import type { DiagramEdge } from '../model/diagram-schema';
import type { DiagramId, EdgeId, MappingId } from '../model/ids';
import type { Mapping } from '../model/mapping-schema';
import { findDiagram } from './document-edit';
import type { RemovedDrawings } from './mapping-drawings';
import { edgeAdd, edgeDelete, edgeRestore } from './edge-commands';
import { mappingAdd, mappingDelete, mappingRestore } from './mapping-commands';
import { CommandError, type CommandSpec, type Invocation, type Placed } from './types';

/*
 * A mapping drawn on a diagram is two changes in two places: an edge of the diagram and a
 * mapping of mappings.json. The user makes it with one gesture, so it is one undo step, and
 * it is recorded on the diagram's stack (these commands name a `diagramId`): Ctrl+Z on the
 * diagram takes back the edge and the mapping together, and redo brings both back. The mapping
 * table's undo (the workspace's stack) does not reach it; the README's history section says so.
 */

/** The arguments of the mapping-edge commands (merged into CommandArgs). */
export interface MappingEdgeCommandArgs {
  /** Draws a mapping edge and creates the mapping it draws, in one step. */
  'edge.addMapped': { diagramId: DiagramId; edge: DiagramEdge; mapping: Mapping };
  /** Deletes edges of a diagram and mappings with them (either list may be empty, not both). */
  'edge.deleteMapped': { diagramId: DiagramId; edgeIds: EdgeId[]; mappingIds: MappingId[] };
  /**
   * Inverse of `edge.deleteMapped`: puts the edges and the mappings back at their places, and
   * the mappings' other drawings (on this diagram or others) that the delete took with them.
   */
  'edge.restoreMapped': {
    diagramId: DiagramId;
    edges: Placed<DiagramEdge>[];
    mappings: Placed<Mapping>[];
    drawings?: RemovedDrawings[];
  };
}

/** The inverses of the commands composed here are fixed by their specs. */
function unexpected(inverse: Invocation): never {
  throw new Error(`unexpected inverse ${inverse.name}`);
}

export const edgeAddMapped: CommandSpec<'edge.addMapped'> = {
  name: 'edge.addMapped',
  label: 'Map by connection',
  apply(document, { diagramId, edge, mapping }) {
    if (edge.kind !== 'mapping' || edge.mappingId !== mapping.id) {
      throw new CommandError(
        'edge.addMapped',
        'the edge must be a mapping edge naming the mapping',
      );
    }
    const withMapping = mappingAdd.apply(document, { mappings: [mapping] });
    const withEdge = edgeAdd.apply(withMapping.document, { diagramId, edge });
    return {
      document: withEdge.document,
      inverse: {
        name: 'edge.deleteMapped',
        args: { diagramId, edgeIds: [edge.id], mappingIds: [mapping.id] },
      },
    };
  },
};

export const edgeDeleteMapped: CommandSpec<'edge.deleteMapped'> = {
  name: 'edge.deleteMapped',
  label: 'Delete connections and mappings',
  apply(document, { diagramId, edgeIds, mappingIds }) {
    if (edgeIds.length === 0 && mappingIds.length === 0) {
      throw new CommandError('edge.deleteMapped', 'nothing to delete');
    }
    let current = document;
    let edges: Placed<DiagramEdge>[] = [];
    let mappings: Placed<Mapping>[] = [];
    let drawings: RemovedDrawings[] = [];
    if (edgeIds.length > 0) {
      const applied = edgeDelete.apply(current, { diagramId, ids: edgeIds });
      current = applied.document;
      if (applied.inverse.name !== 'edge.restore') unexpected(applied.inverse);
      edges = applied.inverse.args.edges;
    } else {
      // The diagram must exist even when only mappings go: the step belongs to its stack.
      findDiagram(current, diagramId, 'edge.deleteMapped');
    }
    if (mappingIds.length > 0) {
      const applied = mappingDelete.apply(current, { ids: mappingIds });
      current = applied.document;
      if (applied.inverse.name !== 'mapping.restore') unexpected(applied.inverse);
      mappings = applied.inverse.args.mappings;
      // The mappings' drawings elsewhere went with them (mapping-drawings.ts).
      drawings = applied.inverse.args.drawings ?? [];
    }
    return {
      document: current,
      inverse: {
        name: 'edge.restoreMapped',
        args: { diagramId, edges, mappings, ...(drawings.length > 0 ? { drawings } : {}) },
      },
    };
  },
};

export const edgeRestoreMapped: CommandSpec<'edge.restoreMapped'> = {
  name: 'edge.restoreMapped',
  label: 'Restore connections and mappings',
  internal: true,
  apply(document, { diagramId, edges, mappings, drawings }) {
    const withMappings =
      mappings.length > 0
        ? mappingRestore.apply(document, { mappings, ...(drawings ? { drawings } : {}) }).document
        : document;
    const withEdges = edgeRestore.apply(withMappings, { diagramId, edges }).document;
    return {
      document: withEdges,
      inverse: {
        name: 'edge.deleteMapped',
        args: {
          diagramId,
          edgeIds: edges.map((e) => e.item.id),
          mappingIds: mappings.map((m) => m.item.id),
        },
      },
    };
  },
};
