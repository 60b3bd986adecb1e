import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { runGit } from '../git/git-command';
import { repositoryRoot } from '../git/git-repository';
import { atomicWrite } from '../workspace/atomic-write';
import { CONFLICTS_FOLDER } from './conflict-record';

/** The name of the driver in git's configuration and in `.gitattributes`. */
export const DRIVER = 'etom-studio';

/** Patterns of the files the driver merges, at any depth below the `.gitattributes`. */
const MERGED = [
  'workspace.json',
  'processes.json',
  'mappings.json',
  'scope.json',
  '**/diagrams/*.json',
];

export interface GitSetup {
  attributes: string[];
  ignore: string[];
  config: Array<[key: string, value: string]>;
}

/** What `git-setup` adds, for a driver started as `command` (e.g. `etom-studio`). */
export function gitSetupLines(command: string): GitSetup {
  return {
    attributes: MERGED.map((pattern) => `${pattern} merge=${DRIVER}`),
    ignore: [`${CONFLICTS_FOLDER}/`],
    config: [
      [`merge.${DRIVER}.name`, 'eTOM Studio: merge workspace files by element and field'],
      [`merge.${DRIVER}.driver`, `${command} merge-driver %O %A %B %P`],
    ],
  };
}

/** Appends the lines a file lacks (kept as it is otherwise); returns the lines added. */
async function addLines(file: string, lines: readonly string[]): Promise<string[]> {
  let existing = '';
  try {
    existing = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const have = new Set(existing.split(/\r?\n/).map((line) => line.trim()));
  const missing = lines.filter((line) => !have.has(line));
  if (missing.length > 0) {
    const head = existing === '' || existing.endsWith('\n') ? existing : `${existing}\n`;
    await atomicWrite(file, `${head}${missing.join('\n')}\n`);
  }
  return missing;
}

/**
 * Sets a repository up for the driver: `.gitattributes` and `.gitignore` lines in `folder`
 * (added only where missing) and the driver in the repository's own git configuration.
 */
export async function applyGitSetup(
  folder: string,
  command: string,
): Promise<{ root: string; added: string[] }> {
  const root = await repositoryRoot(folder);
  const lines = gitSetupLines(command);
  const added = [
    ...(await addLines(path.join(folder, '.gitattributes'), lines.attributes)),
    ...(await addLines(path.join(folder, '.gitignore'), lines.ignore)),
  ];
  for (const [key, value] of lines.config) {
    await runGit(root, ['config', '--local', key, value]);
  }
  return { root, added };
}
