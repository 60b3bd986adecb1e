import { DIAGRAM_SCHEMA_VERSION, type DiagramFile } from '../model/diagram-schema';
import { FORMAT } from '../model/workspace-schema';
import type { DiagramId } from '../model/ids';
import { findDiagram, updateDiagram } from './document-edit';
import { CommandError, type CommandName, type CommandSpec } from './types';

/** An empty diagram with the default viewport. */
export function emptyDiagram(id: DiagramId, name: string): DiagramFile {
  return {
    format: FORMAT.diagram,
    schemaVersion: DIAGRAM_SCHEMA_VERSION,
    id,
    name,
    nodes: [],
    edges: [],
    viewport: { x: 0, y: 0, zoom: 1 },
  };
}

function cleanName(command: CommandName, name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new CommandError(command, 'a diagram name must not be empty');
  return trimmed;
}

function assertFreeId(command: CommandName, diagrams: readonly DiagramFile[], id: DiagramId): void {
  if (diagrams.some((d) => d.id === id)) {
    throw new CommandError(command, `a diagram "${id}" already exists`);
  }
}

export const diagramCreate: CommandSpec<'diagram.create'> = {
  name: 'diagram.create',
  label: 'New diagram',
  apply(document, { id, name }) {
    assertFreeId('diagram.create', document.diagrams, id);
    const diagram = emptyDiagram(id, cleanName('diagram.create', name));
    return {
      document: { ...document, diagrams: [...document.diagrams, diagram] },
      inverse: { name: 'diagram.delete', args: { id } },
    };
  },
};

export const diagramRename: CommandSpec<'diagram.rename'> = {
  name: 'diagram.rename',
  label: 'Rename diagram',
  apply(document, { id, name }) {
    const { diagram } = findDiagram(document, id, 'diagram.rename');
    const newName = cleanName('diagram.rename', name);
    return {
      document: updateDiagram(document, id, 'diagram.rename', (d) => ({ ...d, name: newName })),
      inverse: { name: 'diagram.rename', args: { id, name: diagram.name } },
    };
  },
};

export const diagramDuplicate: CommandSpec<'diagram.duplicate'> = {
  name: 'diagram.duplicate',
  label: 'Duplicate diagram',
  apply(document, { sourceId, id, name }) {
    const { diagram, index } = findDiagram(document, sourceId, 'diagram.duplicate');
    assertFreeId('diagram.duplicate', document.diagrams, id);
    // Node and edge ids are scoped to one diagram, so the copy may keep them.
    const copy: DiagramFile = structuredClone({
      ...diagram,
      id,
      name: cleanName('diagram.duplicate', name),
    });
    const diagrams = document.diagrams.slice();
    diagrams.splice(index + 1, 0, copy);
    return {
      document: { ...document, diagrams },
      inverse: { name: 'diagram.delete', args: { id } },
    };
  },
};

export const diagramDelete: CommandSpec<'diagram.delete'> = {
  name: 'diagram.delete',
  label: 'Delete diagram',
  apply(document, { id }) {
    const { diagram, index } = findDiagram(document, id, 'diagram.delete');
    return {
      document: { ...document, diagrams: document.diagrams.filter((d) => d.id !== id) },
      inverse: { name: 'diagram.restore', args: { diagram, index } },
    };
  },
};

export const diagramRestore: CommandSpec<'diagram.restore'> = {
  name: 'diagram.restore',
  label: 'Restore diagram',
  internal: true,
  apply(document, { diagram, index }) {
    assertFreeId('diagram.restore', document.diagrams, diagram.id);
    const diagrams = document.diagrams.slice();
    diagrams.splice(Math.min(index, diagrams.length), 0, diagram);
    return {
      document: { ...document, diagrams },
      inverse: { name: 'diagram.delete', args: { id: diagram.id } },
    };
  },
};
