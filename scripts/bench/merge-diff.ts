/**
 * One in-process diff for `npm run bench:merge`, in a process of its own so that its peak
 * memory is its own: `<before folder> <after folder>`. Reads both with the app's reader, then
 * prints JSON: the read time, the median time of three diffs (`diffWorkspaces` and the words
 * the CLI prints), the peak RSS, the peak RSS once both are read (the baseline), and how many
 * elements differ.
 */
import { performance } from 'node:perf_hooks';
import { diffText } from '../../shared/diff/diff-text';
import { diffWorkspaces } from '../../shared/diff/workspace-diff';
import { readWorkspace } from '../../main/services/workspace/workspace-reader';

async function main(): Promise<void> {
  const [a = '', b = ''] = process.argv.slice(2);
  const started = performance.now();
  const [before, after] = [(await readWorkspace(a)).document, (await readWorkspace(b)).document];
  const readMs = performance.now() - started;
  const baselineKb = process.resourceUsage().maxRSS;
  const times: number[] = [];
  let changes = 0;
  for (let run = 0; run < 3; run += 1) {
    const start = performance.now();
    const diff = diffWorkspaces(before, after);
    changes = diffText(diff, []).split('\n').length;
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  console.log(
    JSON.stringify({
      readMs,
      ms: times[1],
      peakKb: process.resourceUsage().maxRSS,
      baselineKb,
      changes,
    }),
  );
}

void main();
