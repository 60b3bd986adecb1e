import { EdgeLabelDialog } from '../canvas/EdgeLabelDialog';
import { closePrompt } from '../state/overlays';
import { useStudio } from '../state/studio-store';
import { DiagramNameDialog } from './DiagramNameDialog';
import { createDiagram, duplicateDiagram, renameDiagram } from './diagram-actions';

/** The question the editor is asking, if any: a diagram's name, a connection's label. */
export function Prompts() {
  const prompt = useStudio((s) => s.prompt);
  const diagrams = useStudio((s) => s.history?.document.diagrams);
  if (!prompt) return null;
  if (prompt.kind === 'new-diagram') {
    return (
      <DiagramNameDialog
        title="New diagram"
        action="Create"
        initial="Untitled diagram"
        onCancel={closePrompt}
        onSubmit={(name) => {
          closePrompt();
          createDiagram(name);
        }}
      />
    );
  }
  const diagram = diagrams?.find((d) => d.id === prompt.diagramId);
  if (!diagram) return null;
  if (prompt.kind === 'rename-diagram') {
    return (
      <DiagramNameDialog
        title="Rename diagram"
        action="Rename"
        initial={diagram.name}
        onCancel={closePrompt}
        onSubmit={(name) => {
          closePrompt();
          renameDiagram(diagram.id, name);
        }}
      />
    );
  }
  if (prompt.kind === 'duplicate-diagram') {
    return (
      <DiagramNameDialog
        title="Duplicate diagram"
        action="Duplicate"
        initial={`${diagram.name} (copy)`}
        onCancel={closePrompt}
        onSubmit={(name) => {
          closePrompt();
          duplicateDiagram(diagram.id, name);
        }}
      />
    );
  }
  const edge = diagram.edges.find((e) => e.id === prompt.edgeId);
  if (!edge) return null;
  return (
    <EdgeLabelDialog
      diagramId={diagram.id}
      edgeId={edge.id}
      initial={edge.label ?? ''}
      onClose={closePrompt}
    />
  );
}
