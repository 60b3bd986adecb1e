import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkspace } from '../../../../main/services/workspace/workspace-reader';
import { buildDocument, writeWorkspaceFiles } from '../../../fixtures/workspace-builder';
import { cliInProcess } from './cli-in-process';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/imports');

let temp = '';
beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'etom-cli-model-import-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

async function workspace(name: string): Promise<string> {
  const dir = path.join(temp, name);
  await writeWorkspaceFiles(dir, buildDocument({ processes: 0, diagrams: 1, nodesPerDiagram: 0 }));
  return dir;
}

const cli = (...argv: string[]) => cliInProcess(argv);

describe('import bpmn|archimate', () => {
  it('imports a BPMN file, prints the counts as JSON and the problems by id; again adds nothing', async () => {
    const dir = await workspace('bpmn');
    const file = path.join(fixtures, 'order-to-activate.bpmn');
    const result = await cli('import', 'bpmn', file, '--into', dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({
      file: 'order-to-activate.bpmn',
      format: 'bpmn',
      dryRun: false,
      elements: 14,
      added: 14,
      alreadyImported: 0,
      diagramsInFile: 2,
      diagrams: 0,
    });
    expect(result.err).toContain('order-to-activate.bpmn: task-unnamed: the task has no name');
    const { document } = await readWorkspace(dir);
    expect(document.processes.processes.map((p) => p.name)).toContain('Check credit');

    const again = await cli('import', 'bpmn', file, '--into', dir);
    expect(JSON.parse(again.out)).toMatchObject({ added: 0, alreadyImported: 14 });
    expect((await readWorkspace(dir)).document.processes.processes).toHaveLength(14);
  });

  it("--diagrams makes each of the file's diagrams a workspace diagram the loader reads back", async () => {
    const dir = await workspace('diagrams');
    const file = path.join(fixtures, 'real/zeebe-node-test.bpmn');
    const dry = await cli('import', 'bpmn', file, '--into', dir, '--diagrams', '--dry-run');
    expect(JSON.parse(dry.out)).toMatchObject({ added: 4, diagrams: 1, nodes: 8, edges: 8 });
    expect((await readWorkspace(dir)).document.diagrams).toHaveLength(1);

    const result = await cli('import', 'bpmn', file, '--into', dir, '--diagrams');
    expect([result.code, result.err]).toEqual([0, '']);
    expect(JSON.parse(result.out)).toMatchObject({ added: 4, diagrams: 1, nodes: 8, edges: 8 });
    // The app's own reader validates every file against its schema.
    const { document } = await readWorkspace(dir);
    const diagram = document.diagrams.find((d) => d.name === 'Test Process')!;
    expect(diagram.nodes).toHaveLength(8);
    const byName = new Map(document.processes.processes.map((p) => [p.id, p.name]));
    const shown = diagram.nodes.flatMap((n) =>
      n.kind === 'process' ? [byName.get(n.processId)] : [],
    );
    expect(shown.sort()).toEqual(['Process Message', 'Timed out', 'demo-service']);

    // Again: no process is new, the diagram is created once more under a name of its own.
    const again = await cli('import', 'bpmn', file, '--into', dir, '--diagrams');
    expect(JSON.parse(again.out)).toMatchObject({ added: 0, diagrams: 1 });
    const names = (await readWorkspace(dir)).document.diagrams.map((d) => d.name);
    expect(names).toContain('Test Process (2)');
    expect((await cli('import', '--help')).out).toContain('--diagrams');
  });

  it('imports an ArchiMate file; --dry-run writes nothing', async () => {
    const dir = await workspace('archimate');
    const before = await readFile(path.join(dir, 'processes.json'), 'utf8');
    const file = path.join(fixtures, 'operator.archimate.xml');
    const dry = await cli('import', 'archimate', file, '--into', dir, '--dry-run');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out)).toMatchObject({
      dryRun: true,
      added: 7,
      skippedByKind: { BusinessEvent: 1 },
    });
    expect(await readFile(path.join(dir, 'processes.json'), 'utf8')).toBe(before);
    const real = await cli('import', 'archimate', file, '--into', dir);
    expect(JSON.parse(real.out)).toMatchObject({ dryRun: false, added: 7 });
    expect((await readWorkspace(dir)).document.processes.processes).toHaveLength(7);
  });

  it('fails with the file, line and column of a refused file, and writes nothing', async () => {
    const dir = await workspace('refused');
    const before = await readFile(path.join(dir, 'processes.json'), 'utf8');
    const result = await cli(
      'import',
      'bpmn',
      path.join(fixtures, 'broken/billion-laughs.bpmn'),
      '--into',
      dir,
    );
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      'error: billion-laughs.bpmn:2:1: has a DOCTYPE declaration, which imports refuse (no DTD, no entities)\n',
    );
    const truncated = await cli(
      'import',
      'bpmn',
      path.join(fixtures, 'broken/truncated.bpmn'),
      '--into',
      dir,
    );
    expect(truncated.err).toBe('error: truncated.bpmn:5:5: ends inside a tag\n');
    const missing = await cli('import', 'bpmn', path.join(temp, 'nope.bpmn'), '--into', dir);
    expect([missing.code, missing.err]).toEqual([1, 'error: nope.bpmn: no such file\n']);
    expect(await readFile(path.join(dir, 'processes.json'), 'utf8')).toBe(before);
  });

  it('answers wrong usage with exit code 2 and a hint', async () => {
    const dir = await workspace('usage');
    const file = path.join(fixtures, 'order-to-activate.bpmn');
    expect(await cli('import', 'visio', file, '--into', dir)).toMatchObject({
      code: 2,
      err: expect.stringContaining('give the format first: bpmn, archimate, bundle') as unknown,
    });
    expect((await cli('import', 'bpmn', file)).err).toContain('give the workspace with --into');
    expect((await cli('import', 'bpmn', '--into', dir)).code).toBe(2);
    expect((await cli('import', '--help')).out).toContain('Usage: import bpmn|archimate');
    const lonely = path.join(temp, 'lonely.bpmn');
    await writeFile(lonely, '<definitions/>');
    expect(
      (await cli('import', 'bpmn', lonely, '--into', path.join(temp, 'no-such-workspace'))).code,
    ).toBe(1);
  });
});
