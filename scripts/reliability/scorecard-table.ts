import type { BarItem } from './bar';

/** One line a test wrote through `reportFigures` (tests/support/scorecard.ts). */
export interface FigureLine {
  item: string;
  title: string;
  figures: Record<string, string | number | boolean>;
}

/** How one test file, spec or gate ran, and the figures it reported. */
export interface RunOutcome {
  name: string;
  /** The bar items this run is there to measure. */
  items: ReadonlyArray<string>;
  status: 'passed' | 'failed' | 'skipped';
  seconds: number;
  /** Why it was skipped or failed, in a few words. */
  note?: string;
  lines: ReadonlyArray<FigureLine>;
}

export type Verdict = 'pass' | 'fail' | 'not run';

export interface ItemRow {
  item: BarItem;
  verdict: Verdict;
  lines: FigureLine[];
  note?: string;
}

/**
 * The verdict of every bar item: "fail" when a run meant for it (or that reported it) failed,
 * "pass" only when figures for it were reported and every such run passed, else "not run" with
 * the reason (the skipped run's, or the item's `notHere`). A test that was skipped, or a gate
 * that could not run here, never makes a pass.
 */
export function itemRows(bar: ReadonlyArray<BarItem>, runs: ReadonlyArray<RunOutcome>): ItemRow[] {
  return bar.map((item) => {
    const lines = runs.flatMap((run) => run.lines.filter((line) => line.item === item.id));
    const concerned = runs.filter(
      (run) => run.items.includes(item.id) || run.lines.some((line) => line.item === item.id),
    );
    const failed = concerned.filter((run) => run.status === 'failed');
    if (failed.length > 0) {
      return { item, verdict: 'fail', lines, note: failed.map((run) => run.name).join(', ') };
    }
    if (lines.length > 0) return { item, verdict: 'pass', lines };
    const skipped = concerned.find((run) => run.status === 'skipped' && run.note);
    const note = skipped?.note ?? item.notHere;
    return note ? { item, verdict: 'not run', lines, note } : { item, verdict: 'not run', lines };
  });
}

function figureText(value: string | number | boolean): string {
  return typeof value === 'number' ? value.toLocaleString('en') : String(value);
}

/** Markdown table cells may not hold a pipe or a line break. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function figuresCell(lines: ReadonlyArray<FigureLine>): string {
  return lines
    .map((line) => {
      const figures = Object.entries(line.figures)
        .map(([key, value]) => `${key} ${figureText(value)}`)
        .join(', ');
      return cell(`${line.title}: ${figures}`);
    })
    .join('<br>');
}

function verdictCell(row: ItemRow): string {
  const word =
    row.verdict === 'pass' ? '**pass**' : row.verdict === 'fail' ? '**FAIL**' : 'not run';
  return row.note ? `${word} (${cell(row.note)})` : word;
}

/** The scorecard as Markdown: one row per bar item. */
export function scorecardTable(rows: ReadonlyArray<ItemRow>): string {
  const out = ['| item | title | figures | bar | result |', '| --- | --- | --- | --- | --- |'];
  for (const row of rows) {
    out.push(
      `| ${row.item.id} | ${cell(row.item.title)} | ${figuresCell(row.lines) || '-'} | ${cell(row.item.bar)} | ${verdictCell(row)} |`,
    );
  }
  return out.join('\n');
}

/** The runs behind the scorecard, with their time: what ran, and what could not. */
export function runsTable(runs: ReadonlyArray<RunOutcome>): string {
  const out = ['| run | items | result | seconds |', '| --- | --- | --- | --- |'];
  for (const run of runs) {
    const result = run.note ? `${run.status} (${cell(run.note)})` : run.status;
    out.push(
      `| ${cell(run.name)} | ${run.items.join(', ')} | ${result} | ${Math.round(run.seconds)} |`,
    );
  }
  return out.join('\n');
}

/** Counts of pass / fail / not run over the bar. */
export function tally(rows: ReadonlyArray<ItemRow>): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { pass: 0, fail: 0, 'not run': 0 };
  for (const row of rows) counts[row.verdict] += 1;
  return counts;
}

/** Reads the JSON lines of a scorecard file; a line that is not a figure line is skipped. */
export function parseFigureLines(text: string): FigureLine[] {
  const lines: FigureLine[] = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    try {
      const value = JSON.parse(raw) as Partial<FigureLine>;
      if (typeof value.item === 'string' && typeof value.title === 'string' && value.figures) {
        lines.push({ item: value.item, title: value.title, figures: value.figures });
      }
    } catch {
      // A torn last line (a test killed mid-write) is not a figure.
    }
  }
  return lines;
}
