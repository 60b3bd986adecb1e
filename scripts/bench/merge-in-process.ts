/**
 * One in-process merge for `npm run bench:merge`, in a process of its own so that its peak
 * memory is its own: `<kind> <base> <ours> <theirs>`. Prints JSON: the median time of three
 * merges, the peak RSS, and the peak RSS once the texts are read (the baseline).
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { mergeFile } from '../../shared/merge/merge-file';
import type { FileKind } from '../../shared/model/validate';

async function main(): Promise<void> {
  const [kind, base, ours, theirs] = process.argv.slice(2) as [FileKind, string, string, string];
  const texts = {
    base: await readFile(base, 'utf8'),
    ours: await readFile(ours, 'utf8'),
    theirs: await readFile(theirs, 'utf8'),
  };
  const baselineKb = process.resourceUsage().maxRSS;
  const times: number[] = [];
  let conflicts = 0;
  for (let run = 0; run < 3; run += 1) {
    const start = performance.now();
    conflicts = mergeFile(kind, texts, `ws/${kind}.json`).conflicts.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    JSON.stringify({ ms: times[1], peakKb: process.resourceUsage().maxRSS, baselineKb, conflicts }),
  );
}

void main();
