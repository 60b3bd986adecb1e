import type { DiagramId, EdgeId } from '../../shared/model/ids';
import { LIMITS } from '../../shared/model/limits';
import { TextPromptDialog } from '../dialogs/TextPromptDialog';
import { runCommand } from '../state/edit-actions';

interface Props {
  diagramId: DiagramId;
  edgeId: EdgeId;
  initial: string;
  onClose: () => void;
}

/** Sets or clears a connection's label (double-click on a connection). */
export function EdgeLabelDialog({ diagramId, edgeId, initial, onClose }: Props) {
  const apply = (label: string) => {
    if (label !== initial) {
      runCommand({
        name: 'edge.relabel',
        args: { diagramId, id: edgeId, label: label === '' ? undefined : label },
      });
    }
    onClose();
  };
  return (
    <TextPromptDialog
      title="Label connection"
      field="Connection label"
      action="Apply"
      initial={initial}
      maxLength={LIMITS.maxTextLength}
      allowEmpty
      onSubmit={apply}
      onCancel={onClose}
    />
  );
}
