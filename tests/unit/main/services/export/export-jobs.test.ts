import { describe, expect, it } from 'vitest';
import { HostFailure, type HostError } from '../../../../../shared/ipc/errors';
import { ExportJobs } from '../../../../../main/services/export/export-jobs';

const ID = 'job-0001-abcd';

async function failureOf(work: Promise<unknown>): Promise<HostError> {
  try {
    await work;
  } catch (error) {
    expect(error).toBeInstanceOf(HostFailure);
    return (error as HostFailure).error;
  }
  throw new Error('the job finished');
}

describe('ExportJobs', () => {
  it('hands out each step by long poll, and the end', async () => {
    const jobs = new ExportJobs();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const running = jobs.run(ID, '/out.pdf', async (job) => {
      job.report('drawing', 2, 12);
      await gate;
      return 'written';
    });
    const seen = await jobs.poll(ID, 0, 0);
    expect(seen).toMatchObject({ status: 'running', step: 'drawing', done: 2, total: 12 });
    // Nothing new: the poll waits for the next change (the end), not for its whole wait.
    const next = jobs.poll(ID, seen.revision, 10_000);
    release();
    expect(await running).toBe('written');
    expect(await next).toMatchObject({ status: 'finished' });
    expect(await jobs.poll(ID, 0, 0)).toMatchObject({ status: 'unknown', revision: 0 });
  });

  it('a poll with nothing new answers after its wait', async () => {
    const jobs = new ExportJobs();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const running = jobs.run(ID, undefined, () => gate);
    const first = await jobs.poll(ID, 0, 0);
    expect(await jobs.poll(ID, first.revision, 20)).toEqual(first);
    release();
    await running;
  });

  it('a cancel stops the job at its next checkpoint with CANCELLED naming the file', async () => {
    const jobs = new ExportJobs();
    const steps: number[] = [];
    const running = jobs.run(ID, '/out.pdf', async (job) => {
      for (let page = 0; page < 1000; page += 1) {
        job.report('drawing', page, 1000);
        await job.checkpoint();
        steps.push(page);
      }
    });
    // Cancel as soon as page 3 is reported: the job stops before drawing it.
    let progress = await jobs.poll(ID, 0, 0);
    while (progress.done < 3) progress = await jobs.poll(ID, progress.revision, 1000);
    expect(jobs.cancel(ID)).toBe(true);
    expect(await failureOf(running)).toMatchObject({ code: 'CANCELLED', file: '/out.pdf' });
    expect(steps).toEqual([0, 1, 2]);
  });

  it('a cancel that overtakes its request refuses the job when it arrives', async () => {
    const jobs = new ExportJobs();
    expect(jobs.cancel(ID)).toBe(false);
    let ran = false;
    const error = await failureOf(
      jobs.run(ID, '/x.png', () => {
        ran = true;
        return Promise.resolve();
      }),
    );
    expect(error.code).toBe('CANCELLED');
    expect(ran).toBe(false);
    // Only once: the same id may run again afterwards.
    expect(await jobs.run(ID, '/x.png', () => Promise.resolve(7))).toBe(7);
  });

  it('refuses a job id already running; a call without one is not tracked', async () => {
    const jobs = new ExportJobs();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const running = jobs.run(ID, undefined, () => gate);
    expect(await failureOf(jobs.run(ID, undefined, () => Promise.resolve()))).toMatchObject({
      code: 'ALREADY_EXISTS',
    });
    release();
    await running;
    expect(await jobs.run(undefined, undefined, (job) => job.checkpoint().then(() => 1))).toBe(1);
  });
});
