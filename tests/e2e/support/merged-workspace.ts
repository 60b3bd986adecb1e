import { cp, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { DiagramFile } from '../../../shared/model/diagram-schema';
import type { WorkspaceDocument } from '../../../shared/model/document';
import type { MappingsFile } from '../../../shared/model/mapping-schema';
import type { ProcessesFile } from '../../../shared/model/process-schema';
import { fileText } from '../../../shared/model/file-text';
import { gitWorkspace, type GitWorkspace } from '../../fixtures/git-workspace';
import { mappingTo } from '../../fixtures/model-builders';
import { buildDocument, makeTempDir } from '../../fixtures/workspace-builder';

type Kind = 'diagram' | 'processes' | 'mappings';

async function edit<T>(ws: GitWorkspace, file: string, kind: Kind, change: (value: T) => void) {
  const place = path.join(ws.workspace, file);
  const value = JSON.parse(await readFile(place, 'utf8')) as T;
  change(value);
  await writeFile(place, fileText(kind, value as never));
}

const relabel = (label: string) => (d: DiagramFile) => {
  (d.nodes[0] as { label: string }).label = label;
};
const rationale = (text: string) => (file: MappingsFile) => {
  (file.mappings[0] as { rationale?: string }).rationale = text;
};

/**
 * Two analysts' branches merged by git with the eTOM Studio driver, into `ours`: both renamed
 * the first box (a conflict), both wrote another rationale for mapping m-1 (a conflict), and
 * theirs deleted company process p-6 while ours mapped it as m-2 (each file merges cleanly, the
 * reference across files dangles). Left mid-merge, as git leaves it.
 */
export async function writeMergedWorkspace(): Promise<GitWorkspace> {
  const base: WorkspaceDocument = buildDocument({
    name: 'Acme',
    diagrams: 1,
    nodesPerDiagram: 6,
    processes: 7,
  });
  // Spread out in rows, so each node (and its badge) can be seen.
  base.diagrams[0]?.nodes.forEach((node, index) => {
    node.x = 80 + (index % 3) * 240;
    node.y = 80 + Math.floor(index / 3) * 160;
  });
  base.mappings.mappings = [mappingTo('m-1', 'p-1', '1.3', 'full', { rationale: 'Base' })];
  const ws = await gitWorkspace(base);
  const commit = async (message: string) => {
    const done = await ws.git('commit', '-qam', message);
    if (done.code !== 0) throw new Error(done.out);
  };
  await ws.git('checkout', '-q', '-b', 'theirs');
  await edit(ws, 'diagrams/diagram-1.json', 'diagram', relabel('Capture order (theirs)'));
  await edit(ws, 'mappings.json', 'mappings', rationale('Their reading'));
  await edit<ProcessesFile>(ws, 'processes.json', 'processes', (file) => {
    file.processes = file.processes.filter((p) => p.id !== 'p-6');
  });
  await commit('theirs');
  await ws.git('checkout', '-q', '-b', 'ours', 'main');
  await edit(ws, 'diagrams/diagram-1.json', 'diagram', relabel('Capture order (ours)'));
  await edit<MappingsFile>(ws, 'mappings.json', 'mappings', (file) => {
    rationale('Our reading')(file);
    file.mappings.push(mappingTo('m-2', 'p-6', '1.3'));
  });
  await commit('ours');
  const merge = await ws.git('merge', '--no-edit', 'theirs');
  if (merge.code === 0) throw new Error(`expected conflicts: ${merge.out}`);
  return ws;
}

/** A copy of the whole repository (history, index and mid-merge state included). */
export async function copyRepository(
  ws: GitWorkspace,
): Promise<{ workspace: string; cleanup: () => Promise<void> }> {
  const { dir, cleanup } = await makeTempDir('etom-git-copy-');
  await cp(ws.repo, dir, { recursive: true });
  return { workspace: path.join(dir, path.basename(ws.workspace)), cleanup };
}
