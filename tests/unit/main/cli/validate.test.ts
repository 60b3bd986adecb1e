import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliInProcess } from './cli-in-process';

const SAMPLE = path.resolve(import.meta.dirname, '../../../../assets/sample-workspace');

let temp: string | null = null;
afterEach(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
  temp = null;
});

/** A copy of the sample workspace in a temporary folder, with `edit` applied to one file. */
async function sampleWith(file: string, edit: (value: Record<string, unknown>) => void) {
  temp = await mkdtemp(path.join(os.tmpdir(), 'etom-validate-'));
  const dir = path.join(temp, 'ws');
  await cp(SAMPLE, dir, { recursive: true });
  const target = path.join(dir, file);
  const value = JSON.parse(await readFile(target, 'utf8')) as Record<string, unknown>;
  edit(value);
  await writeFile(target, JSON.stringify(value, null, 2));
  return dir;
}

type Edge = { id: string; mappingId?: string };
type Mapping = { id: string; processId: string };

describe('validate: every schema problem of a file, each on its line and counted', () => {
  type Node = { id: unknown; x: unknown; width: unknown };

  it('lists the three problems of one diagram and says three', async () => {
    const dir = await sampleWith('diagrams/bill-to-cash.json', (diagram) => {
      const nodes = diagram.nodes as Node[];
      nodes[0]!.x = 'left';
      nodes[1]!.width = -5;
      nodes[2]!.id = 7;
    });
    const result = await cliInProcess(['validate', dir]);
    expect(result.code).toBe(3);
    const lines = result.out.split('\n').filter((line) => line.includes('bill-to-cash.json, '));
    expect(lines.map((line) => line.split(': ')[1])).toEqual(
      expect.arrayContaining([
        'diagrams/bill-to-cash.json, nodes[0].x',
        'diagrams/bill-to-cash.json, nodes[1].width',
        'diagrams/bill-to-cash.json, nodes[2].id',
      ]),
    );
    expect(lines).toHaveLength(3);
    expect(result.out).toContain('not valid (3 problems;');
  });

  it('lists and counts the problems of a required file that stops the read', async () => {
    const dir = await sampleWith('processes.json', (file) => {
      const processes = file.processes as Array<{ name: unknown; id: unknown }>;
      processes[0]!.name = 12;
      processes[1]!.id = null;
    });
    const result = await cliInProcess(['validate', dir]);
    expect(result.code).toBe(3);
    expect(result.out).toContain('processes.json, processes[0].name');
    expect(result.out).toContain('processes.json, processes[1].id');
    expect(result.out).toMatch(/not valid \(2 problems\)/);
  });

  it('goes on past a broken required file: a broken mappings file and diagram are both reported', async () => {
    const dir = await sampleWith('diagrams/order-to-activate.json', (diagram) => {
      (diagram.nodes as Node[])[0]!.x = 'left';
    });
    const mappings = path.join(dir, 'mappings.json');
    const text = await readFile(mappings, 'utf8');
    await writeFile(mappings, text.slice(0, text.length / 2));
    const result = await cliInProcess(['validate', dir]);
    expect(result.code).toBe(3);
    expect(result.out).toMatch(/mappings\.json, line \d+, column \d+: /);
    expect(result.out).toContain('diagrams/order-to-activate.json, nodes[0].x');
    expect(result.out).toMatch(/not valid \(2 problems\)/);
  });

  it('reports a missing mappings file and a broken scope file together', async () => {
    const dir = await sampleWith('scope.json', (file) => {
      file.entries = 'none';
    });
    await rm(path.join(dir, 'mappings.json'));
    const result = await cliInProcess(['validate', dir]);
    expect(result.code).toBe(3);
    expect(result.out).toContain('mappings.json is missing');
    expect(result.out).toContain('scope.json, entries');
    expect(result.out).toMatch(/not valid \(2 problems\)/);
  });
});

describe('validate: the links between the workspace files', () => {
  it('reports a mapping edge drawing a mapping mappings.json lacks, by file and place', async () => {
    let at = -1;
    const dir = await sampleWith('diagrams/bill-to-cash.json', (diagram) => {
      const edges = diagram.edges as Edge[];
      at = edges.findIndex((e) => e.mappingId !== undefined);
      edges[at]!.mappingId = 'map-gone';
    });
    const result = await cliInProcess(['validate', dir]);
    expect(result.code).toBe(3);
    expect(result.out).toContain(
      `diagrams/bill-to-cash.json, edges[${at}].mappingId: no mapping "map-gone" in mappings.json`,
    );
    expect(result.out).toContain('not valid (1 problem;');
  });

  it('reports a mapping from a company process processes.json lacks', async () => {
    const dir = await sampleWith('mappings.json', (file) => {
      (file.mappings as Mapping[])[3]!.processId = 'proc-gone';
    });
    const result = await cliInProcess(['validate', dir]);
    expect(result.code).toBe(3);
    expect(result.out).toContain(
      'mappings.json, mappings[3].processId: no company process "proc-gone" in processes.json',
    );
  });

  it('reports a node of a company process processes.json lacks (the diagram marks it missing)', async () => {
    let at = -1;
    const dir = await sampleWith('diagrams/order-to-activate.json', (diagram) => {
      const nodes = diagram.nodes as Array<{ kind: string; processId?: string }>;
      at = nodes.findIndex((n) => n.kind === 'process');
      nodes[at]!.processId = 'proc-gone';
    });
    const result = await cliInProcess(['validate', dir]);
    expect(result.code).toBe(3);
    expect(result.out).toContain(
      `diagrams/order-to-activate.json, nodes[${at}].processId: no company process "proc-gone" in processes.json (the diagram shows it as missing)`,
    );
  });

  it('reports a diagram file with an upper-case .JSON, and shows hidden characters of a name escaped', async () => {
    const dir = await sampleWith('workspace.json', () => undefined);
    const diagrams = path.join(dir, 'diagrams');
    await rename(
      path.join(diagrams, 'bill-to-cash.json'),
      path.join(diagrams, 'bill-to-cash.JSON'),
    );
    await rename(
      path.join(diagrams, 'order-to-activate.json'),
      path.join(diagrams, 'order\nto\u202eactivate.json'),
    );
    const result = await cliInProcess(['validate', dir]);
    expect(result.code).toBe(3);
    expect(result.out).toContain(
      'diagrams/bill-to-cash.JSON: the file name does not end in .json (lower case), as a diagram file does; the file is left as it is.',
    );
    // One line, the newline and the right-to-left override written out.
    expect(result.out).toContain(
      'diagrams/order\\u{000A}to\\u{202E}activate.json: the file name is not a diagram id',
    );
    expect(result.out.split('\n').filter((line) => line !== '')).toHaveLength(3);
  });

  it('finds nothing to report in the sample as shipped', async () => {
    const result = await cliInProcess(['validate', SAMPLE]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/: valid \(/);
  });
});
