import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { coverageOfDocument } from '../../../shared/coverage/document-coverage';
import { levelSummary } from '../../../shared/coverage/coverage-summary';
import { diffText, type CoverageChange } from '../../../shared/diff/diff-text';
import { diffWorkspaces } from '../../../shared/diff/workspace-diff';
import type { WorkspaceDocument } from '../../../shared/model/document';
import type { FrameworkCatalogue } from '../../../shared/etom/catalogue';
import { CliUsageError, EXIT, type CliCommand, type CliIo } from '../cli-io';
import { loadRevisionArg } from './revision-arg';
import { textconvFile } from './textconv';
import { loadWorkspaceArg } from './workspace-arg';

const FORMATS = ['text', 'json'] as const;

function levels(document: WorkspaceDocument, catalogue: FrameworkCatalogue) {
  const coverage = coverageOfDocument(document, catalogue);
  return levelSummary(catalogue, coverage);
}

/** The two sides: two folders, or one folder at one or two revisions (the second: its files now). */
async function sides(positionals: readonly string[], revs: readonly string[], io: CliIo) {
  const [a, b] = positionals;
  if (revs.length > 2) throw new CliUsageError('give at most two --rev');
  if (revs.length > 0) {
    const [from = '', to] = revs;
    if (positionals.length !== 1 || a === undefined) {
      throw new CliUsageError('with --rev, give one workspace folder, e.g. diff . --rev main');
    }
    return [
      await loadRevisionArg(a, from, io),
      to === undefined ? await loadWorkspaceArg(a, io) : await loadRevisionArg(a, to, io),
    ] as const;
  }
  if (positionals.length !== 2 || a === undefined || b === undefined) {
    throw new CliUsageError('give two workspace folders, e.g. diff ./before ./after');
  }
  return [await loadWorkspaceArg(a, io), await loadWorkspaceArg(b, io)] as const;
}

/** `diff <before> <after> [--format text|json]`: what changed, element by element. */
export const diffCommand: CliCommand = {
  path: ['diff'],
  summary: 'Show what changed between two workspace folders, element by element',
  help: [
    'Usage: etom-studio diff <before> <after> [--format text|json] [--exit-code]',
    '       etom-studio diff <workspace> --rev <A> [--rev <B>] [--format ...] [--exit-code]',
    '       etom-studio diff --textconv <file>',
    '',
    'Compares two workspace folders (e.g. two checkouts, or git difftool --dir-diff), or a',
    'workspace in git at revision A with its files now (or with revision B), and',
    'prints company processes, mappings, scope decisions, diagrams, nodes and connections',
    'added (+), removed (-) and changed (~: renamed, moved, resized, restyled, re-aligned...),',
    'and the coverage per framework level before and after. Viewports are not changes.',
    '',
    '  --format text  (default) one line per element',
    '  --format json  the same as one JSON object',
    '  --exit-code    exit 1 when there are differences (as git diff --exit-code)',
    "  --rev <rev>    a branch, tag or commit of the workspace's git repository",
    "  --textconv     print one workspace file in words, one line per element (for git's",
    '                 diff.<driver>.textconv)',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        'exit-code': { type: 'boolean', default: false },
        rev: { type: 'string', multiple: true, default: [] },
        textconv: { type: 'boolean', default: false },
      },
    });
    if (values.textconv) {
      const [file] = positionals;
      if (positionals.length !== 1 || file === undefined) {
        throw new CliUsageError('give one file, e.g. diff --textconv diagrams/main.json');
      }
      io.stdout(await textconvFile(file));
      return EXIT.ok;
    }
    if (!(FORMATS as readonly string[]).includes(values.format)) {
      throw new CliUsageError(
        `--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`,
      );
    }
    const [before, after] = await sides(positionals, values.rev, io);
    // A diagram unreadable on one side is reported (stderr) and not compared.
    const unreadable = new Set(
      [...before.problems.keys(), ...after.problems.keys()].map((file) => basename(file, '.json')),
    );
    const diff = diffWorkspaces(before.document, after.document, {
      frameworkName: (pack, id) =>
        pack === after.catalogue.pack.id ? after.catalogue.byId(id)?.name : undefined,
      skipDiagrams: unreadable,
    });
    const old = levels(before.document, before.catalogue);
    const now = levels(after.document, after.catalogue);
    const coverage: CoverageChange[] = now.map((level) => {
      const was = old.find((o) => o.level === level.level);
      return {
        level: level.level,
        before: { inScope: was?.inScope ?? 0, covered: was?.covered ?? 0 },
        after: { inScope: level.inScope, covered: level.covered },
      };
    });
    io.stdout(
      values.format === 'json'
        ? `${JSON.stringify({ ...diff, coverage }, null, 2)}\n`
        : diffText(diff, coverage),
    );
    const same =
      diff.workspace.length === 0 &&
      [diff.processes, diff.mappings, diff.scope].every(
        (s) => s.added.length + s.removed.length + s.changed.length === 0,
      ) &&
      diff.diagrams.length === 0;
    return values['exit-code'] && !same ? EXIT.failed : EXIT.ok;
  },
};
