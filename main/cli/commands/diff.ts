import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { computeCoverage } from '../../../shared/coverage/coverage-model';
import { levelSummary } from '../../../shared/coverage/coverage-summary';
import { diffText, type CoverageChange } from '../../../shared/diff/diff-text';
import { diffWorkspaces } from '../../../shared/diff/workspace-diff';
import type { WorkspaceDocument } from '../../../shared/model/document';
import type { FrameworkCatalogue } from '../../../shared/etom/catalogue';
import { alignmentsOf } from '../../../shared/model/workspace-schema';
import { CliUsageError, EXIT, type CliCommand } from '../cli-io';
import { loadWorkspaceArg } from './workspace-arg';

const FORMATS = ['text', 'json'] as const;

function levels(document: WorkspaceDocument, catalogue: FrameworkCatalogue) {
  const coverage = computeCoverage({
    catalogue,
    scope: document.scope.entries,
    mappings: document.mappings.mappings,
    alignments: alignmentsOf(document.workspace),
  });
  return levelSummary(catalogue, coverage);
}

/** `diff <before> <after> [--format text|json]`: what changed, element by element. */
export const diffCommand: CliCommand = {
  path: ['diff'],
  summary: 'Show what changed between two workspace folders, element by element',
  help: [
    'Usage: etom-studio diff <before> <after> [--format text|json] [--exit-code]',
    '',
    'Compares two workspace folders (e.g. two checkouts, or git difftool --dir-diff) and',
    'prints company processes, mappings, scope decisions, diagrams, nodes and connections',
    'added (+), removed (-) and changed (~: renamed, moved, resized, restyled, re-aligned...),',
    'and the coverage per framework level before and after. Viewports are not changes.',
    '',
    '  --format text  (default) one line per element',
    '  --format json  the same as one JSON object',
    '  --exit-code    exit 1 when there are differences (as git diff --exit-code)',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        'exit-code': { type: 'boolean', default: false },
      },
    });
    if (!(FORMATS as readonly string[]).includes(values.format)) {
      throw new CliUsageError(
        `--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`,
      );
    }
    const [a, b] = positionals;
    if (positionals.length !== 2 || a === undefined || b === undefined) {
      throw new CliUsageError('give two workspace folders, e.g. diff ./before ./after');
    }
    const before = await loadWorkspaceArg(a, io);
    const after = await loadWorkspaceArg(b, io);
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
