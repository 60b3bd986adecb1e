import type { DiagramId } from '../../shared/model/ids';
import { useStudio } from '../state/studio-store';
import { diagramOf } from '../state/tabs';

interface Props {
  /** Adds the process to diagram `target` (the one on screen). */
  onAdd: (target: DiagramId) => void;
  /** What is added, for the accessible name where several such buttons show (a list of hits). */
  subject?: string;
  /** Shown as "Add" (a row of a narrow list); the accessible name still says where to. */
  compact?: boolean;
}

/**
 * The keyboard alternative to dragging, for eTOM and company processes alike: adds the process
 * to the diagram on screen.
 */
export function AddToDiagramButton({ onAdd, subject, compact = false }: Props) {
  const target = useStudio((s) => diagramOf(s.activeTab));
  const readOnly = useStudio((s) => s.workspace?.readOnly != null);
  const name = useStudio((s) => s.history?.document.diagrams.find((d) => d.id === target)?.name);
  return (
    <button
      type="button"
      className="small primary"
      disabled={!target || readOnly}
      aria-label={subject ? `Add ${subject} to diagram` : undefined}
      title={target ? `Add to “${name ?? target}”` : 'Open a diagram first'}
      onClick={() => {
        if (target) onAdd(target);
      }}
    >
      {compact ? 'Add' : 'Add to diagram'}
    </button>
  );
}
