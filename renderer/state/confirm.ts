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

/** An answer of askChoice(). */
export type Choice = 'confirm' | 'alternative' | 'cancel';

/**
 * Asks a question with three answers in the in-app confirm dialog: Cancel, `alternativeLabel`
 * and `confirmLabel` (e.g. delete the connection only, or the mapping too).
 */
export function askChoice(
  question: Omit<ConfirmPrompt, 'resolve' | 'alternative'> & { alternativeLabel: string },
): Promise<Choice> {
  const { alternativeLabel, ...rest } = question;
  return new Promise((resolve) => {
    useStudio.getState().confirmPrompt?.resolve(false);
    useStudio.setState({
      confirmPrompt: {
        ...rest,
        resolve: (confirmed) => resolve(confirmed ? 'confirm' : 'cancel'),
        alternative: {
          label: alternativeLabel,
          choose: () => {
            useStudio.setState({ confirmPrompt: null });
            resolve('alternative');
          },
        },
      },
    });
  });
}
