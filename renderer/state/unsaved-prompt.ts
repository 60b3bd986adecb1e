import { create } from 'zustand';

/** What the user chose when unsaved changes were in the way: save them, drop them, or stay. */
export type UnsavedAnswer = 'save' | 'discard' | 'cancel';

export interface UnsavedPrompt {
  /** The workspace's name, for the question. */
  name: string;
  /** False when the workspace is read-only: there is nothing to save to, only a copy. */
  canSave: boolean;
  resolve: (answer: UnsavedAnswer) => void;
}

/** The open unsaved-changes question, if any (its own small store: it is asked from anywhere). */
export const useUnsavedPrompt = create<{ prompt: UnsavedPrompt | null }>(() => ({ prompt: null }));

/** Asks whether to save, drop or keep the unsaved changes; a newer question cancels an older. */
export function askUnsaved(question: Omit<UnsavedPrompt, 'resolve'>): Promise<UnsavedAnswer> {
  return new Promise((resolve) => {
    useUnsavedPrompt.getState().prompt?.resolve('cancel');
    useUnsavedPrompt.setState({ prompt: { ...question, resolve } });
  });
}

/** Closes the question with the user's answer. */
export function answerUnsaved(answer: UnsavedAnswer): void {
  const { prompt } = useUnsavedPrompt.getState();
  useUnsavedPrompt.setState({ prompt: null });
  prompt?.resolve(answer);
}
