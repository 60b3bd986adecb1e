import { resolve } from 'node:path';
import { formatPath } from '../../../shared/merge/merge-conflict';
import { runMergeDriver } from '../../services/merge/merge-driver';
import { CliUsageError, EXIT, type CliCommand } from '../cli-io';

/** `merge-driver %O %A %B %P`: git's three-way merge of one workspace file. */
export const mergeDriverCommand: CliCommand = {
  path: ['merge-driver'],
  summary: 'Merge one workspace file for git, by element and field (see git-setup)',
  help: [
    'Usage: etom-studio merge-driver <base> <ours> <theirs> <path>',
    '',
    'Git runs this as the merge driver of workspace files (%O %A %B %P), in the',
    "repository's top folder; set it up with `etom-studio git-setup`.",
    '',
    'Merges processes, mappings, scope entries, diagram nodes and edges element by element',
    '(by id) and field by field. The merged file is written over <ours>; it always opens in',
    'the app. What cannot be decided (one field changed two ways, an element deleted on one',
    'side and changed on the other, a connection to a deleted node) keeps ours, is listed on',
    "standard error, and is recorded in the workspace's .etom-merge/ folder.",
    '',
    'Exit codes: 0 merged cleanly, 1 conflicts (git marks the file) or a file could not be',
    'read, 2 wrong usage.',
  ].join('\n'),
  async run(args, io) {
    if (args.length !== 4) {
      throw new CliUsageError('give four arguments: <base> <ours> <theirs> <path> (%O %A %B %P)');
    }
    const [base, ours, theirs, file] = args as [string, string, string, string];
    const result = await runMergeDriver({ base, ours, theirs, file, root: resolve('.') });
    if (result.conflicts.length === 0) return EXIT.ok;
    io.stderr(`${file}: ${result.conflicts.length} conflict(s), recorded in ${result.record}\n`);
    for (const conflict of result.conflicts) {
      io.stderr(`  ${formatPath(conflict.path)}: ${conflict.message}\n`);
    }
    return EXIT.failed;
  },
};
