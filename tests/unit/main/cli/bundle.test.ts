import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../main/cli/cli-io';
import { runCli } from '../../../../main/cli/run-cli';
import { writeExport } from '../../../../main/services/export/exporter';
import { pngChunks } from '../../../../main/services/export/png-chunks';
import { readWorkspace } from '../../../../main/services/workspace/workspace-reader';
import { emptyDocument } from '../../../../shared/model/empty-files';
import { buildDocument, writeWorkspaceFiles } from '../../../fixtures/workspace-builder';
import { mappingTo, TEST_FRAMEWORK } from '../../../fixtures/model-builders';

let temp = '';
beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'etom-cli-bundle-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

function bufferIo(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    env: {},
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
  };
  return io;
}

async function run(...argv: string[]) {
  const io = bufferIo();
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

/** A source workspace: 2 diagrams showing processes p-0..p-6, mappings of p-2 and p-5. */
async function source(name: string): Promise<string> {
  const dir = path.join(temp, name);
  const document = buildDocument({ processes: 9, diagrams: 2, nodesPerDiagram: 8 });
  document.mappings.mappings = [
    mappingTo('m-a', 'p-2', '1.3.3'),
    mappingTo('m-b', 'p-5', '1.3.4', 'partial'),
    mappingTo('m-c', 'p-8', '1.4.1'),
  ];
  await writeWorkspaceFiles(dir, document);
  return dir;
}

async function empty(name: string): Promise<string> {
  const dir = path.join(temp, name);
  await writeWorkspaceFiles(dir, emptyDocument('Target', TEST_FRAMEWORK));
  return dir;
}

describe('bundle export and import', () => {
  it('carries diagrams, their processes and mappings into another workspace', async () => {
    const from = await source('from-1');
    const to = await empty('to-1');
    const file = path.join(temp, 'one.etom.json');
    const exported = await run('bundle', 'export', from, '--diagram', 'diagram-1', '--out', file);
    expect(exported.err).toBe('');
    expect(exported.out).toMatch(/^Wrote 1 diagrams, \d+ processes and 2 mappings to /);
    const imported = await run('bundle', 'import', to, file);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('Diagrams: 1 added');
    const before = (await readWorkspace(from)).document;
    const after = (await readWorkspace(to)).document;
    expect(after.diagrams).toEqual(before.diagrams.filter((d) => d.id === 'diagram-1'));
    expect(after.mappings.mappings.map((m) => m.id)).toEqual(['m-a', 'm-b']);
    // Every process a node shows is there, with the root they hang from.
    const shown = new Set(
      after.diagrams[0]!.nodes.flatMap((n) => (n.kind === 'process' ? [n.processId] : [])),
    );
    const ids = new Set(after.processes.processes.map((p) => p.id));
    for (const id of shown) expect(ids.has(id)).toBe(true);
    expect(ids.has('p-0' as never)).toBe(true);

    // A second import finds everything unchanged and writes no byte.
    const files = await readFile(path.join(to, 'mappings.json'), 'utf8');
    const again = await run('bundle', 'import', to, file);
    expect(again.out).toContain('Diagrams: 0 added, 1 unchanged');
    expect(await readFile(path.join(to, 'mappings.json'), 'utf8')).toBe(files);
  });

  it('"import bundle <file> --into" merges it as "bundle import" does and prints the counts as JSON', async () => {
    const from = await source('from-json');
    const to = await empty('to-json');
    const file = path.join(temp, 'json.etom.json');
    await run('bundle', 'export', from, '--diagram', 'diagram-1', '--out', file);
    const listing = await readdir(to);
    const dry = await run('import', 'bundle', file, '--into', to, '--dry-run');
    expect([dry.code, dry.err]).toEqual([0, '']);
    const counts = JSON.parse(dry.out) as Record<string, unknown>;
    expect(counts).toMatchObject({
      file: 'json.etom.json',
      format: 'bundle',
      dryRun: true,
      diagrams: { added: 1, replaced: 0, keptBeside: 0, skipped: 0, unchanged: 0 },
      mappings: { added: 2 },
    });
    expect(await readdir(to)).toEqual(listing);
    expect((await readWorkspace(to)).document.diagrams).toEqual([]);

    const real = await run('import', 'bundle', file, '--into', to, '--on-clash', 'skip');
    expect(JSON.parse(real.out)).toEqual({ ...counts, dryRun: false });
    const after = (await readWorkspace(to)).document;
    expect(after.diagrams.map((d) => d.id)).toEqual(['diagram-1']);
    expect(after.mappings.mappings.map((m) => m.id)).toEqual(['m-a', 'm-b']);
    const again = await run('import', 'bundle', file, '--into', to);
    expect(JSON.parse(again.out)).toMatchObject({ diagrams: { added: 0, unchanged: 1 } });
  });

  it('"import bundle" refuses the options of the other formats, and a wrong clash policy', async () => {
    const to = await empty('to-usage');
    const file = path.join(temp, 'usage.etom.json');
    await run('bundle', 'export', await source('from-usage'), '--out', file);
    for (const [args, message] of [
      [['--diagrams'], '--diagrams is for bpmn and archimate'],
      [['--on-clash', 'merge'], '--on-clash must be keep-both, replace, skip, not "merge"'],
    ] as const) {
      const result = await run('import', 'bundle', file, '--into', to, ...args);
      expect(result.code).toBe(2);
      expect(result.err).toContain(message);
    }
    const bpmn = await run('import', 'bpmn', file, '--into', to, '--on-clash', 'skip');
    expect([bpmn.code, bpmn.err]).toEqual([
      2,
      expect.stringContaining('--on-clash is for bundles'),
    ]);
    expect((await readWorkspace(to)).document.diagrams).toEqual([]);
  });

  it('keeps both on a clash by default, and a dry run writes nothing', async () => {
    const from = await source('from-2');
    const file = path.join(temp, 'two.etom.json');
    await run('bundle', 'export', from, '--out', file);
    const target = path.join(temp, 'to-2');
    const document = buildDocument({ processes: 9, diagrams: 1, nodesPerDiagram: 2 });
    document.diagrams[0] = { ...document.diagrams[0]!, name: 'Their own first diagram' };
    await writeWorkspaceFiles(target, document);
    const listing = await readdir(path.join(target, 'diagrams'));
    const dry = await run('bundle', 'import', target, file, '--dry-run');
    expect(dry.out).toContain('diagram-1 -> diagram-1-2');
    expect(dry.out).toContain('Dry run: nothing was written.');
    expect(await readdir(path.join(target, 'diagrams'))).toEqual(listing);
    const real = await run('bundle', 'import', target, file);
    expect(real.code).toBe(0);
    const after = (await readWorkspace(target)).document;
    expect(after.diagrams.map((d) => d.id).sort()).toEqual([
      'diagram-1',
      'diagram-1-2',
      'diagram-2',
    ]);
    expect(after.diagrams.find((d) => d.id === 'diagram-1')?.name).toBe('Their own first diagram');
  });

  it('names the file and the JSON path of a problem in a bundle, and changes nothing', async () => {
    const to = await empty('to-3');
    const file = path.join(temp, 'broken.etom.json');
    const from = await source('from-3');
    await run('bundle', 'export', from, '--out', file);
    const bundle = JSON.parse(await readFile(file, 'utf8')) as {
      mappings: { mappings: Array<{ status: string }> };
    };
    bundle.mappings.mappings[1]!.status = 'signed-off';
    await writeFile(file, JSON.stringify(bundle));
    const result = await run('bundle', 'import', to, file);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^error: broken\.etom\.json, mappings\.mappings\[1\]\.status: /);
    expect((await readWorkspace(to)).document.mappings.mappings).toEqual([]);
  });

  it('refuses to overwrite a file, an unknown diagram and an unknown policy', async () => {
    const from = await source('from-4');
    const file = path.join(temp, 'four.etom.json');
    await writeFile(file, 'mine');
    expect((await run('bundle', 'export', from, '--out', file)).err).toContain('--overwrite');
    expect(await readFile(file, 'utf8')).toBe('mine');
    const unknown = await run('bundle', 'export', from, '--diagram', 'nope', '--out', file);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('no diagram "nope"');
    const policy = await run('bundle', 'import', from, file, '--on-clash', 'merge');
    expect(policy.code).toBe(2);
  });

  it('imports a picture exported with its diagram embedded; a damaged one changes nothing', async () => {
    const from = await source('from-5');
    const file = path.join(temp, 'five.etom.json');
    await run('bundle', 'export', from, '--diagram', 'diagram-1', '--out', file);
    const bundle = await readFile(file, 'utf8');
    const picture = path.join(temp, 'five.png');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"></svg>';
    await writeExport({ path: picture, format: 'png', svg, scale: 1, bundle });
    const bytes = await readFile(picture);
    const chunk = pngChunks(bytes, 'five.png').find((c) => c.type === 'iTXt')!;
    const at = chunk.dataStart + chunk.length - 1;
    bytes[at] = bytes[at]! ^ 0x55;
    const damaged = path.join(temp, 'damaged.png');
    await writeFile(damaged, bytes);
    const to = await empty('to-5');
    const refused = await run('bundle', 'import', to, damaged);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^error: damaged\.png: .*CRC does not match/);
    expect((await readWorkspace(to)).document.diagrams).toEqual([]);
    const imported = await run('bundle', 'import', to, picture);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('Diagrams: 1 added');
    const before = (await readWorkspace(from)).document;
    expect((await readWorkspace(to)).document.diagrams).toEqual(
      before.diagrams.filter((d) => d.id === 'diagram-1'),
    );
  });
});
