import type { FrameworkRef } from '../../shared/model/framework-ref';
import { addFrameworkNode } from '../framework/framework-node';
import { useStudio } from '../state/studio-store';
import { diagramOf } from '../state/tabs';

/** The keyboard alternative to dragging: adds the process to the diagram on screen. */
export function AddToDiagramButton({ process }: { process: FrameworkRef }) {
  const target = useStudio((s) => diagramOf(s.activeTab));
  const readOnly = useStudio((s) => s.workspace?.readOnly != null);
  const name = useStudio((s) => s.history?.document.diagrams.find((d) => d.id === target)?.name);
  return (
    <button
      type="button"
      className="small primary"
      disabled={!target || readOnly}
      title={target ? `Add to “${name ?? target}”` : 'Open a diagram first'}
      onClick={() => {
        if (target) addFrameworkNode(target, process);
      }}
    >
      Add to diagram
    </button>
  );
}
