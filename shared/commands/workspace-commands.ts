import { CommandError, type CommandSpec } from './types';

/**
 * Switches the framework pack the workspace names (workspace.json `framework`). References
 * to processes the new pack lacks are kept as they are: diagrams show them as missing, and the
 * renderer lists them before asking for this command, so nothing is dropped silently.
 */
export const workspaceSetFramework: CommandSpec<'workspace.setFramework'> = {
  name: 'workspace.setFramework',
  label: 'Switch framework pack',
  apply(document, { pack, release }) {
    if (pack.trim() === '' || release.trim() === '') {
      throw new CommandError('workspace.setFramework', 'pack and release must not be empty');
    }
    const before = document.workspace.framework;
    return {
      document: { ...document, workspace: { ...document.workspace, framework: { pack, release } } },
      inverse: {
        name: 'workspace.setFramework',
        args: { pack: before.pack, release: before.release },
      },
    };
  },
};
