import type { NodeId } from '../../../shared/model/ids';
import { useStudio } from '../../state/studio-store';
import { InlineTextEditor } from '../InlineTextEditor';
import type { TextMetrics } from '../text-fit';
import { FitText } from './FitText';

interface Props {
  nodeId: NodeId;
  text: string;
  height: number | undefined;
  /** The accessible name of the field while editing, e.g. "Box label". */
  label: string;
  multiline: boolean;
  metrics?: TextMetrics;
  className?: string;
}

/** A node's own text: fitted to the node, or edited in place (double-click or F2). */
export function EditableText({
  nodeId,
  text,
  height,
  label,
  multiline,
  metrics,
  className,
}: Props) {
  const editing = useStudio((s) => s.editingNodeId === nodeId);
  if (editing) {
    return <InlineTextEditor nodeId={nodeId} initial={text} label={label} multiline={multiline} />;
  }
  return (
    <FitText text={text} height={height} className={className} {...(metrics ? { metrics } : {})} />
  );
}
