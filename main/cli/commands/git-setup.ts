import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { applyGitSetup, gitSetupLines } from '../../services/merge/git-setup';
import { CliUsageError, EXIT, type CliCommand } from '../cli-io';

/** `git-setup [<folder>] [--print] [--command <cmd>]`: installs the merge driver. */
export const gitSetupCommand: CliCommand = {
  path: ['git-setup'],
  summary: 'Set up a git repository to merge workspace files with eTOM Studio',
  help: [
    'Usage: etom-studio git-setup [<folder>] [--print] [--command <cmd>]',
    '',
    'Adds to <folder> (default: the current folder; the repository top or a workspace in it)',
    'the .gitattributes lines that send workspace files to the merge driver and a .gitignore',
    "line for its conflict records, and puts the driver in the repository's git config.",
    'Lines already there are left alone.',
    '',
    '  --print          only print the lines and the git config commands; change nothing',
    '  --command <cmd>  how git should start eTOM Studio (default: etom-studio)',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        print: { type: 'boolean', default: false },
        command: { type: 'string', default: 'etom-studio' },
      },
    });
    if (positionals.length > 1) throw new CliUsageError('give at most one folder');
    const folder = resolve(positionals[0] ?? '.');
    const lines = gitSetupLines(values.command);
    if (values.print) {
      io.stdout(
        [
          `# ${folder}/.gitattributes`,
          ...lines.attributes,
          '',
          `# ${folder}/.gitignore`,
          ...lines.ignore,
          '',
          '# git configuration',
          ...lines.config.map(([key, value]) => `git config ${key} ${JSON.stringify(value)}`),
          '',
        ].join('\n'),
      );
      return EXIT.ok;
    }
    const result = await applyGitSetup(folder, values.command);
    io.stdout(
      `Set up ${result.root} to merge workspace files with "${values.command} merge-driver"` +
        (result.added.length > 0 ? `; added: ${result.added.join(', ')}\n` : '; nothing to add\n'),
    );
    return EXIT.ok;
  },
};
