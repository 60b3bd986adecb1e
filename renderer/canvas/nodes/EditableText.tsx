import type { NodeId } from '../../../shared/model/ids';
import type { TextNodeKind } from '../../../shared/render/node-text';
import { useStudio } from '../../state/studio-store';
import { InlineTextEditor } from '../InlineTextEditor';
import { FitText } from './FitText';

interface Props {
  nodeId: NodeId;
  kind: TextNodeKind;
  text: string;
  width: number | undefined;
  height: number | undefined;
  /** The accessible name of the field while editing, e.g. "Box label". */
  label: string;
  multiline: boolean;
}

/** A node's own text: fitted to the node, or edited in place (double-click or F2). */
export function EditableText({ nodeId, kind, text, width, height, label, multiline }: Props) {
  const editing = useStudio((s) => s.editingNodeId === nodeId);
  if (editing) {
    return <InlineTextEditor nodeId={nodeId} initial={text} label={label} multiline={multiline} />;
  }
  return <FitText kind={kind} text={text} width={width} height={height} />;
}
