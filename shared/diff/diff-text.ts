import type { ChangedElement, SetDiff, WorkspaceDiff } from './workspace-diff';

/** In-scope and covered counts of one framework level, before and after. */
export interface CoverageChange {
  level: number;
  before: { inScope: number; covered: number };
  after: { inScope: number; covered: number };
}

const quote = (text: string): string =>
  JSON.stringify(text.length > 80 ? `${text.slice(0, 79)}…` : text);

function changed(element: ChangedElement): string {
  const words = element.changes.map((word) =>
    (word === 'renamed' || word === 're-aligned' || word === 'status changed') &&
    element.from !== undefined &&
    element.to !== undefined
      ? `${word} (${quote(element.from)} -> ${quote(element.to)})`
      : word,
  );
  return `  ~ ${element.id} ${quote(element.name)}: ${words.join(', ')}`;
}

function section(title: string, diff: SetDiff, indent = ''): string[] {
  const counts = [
    diff.added.length > 0 ? `${diff.added.length} added` : '',
    diff.removed.length > 0 ? `${diff.removed.length} removed` : '',
    diff.changed.length > 0 ? `${diff.changed.length} changed` : '',
  ].filter(Boolean);
  if (counts.length === 0) return [];
  return [
    `${indent}${title}: ${counts.join(', ')}`,
    ...diff.added.map((e) => `${indent}  + ${e.id} ${quote(e.name)}`),
    ...diff.removed.map((e) => `${indent}  - ${e.id} ${quote(e.name)}`),
    ...diff.changed.map((e) => `${indent}${changed(e)}`),
  ];
}

/** The diff in words, one line per element, for a terminal or a git difftool. */
export function diffText(diff: WorkspaceDiff, coverage: readonly CoverageChange[]): string {
  const lines = [
    ...(diff.workspace.length > 0 ? [`Workspace: ${diff.workspace.join(', ')}`] : []),
    ...section('Company processes', diff.processes),
    ...section('Mappings', diff.mappings),
    ...section('Scope decisions', diff.scope),
    ...diff.diagrams.flatMap((d) => [
      `Diagram ${quote(d.name)} (${d.id}): ${d.status}`,
      ...section('Nodes', d.nodes, '  '),
      ...section('Connections', d.edges, '  '),
    ]),
  ];
  const moved = coverage.filter(
    (c) => c.before.inScope !== c.after.inScope || c.before.covered !== c.after.covered,
  );
  if (moved.length > 0) {
    lines.push(
      'Coverage (covered / in scope):',
      ...moved.map(
        (c) =>
          `  L${c.level}: ${c.before.covered}/${c.before.inScope} -> ${c.after.covered}/${c.after.inScope}`,
      ),
    );
  }
  return lines.length === 0 ? 'No differences.\n' : `${lines.join('\n')}\n`;
}
