/**
 * The suggestion evaluation set (tests/fixtures/suggest-eval/operator-processes.csv): operator
 * process names with the GB921 v25.5 L2 (and L3) they belong to, split into tune and holdout.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsvRecords } from '../../shared/codecs/csv';

export interface EvalCase {
  query: string;
  l2: string;
  l3: string | undefined;
  split: 'tune' | 'holdout';
  /** 1-based line in the CSV, for messages. */
  line: number;
}

export const EVAL_SET_FILE = path.resolve(
  import.meta.dirname,
  '../../tests/fixtures/suggest-eval/operator-processes.csv',
);

/** Reads and checks the evaluation set; throws naming the file and line on a bad row. */
export function loadEvalSet(file = EVAL_SET_FILE): EvalCase[] {
  const records = parseCsvRecords(readFileSync(file, 'utf8'), ['query', 'l2', 'l3', 'split'], {
    file,
  });
  return records.map((record, index) => {
    const line = index + 2;
    const split = record.split;
    if (split !== 'tune' && split !== 'holdout') {
      throw new Error(`${file}:${line}: split must be tune or holdout, not "${split}"`);
    }
    if (!/^\d+\.\d+\.\d+$/.test(record.l2 ?? '')) {
      throw new Error(`${file}:${line}: l2 must be a level-2 id such as 1.3.3`);
    }
    return {
      query: record.query ?? '',
      l2: record.l2 ?? '',
      l3: record.l3 === '' ? undefined : record.l3,
      split,
      line,
    };
  });
}

/** The L2 a current-scheme id belongs to (itself at L2, its ancestor deeper), or undefined above L2. */
export function l2Of(id: string): string | undefined {
  const segments = id.split('.');
  return segments.length >= 3 ? segments.slice(0, 3).join('.') : undefined;
}
