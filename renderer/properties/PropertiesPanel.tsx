import type { DiagramEdge, DiagramFile, DiagramNode } from '../../shared/model/diagram-schema';
import { EDGE_KINDS, EDGE_ROUTINGS } from '../../shared/model/diagram-schema';
import type { WorkspaceDocument } from '../../shared/model/document';
import { ProcessDetailsOf } from '../process-details/ProcessDetails';
import { runCommand } from '../state/edit-actions';
import { useStudio } from '../state/studio-store';
import { diagramOf } from '../state/tabs';
import { AnnotationFields } from './AnnotationFields';
import { CompanyProcessFields } from './CompanyProcessFields';
import { elementUsage } from './element-usage';
import { FieldInput } from './FieldInput';
import { optionalText, setNodeFields } from './node-fields';
import { StylePresets } from './StylePresets';
import { UsedIn } from './UsedIn';
import './properties.css';

const KIND_NAMES: Record<DiagramNode['kind'], string> = {
  box: 'Box',
  note: 'Note',
  text: 'Text',
  framework: 'eTOM process',
  process: 'Company process',
  group: 'Group',
};

/** The selection of the diagram on screen, resolved to its nodes and edges. */
function useSelected(): {
  document: WorkspaceDocument;
  diagram: DiagramFile;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
} | null {
  const diagramId = useStudio((s) => diagramOf(s.activeTab));
  const document = useStudio((s) => s.history?.document);
  const selection = useStudio((s) => (diagramId ? s.selections.get(diagramId) : undefined));
  const diagram = document?.diagrams.find((d) => d.id === diagramId);
  if (!document || !diagram || !selection) return null;
  if (selection.nodes.size === 0 && selection.edges.size === 0) return null;
  return {
    document,
    diagram,
    nodes: diagram.nodes.filter((n) => selection.nodes.has(n.id)),
    edges: diagram.edges.filter((e) => selection.edges.has(e.id)),
  };
}

/** True when something is selected on the diagram on screen (the panel then shows it). */
export function useHasSelection(): boolean {
  return useSelected() !== null;
}

/** The properties of what is selected on the diagram on screen. */
export function PropertiesPanel() {
  const selected = useSelected();
  const readOnly = useStudio((s) => s.workspace?.readOnly != null);
  if (!selected) return null;
  const { document, diagram, nodes, edges } = selected;
  const single = nodes.length + edges.length === 1;
  return (
    <section className="properties-panel" aria-label="Properties">
      {single && nodes[0] && (
        <NodeProperties document={document} diagram={diagram} node={nodes[0]} readOnly={readOnly} />
      )}
      {single && edges[0] && (
        <EdgeProperties diagram={diagram} edge={edges[0]} readOnly={readOnly} />
      )}
      {!single && (
        <>
          <h2 className="prop-title">{`${nodes.length + edges.length} elements selected`}</h2>
          {nodes.length > 0 && (
            <StylePresets
              nodes={nodes}
              disabled={readOnly}
              onPick={(style) =>
                setNodeFields(
                  diagram.id,
                  nodes.map((n) => n.id),
                  { style },
                )
              }
            />
          )}
        </>
      )}
    </section>
  );
}

function NodeProperties({
  document,
  diagram,
  node,
  readOnly,
}: {
  document: WorkspaceDocument;
  diagram: DiagramFile;
  node: DiagramNode;
  readOnly: boolean;
}) {
  const rename = (text: string) =>
    runCommand({ name: 'element.rename', args: { diagramId: diagram.id, id: node.id, text } });
  return (
    <>
      <p className="prop-kind muted">{KIND_NAMES[node.kind]}</p>
      {node.kind === 'framework' && (
        <ProcessDetailsOf process={{ pack: node.pack, id: node.processId }} />
      )}
      {node.kind === 'process' && (
        <CompanyProcessFields document={document} processId={node.processId} readOnly={readOnly} />
      )}
      {(node.kind === 'box' || node.kind === 'group') && (
        <FieldInput
          label="Label"
          value={node.label}
          disabled={readOnly || node.kind === 'group'}
          onCommit={rename}
        />
      )}
      {(node.kind === 'note' || node.kind === 'text') && (
        <FieldInput
          label="Text"
          value={node.text}
          multiline
          disabled={readOnly || node.kind === 'text'}
          onCommit={rename}
        />
      )}
      {node.kind === 'box' && (
        <AnnotationFields
          values={node}
          disabled={readOnly}
          onCommit={(fields) => setNodeFields(diagram.id, [node.id], fields)}
        />
      )}
      {node.kind !== 'framework' && node.kind !== 'process' && (
        <StylePresets
          nodes={[node]}
          disabled={readOnly}
          onPick={(style) => setNodeFields(diagram.id, [node.id], { style })}
        />
      )}
      {/* The process details list where an eTOM process is used already. */}
      {node.kind !== 'framework' && <UsedIn diagrams={elementUsage(document, diagram.id, node)} />}
    </>
  );
}

function EdgeProperties({
  diagram,
  edge,
  readOnly,
}: {
  diagram: DiagramFile;
  edge: DiagramEdge;
  readOnly: boolean;
}) {
  const set = (fields: Parameters<typeof edgeFields>[0]) => edgeFields(fields, diagram, edge);
  return (
    <>
      <p className="prop-kind muted">Connection</p>
      <label className="prop-field">
        <span className="prop-label">Kind</span>
        <select
          aria-label="Kind"
          value={edge.kind}
          disabled={readOnly}
          onChange={(event) => set({ kind: event.target.value as DiagramEdge['kind'] })}
        >
          {EDGE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
      </label>
      <FieldInput
        label="Label"
        value={edge.label ?? ''}
        disabled={readOnly}
        onCommit={(label) => set({ label: optionalText(label) })}
      />
      <label className="prop-field">
        <span className="prop-label">Routing</span>
        <select
          aria-label="Routing"
          value={edge.routing ?? ''}
          disabled={readOnly}
          onChange={(event) =>
            set({ routing: (event.target.value || null) as DiagramEdge['routing'] | null })
          }
        >
          <option value="">default</option>
          {EDGE_ROUTINGS.map((routing) => (
            <option key={routing} value={routing}>
              {routing}
            </option>
          ))}
        </select>
      </label>
      <UsedIn diagrams={[{ id: diagram.id, name: diagram.name, nodes: 1 }]} />
    </>
  );
}

function edgeFields(
  fields: {
    kind?: DiagramEdge['kind'];
    label?: string | null;
    routing?: DiagramEdge['routing'] | null;
  },
  diagram: DiagramFile,
  edge: DiagramEdge,
): boolean {
  return runCommand({
    name: 'edge.setFields',
    args: { diagramId: diagram.id, changes: [{ id: edge.id, fields }] },
  });
}
