import { LIMITS } from '../../shared/model/limits';
import { TextPromptDialog } from '../dialogs/TextPromptDialog';

interface Props {
  title: string;
  action: string;
  initial: string;
  onSubmit: (name: string) => void;
  onCancel: () => void;
}

/** Asks for a diagram name (new, rename, duplicate). */
export function DiagramNameDialog(props: Props) {
  return <TextPromptDialog {...props} field="Diagram name" maxLength={LIMITS.maxNameLength} />;
}
