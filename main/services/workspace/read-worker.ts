import { parentPort } from 'node:worker_threads';
import { runReadJob } from './read-job';
import type { FromReadWorker, ToReadWorker } from './read-worker-protocol';
import { splitValue } from './value-parts';

/*
 * The read worker's entry: reads, checks, parses and validates large JSON files off the main
 * thread (see read-worker-pool.ts), and XLSX tables (xlsx-rows-job.ts), then hands the value
 * back in parts, one at a time, each only once the main thread has taken the previous one.
 */
const port = parentPort;
if (!port) throw new Error('read-worker.ts runs only as a worker thread.');

let acknowledge: (() => void) | null = null;
const jobs: Array<ToReadWorker & { type: 'job' }> = [];
let running = false;

function send(message: FromReadWorker): void {
  port?.postMessage(message);
}

function acked(): Promise<void> {
  return new Promise((resolve) => {
    acknowledge = resolve;
  });
}

async function run(message: ToReadWorker & { type: 'job' }): Promise<void> {
  const { job } = message;
  // ExcelJS takes about 0.2 s to load: only a worker asked for a table pays for it, not each
  // one started to open a large workspace.
  const outcome =
    job.kind === 'xlsx-rows'
      ? await (await import('../catalogue/xlsx-rows-job')).runXlsxRowsJob(job)
      : job.kind === 'framework-workbook'
        ? await (await import('../framework/workbook-job')).runWorkbookJob(job)
        : await runReadJob(job);
  if (outcome.ok !== true) return send({ type: 'outcome', outcome });
  for (const part of splitValue(outcome.value, outcome.text)) {
    send({ type: 'part', part });
    await acked();
  }
  send({ type: 'outcome', outcome: { ...outcome, value: undefined, text: null } });
}

async function drain(): Promise<void> {
  if (running) return;
  running = true;
  try {
    for (let next = jobs.shift(); next; next = jobs.shift()) await run(next);
  } finally {
    running = false;
  }
}

port.on('message', (message: ToReadWorker) => {
  if (message.type === 'ack') {
    const resolve = acknowledge;
    acknowledge = null;
    resolve?.();
    return;
  }
  jobs.push(message);
  void drain();
});
