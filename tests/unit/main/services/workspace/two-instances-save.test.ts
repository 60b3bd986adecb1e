import { readFile, realpath } from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFigures } from '../../../../support/scorecard';
import {
  buildDocument,
  makeTempDir,
  writeWorkspaceFiles,
} from '../../../../fixtures/workspace-builder';
import { startInstance, type StoreInstance } from '../../../../fixtures/store-instance';

/*
 * RELIABILITY I.38 / C.14: two app instances (two child processes running the real store) on
 * one workspace save an edit of the same file at the same instant, round after round. An
 * update is lost when a save reported success and its content is not what the disk holds in
 * the end (two saves from the same base both "succeeding" loses one). ETOM_ROUNDS sets the
 * count (default 150).
 */
const ROUNDS = Number(process.env.ETOM_ROUNDS ?? 150);

let base: string;
let cleanup: () => Promise<void>;
let root: string;
const instances: StoreInstance[] = [];

beforeAll(async () => {
  const temp = await makeTempDir('etom-two-');
  base = await realpath(temp.dir);
  cleanup = temp.cleanup;
  root = path.join(base, 'ws');
  await writeWorkspaceFiles(root, buildDocument({ diagrams: 1, processes: 50 }));
});
afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.kill()));
  await cleanup();
});

async function diskName(): Promise<string> {
  const text = await readFile(path.join(root, 'processes.json'), 'utf8');
  const parsed = JSON.parse(text) as { processes: Array<{ name: string }> };
  return parsed.processes[0]?.name ?? '';
}

interface RoundOutcome {
  saved: number;
  conflicts: number;
  refusedByLock: number;
  other: string[];
  lost: number;
}

/** Both instances save a different name at the same instant; then both reload. */
async function round(index: number, a: StoreInstance, b: StoreInstance): Promise<RoundOutcome> {
  const names = [`round ${index} by A`, `round ${index} by B`];
  const at = Date.now() + 15;
  const replies = await Promise.all([
    a.send('save', { name: names[0], at }),
    b.send('save', { name: names[1], at }),
  ]);
  const onDisk = await diskName();
  const outcome: RoundOutcome = { saved: 0, conflicts: 0, refusedByLock: 0, other: [], lost: 0 };
  replies.forEach((reply, i) => {
    if (reply.saved === true) {
      outcome.saved += 1;
      if (onDisk !== names[i]) outcome.lost += 1;
    } else if (reply.code === 'CONFLICT') outcome.conflicts += 1;
    else if (reply.code === 'READ_ONLY') outcome.refusedByLock += 1;
    else outcome.other.push(JSON.stringify(reply));
  });
  await Promise.all([a.send('reload'), b.send('reload')]);
  return outcome;
}

describe('two instances on one workspace', () => {
  it(
    `never both succeed when saving at the same instant (${ROUNDS} rounds)`,
    { timeout: 60_000 + ROUNDS * 1_000 },
    async () => {
      const a = await startInstance(root, path.join(base, 'app-a'));
      instances.push(a);
      const b = await startInstance(root, path.join(base, 'app-b'));
      instances.push(b);
      const openedA = await a.send('open');
      const openedB = await b.send('open');
      expect(openedA.readOnly).toBeNull();
      expect(String(openedB.readOnly)).toMatch(/open for writing/);

      const started = Date.now();
      const outcomes: RoundOutcome[] = [];
      for (let i = 0; i < ROUNDS; i += 1) outcomes.push(await round(i, a, b));
      const sum = (key: 'saved' | 'conflicts' | 'refusedByLock' | 'lost'): number =>
        outcomes.reduce((total, o) => total + o[key], 0);
      const other = outcomes.flatMap((o) => o.other);

      reportFigures('I.38', 'two instances, simultaneous saves', {
        rounds: ROUNDS,
        'saves that succeeded': sum('saved'),
        'refused by the lock': sum('refusedByLock'),
        conflicts: sum('conflicts'),
        'lost updates': sum('lost'),
        'other failures': other.length,
        seconds: Math.round((Date.now() - started) / 100) / 10,
      });
      expect(other).toEqual([]);
      expect(sum('lost')).toBe(0);
      expect(sum('saved')).toBe(ROUNDS);
    },
  );
});
