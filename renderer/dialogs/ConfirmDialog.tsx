import { answerConfirm } from '../state/confirm';
import { useStudio } from '../state/studio-store';
import { Dialog } from './Dialog';

/** The in-app yes/no dialog behind askConfirm(). */
export function ConfirmDialog() {
  const prompt = useStudio((s) => s.confirmPrompt);
  if (!prompt) return null;
  return (
    <Dialog title={prompt.title} onCancel={() => answerConfirm(false)}>
      <p>{prompt.message}</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => answerConfirm(false)}>
          Cancel
        </button>
        {prompt.alternative && (
          <button type="button" onClick={prompt.alternative.choose}>
            {prompt.alternative.label}
          </button>
        )}
        <button type="button" className="danger" onClick={() => answerConfirm(true)}>
          {prompt.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
