import { readFile, readdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkspace } from '../../../../../main/services/workspace/workspace-reader';
import type { DiagramFile } from '../../../../../shared/model/diagram-schema';
import { fileText } from '../../../../../shared/model/file-text';
import { gitWorkspace, type GitWorkspace } from '../../../../fixtures/git-workspace';
import { buildDocument } from '../../../../fixtures/workspace-builder';

/**
 * Real git repositories in temporary folders, the driver installed with `git-setup` and run by
 * git itself (through tsx, as `npm run cli` does), each result read by the app's own loader.
 */
let repository: GitWorkspace;
const ws = () => repository.workspace;
const diagramPath = () => path.join(ws(), 'diagrams', 'diagram-1.json');
const git = (...args: string[]) => repository.git(...args);

async function diagram(): Promise<DiagramFile> {
  return JSON.parse(await readFile(diagramPath(), 'utf8')) as DiagramFile;
}

async function editDiagram(edit: (d: DiagramFile) => void, message: string): Promise<void> {
  const d = await diagram();
  edit(d);
  await writeFile(diagramPath(), fileText('diagram', d));
  expect((await git('commit', '-qam', message)).code).toBe(0);
}

const label = (d: DiagramFile, id: string): string | undefined =>
  (d.nodes.find((n) => n.id === id) as { label?: string } | undefined)?.label;

function relabel(id: string, text: string) {
  return (d: DiagramFile) => {
    const node = d.nodes.find((n) => n.id === id) as { label?: string };
    node.label = text;
  };
}

/** A fresh repository with one committed workspace on `main`, set up with git-setup. */
async function freshRepository(): Promise<void> {
  await git('checkout', '-q', '--detach');
  await git('branch', '-D', 'a', 'b');
}

describe('git merges workspaces with the eTOM Studio driver', () => {
  beforeAll(async () => {
    repository = await gitWorkspace(
      buildDocument({ name: 'Acme', diagrams: 1, nodesPerDiagram: 6 }),
    );
    expect(await readFile(path.join(repository.repo, '.gitattributes'), 'utf8')).toContain(
      '**/diagrams/*.json merge=etom-studio',
    );
  }, 60_000);

  afterAll(async () => {
    await repository.cleanup();
  });

  async function branches(ours: () => Promise<void>, theirs: () => Promise<void>) {
    await git('checkout', '-q', '-B', 'a', 'main');
    await theirs();
    await git('checkout', '-q', '-B', 'b', 'main');
    await ours();
    return git('merge', '--no-edit', 'a');
  }

  it('merges edits to different nodes and additions on both sides cleanly', async () => {
    const merge = await branches(
      () =>
        editDiagram((d) => {
          relabel('n-0', 'Capture order')(d);
          d.nodes.push({
            id: 'ours-new' as never,
            kind: 'box',
            label: 'Ours',
            x: 0,
            y: 400,
            width: 100,
            height: 40,
            z: 20,
          });
        }, 'ours'),
      () =>
        editDiagram((d) => {
          relabel('n-3', 'Check credit')(d);
          d.nodes.push({
            id: 'theirs-new' as never,
            kind: 'box',
            label: 'Theirs',
            x: 200,
            y: 400,
            width: 100,
            height: 40,
            z: 21,
          });
        }, 'theirs'),
    );
    expect(merge.code, merge.out).toBe(0);
    const { document } = await readWorkspace(ws());
    const merged = document.diagrams[0] as DiagramFile;
    expect(label(merged, 'n-0')).toBe('Capture order');
    expect(label(merged, 'n-3')).toBe('Check credit');
    expect(merged.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['ours-new', 'theirs-new']),
    );
    await freshRepository();
  }, 60_000);

  it('marks one label changed two ways as a conflict, with an openable file and a record', async () => {
    const merge = await branches(
      () => editDiagram(relabel('n-0', 'Ours'), 'ours'),
      () => editDiagram(relabel('n-0', 'Theirs'), 'theirs'),
    );
    expect(merge.code).not.toBe(0);
    expect(merge.out).toContain('CONFLICT');
    const text = await readFile(diagramPath(), 'utf8');
    expect(text).not.toContain('<<<<<<<');
    const { document } = await readWorkspace(ws());
    expect(label(document.diagrams[0] as DiagramFile, 'n-0')).toBe('Ours');
    const record = JSON.parse(
      await readFile(path.join(ws(), '.etom-merge', 'diagrams', 'diagram-1.json'), 'utf8'),
    ) as { file: string; conflicts: Array<{ path: string; theirs: unknown }> };
    expect(record.file).toBe('diagrams/diagram-1.json');
    expect(record.conflicts).toMatchObject([{ path: 'nodes["n-0"].label', theirs: 'Theirs' }]);
    // The record folder is ignored: git status shows the model file only.
    expect((await git('status', '--porcelain')).out).not.toContain('.etom-merge');
    await git('merge', '--abort');
    await freshRepository();
  }, 60_000);

  it('reports a node deleted on one side and changed on the other, and keeps references whole', async () => {
    const merge = await branches(
      () =>
        editDiagram((d) => {
          d.nodes = d.nodes.filter((n) => n.id !== 'n-3');
          d.edges = d.edges.filter((e) => e.source !== 'n-3' && e.target !== 'n-3');
        }, 'ours: delete n-3'),
      () =>
        editDiagram((d) => {
          relabel('n-3', 'Renamed')(d);
          d.edges.push({
            id: 'e-theirs' as never,
            kind: 'flow',
            source: 'n-0' as never,
            target: 'n-3' as never,
          });
        }, 'theirs: rename and connect n-3'),
    );
    expect(merge.code).not.toBe(0);
    const { document } = await readWorkspace(ws());
    const merged = document.diagrams[0] as DiagramFile;
    expect(merged.nodes.map((n) => n.id)).not.toContain('n-3');
    expect(merged.edges.map((e) => e.id)).not.toContain('e-theirs');
    const files = await readdir(path.join(ws(), '.etom-merge', 'diagrams'));
    expect(files).toEqual(['diagram-1.json']);
    await git('merge', '--abort');
    await freshRepository();
  }, 60_000);
});
