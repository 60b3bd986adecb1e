import {
  setGitStatus,
  setLayout,
  setTheme,
  useWindowLayout,
  type ThemeChoice,
} from '../state/window-layout';
import type { ActionHandler, ActionHandlers } from './handler';

function theme(choice: ThemeChoice): ActionHandler {
  return { when: (ctx) => !ctx.modal, run: () => setTheme(choice) };
}

/** The window: side panels shown or hidden, the theme, and the status bar's git status. */
export const WINDOW_HANDLERS: ActionHandlers<
  | 'view.toggleDiagramList'
  | 'view.toggleLibrary'
  | 'view.themeSystem'
  | 'view.themeLight'
  | 'view.themeDark'
  | 'view.toggleGitStatus'
> = {
  'view.toggleDiagramList': {
    when: (ctx) => ctx.workspaceOpen && !ctx.modal,
    run: () => setLayout({ leftCollapsed: !useWindowLayout.getState().layout.leftCollapsed }),
  },
  'view.toggleLibrary': {
    when: (ctx) => ctx.workspaceOpen && !ctx.modal,
    run: () => setLayout({ rightCollapsed: !useWindowLayout.getState().layout.rightCollapsed }),
  },
  'view.themeSystem': theme('system'),
  'view.themeLight': theme('light'),
  'view.themeDark': theme('dark'),
  'view.toggleGitStatus': {
    when: (ctx) => !ctx.modal,
    run: () => setGitStatus(!useWindowLayout.getState().gitStatus),
  },
};
