import { readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newDiagramId } from '../../../../shared/commands/factories';
import { HostFailure } from '../../../../shared/ipc/errors';
import { WorkspaceStore } from '../../../../main/services/workspace/workspace-store';
import {
  unreadableDiagrams,
  unreadableIds,
} from '../../../../renderer/workspace/unreadable-diagrams';
import {
  buildDiagram,
  buildDocument,
  makeTempDir,
  writeWorkspaceFiles,
} from '../../../fixtures/workspace-builder';

let dir: string;
let cleanup: () => Promise<void>;
let store: WorkspaceStore;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-unreadable-'));
  store = new WorkspaceStore({ appDataDir: path.join(dir, 'app-data'), log: () => undefined });
});
afterEach(async () => {
  await store.closeAll();
  await cleanup();
});

const BROKEN = '{"format": "etom-studio.diagram", "nodes": [';

describe('unreadable diagrams, from what workspace.open really returns', () => {
  it('lists each broken diagram file with its stem and reason, sorted by file', async () => {
    const root = path.join(dir, 'ws');
    await writeWorkspaceFiles(root, buildDocument({ diagrams: 1 }));
    await writeFile(path.join(root, 'diagrams', 'order-flow.json'), BROKEN);
    await writeFile(path.join(root, 'diagrams', 'Bad Name.json'), '{}');
    // A valid diagram whose id differs from its file name.
    await writeFile(
      path.join(root, 'diagrams', 'alias.json'),
      JSON.stringify(buildDiagram('other', 2)),
    );

    const opened = await store.open(root);
    const listed = unreadableDiagrams(opened.problems);

    expect(listed.map((d) => [d.file, d.stem])).toEqual([
      ['diagrams/Bad Name.json', 'Bad Name'],
      ['diagrams/alias.json', 'alias'],
      ['diagrams/order-flow.json', 'order-flow'],
    ]);
    for (const d of listed) {
      expect(d.reason.file).toBe(d.file);
      expect(d.reason.message.length).toBeGreaterThan(0);
    }
    expect(listed[2]?.reason.code).toBe('PARSE_ERROR');
    expect(opened.document.diagrams.map((d) => d.id)).toEqual(['diagram-1']);
  });

  it('keeps a new diagram off an unreadable file, which a save would refuse to overwrite', async () => {
    const root = path.join(dir, 'ws');
    await writeWorkspaceFiles(root, buildDocument({ diagrams: 0 }));
    await writeFile(path.join(root, 'diagrams', 'order-flow.json'), BROKEN);
    const opened = await store.open(root);

    const naive = newDiagramId(opened.document, 'Order flow');
    expect(naive).toBe('order-flow');
    const saveOver = {
      ...opened.document,
      diagrams: [{ ...buildDiagram(naive, 1), name: 'Order flow' }],
    };
    await expect(store.save(opened.handle, saveOver, false)).rejects.toThrow(HostFailure);

    const id = newDiagramId(opened.document, 'Order flow', unreadableIds(opened.problems));
    expect(id).not.toBe('order-flow');
    await store.save(
      opened.handle,
      { ...opened.document, diagrams: [{ ...buildDiagram(id, 1), name: 'Order flow' }] },
      false,
    );
    expect(await readFile(path.join(root, 'diagrams', 'order-flow.json'), 'utf8')).toBe(BROKEN);
  });

  it('ignores problems that name no diagram file', () => {
    expect(
      unreadableDiagrams([
        { code: 'IO_ERROR', message: 'disk' },
        { code: 'SCHEMA_ERROR', message: 'x', file: 'processes.json' },
        { code: 'SCHEMA_ERROR', message: 'x', file: 'diagrams/sub/x.json' },
      ]),
    ).toEqual([]);
  });
});
