import { useStudio, type ConfirmPrompt } from './studio-store';

/** Asks a yes/no question in the in-app confirm dialog; resolves true when confirmed. */
export function askConfirm(question: Omit<ConfirmPrompt, 'resolve'>): Promise<boolean> {
  return new Promise((resolve) => {
    useStudio.getState().confirmPrompt?.resolve(false);
    useStudio.setState({ confirmPrompt: { ...question, resolve } });
  });
}

/** Closes the confirm dialog with the user's answer. */
export function answerConfirm(confirmed: boolean): void {
  const prompt = useStudio.getState().confirmPrompt;
  useStudio.setState({ confirmPrompt: null });
  prompt?.resolve(confirmed);
}
