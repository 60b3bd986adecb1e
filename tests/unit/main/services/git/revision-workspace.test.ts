import { execFileSync } from 'node:child_process';
import { mkdir, realpath, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diffWorkspaces } from '../../../../../shared/diff/workspace-diff';
import { fileText } from '../../../../../shared/model/file-text';
import type { WorkspaceDocument } from '../../../../../shared/model/document';
import { readWorkspace } from '../../../../../main/services/workspace/workspace-reader';
import { listRefs, listRevisions } from '../../../../../main/services/git/git-revisions';
import { readWorkspaceAtRevision } from '../../../../../main/services/git/revision-workspace';
import {
  buildDocument,
  makeTempDir,
  writeWorkspaceFiles,
} from '../../../../fixtures/workspace-builder';

let repo: string;
let folder: string;
let cleanup: () => Promise<void>;

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();

function commitAll(message: string, date: string): string {
  git('add', '-A');
  execFileSync('git', ['commit', '-q', '-m', message], {
    cwd: repo,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Ada Analyst',
      GIT_AUTHOR_EMAIL: 'ada@example.com',
      GIT_COMMITTER_NAME: 'Ada Analyst',
      GIT_COMMITTER_EMAIL: 'ada@example.com',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
  return git('rev-parse', 'HEAD');
}

/** The first document, then a second with a renamed process, a moved node and a new diagram. */
function edited(document: WorkspaceDocument): WorkspaceDocument {
  const [first, ...rest] = document.processes.processes;
  const [diagram, ...others] = document.diagrams;
  if (!first || !diagram) throw new Error('fixture too small');
  const [node, ...nodes] = diagram.nodes;
  if (!node) throw new Error('fixture too small');
  return {
    ...document,
    processes: { ...document.processes, processes: [{ ...first, name: 'Renamed' }, ...rest] },
    diagrams: [
      { ...diagram, nodes: [{ ...node, x: node.x + 200 }, ...nodes] },
      ...others,
      { ...diagram, id: 'added' as typeof diagram.id, name: 'Added' },
    ],
  };
}

beforeEach(async () => {
  let dir: string;
  ({ dir, cleanup } = await makeTempDir('etom-rev-'));
  repo = await realpath(dir);
  execFileSync('git', ['init', '-q', '-b', 'main', repo]);
  folder = path.join(repo, 'models', 'acme');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(repo, 'README.txt'), 'not part of the workspace');
});
afterEach(() => cleanup());

describe('a workspace at a revision', () => {
  it('lists the revisions touching the workspace and a diagram, and the branches', async () => {
    await writeWorkspaceFiles(folder, buildDocument());
    const first = commitAll('First model', '2026-01-02T10:00:00Z');
    await writeFile(path.join(repo, 'README.txt'), 'outside the workspace');
    commitAll('Outside only', '2026-01-03T10:00:00Z');
    await rm(folder, { recursive: true });
    await writeWorkspaceFiles(folder, edited(buildDocument()));
    const second = commitAll('Rename and move', '2026-01-04T10:00:00Z');
    git('branch', 'feature', first);

    const all = await listRevisions(folder, '.', 50);
    expect(all.map((r) => [r.hash, r.subject, r.author])).toEqual([
      [second, 'Rename and move', 'Ada Analyst'],
      [first, 'First model', 'Ada Analyst'],
    ]);
    expect(all[0]?.date).toMatch(/^2026-01-04T10:00:00/);
    expect((await listRevisions(folder, 'diagrams/added.json', 50)).map((r) => r.hash)).toEqual([
      second,
    ]);
    expect(await listRefs(folder)).toEqual([
      { name: 'main', kind: 'branch', hash: second, current: true },
      { name: 'feature', kind: 'branch', hash: first, current: false },
    ]);
  });

  it('reads the files at a revision into what the same folder on disk gave then', async () => {
    const before = buildDocument();
    await writeWorkspaceFiles(folder, before);
    const first = commitAll('First model', '2026-01-02T10:00:00Z');
    const onDiskThen = await readWorkspace(folder);
    await rm(folder, { recursive: true });
    await writeWorkspaceFiles(folder, edited(before));
    commitAll('Rename and move', '2026-01-04T10:00:00Z');

    const atFirst = await readWorkspaceAtRevision(folder, first);
    expect(atFirst.hash).toBe(first);
    expect(atFirst.document).toEqual(onDiskThen.document);
    expect(atFirst.problems.size).toBe(0);
    // HEAD~1 names the same commit; the compare equals shared/diff on the two folders.
    const byName = await readWorkspaceAtRevision(folder, 'HEAD~1');
    const now = await readWorkspace(folder);
    expect(diffWorkspaces(byName.document, now.document)).toEqual(
      diffWorkspaces(onDiskThen.document, now.document),
    );
    const diff = diffWorkspaces(byName.document, now.document);
    expect(diff.processes.changed.map((c) => c.changes)).toEqual([['renamed']]);
    expect(diff.diagrams.map((d) => [d.id, d.status])).toEqual([
      ['added', 'added'],
      ['diagram-1', 'changed'],
    ]);
  });

  it('names the revision and the file of a broken file', async () => {
    await writeWorkspaceFiles(folder, buildDocument());
    await writeFile(path.join(folder, 'mappings.json'), '{"format": "nope"');
    commitAll('Broken mappings', '2026-01-02T10:00:00Z');
    await expect(readWorkspaceAtRevision(folder, 'main')).rejects.toMatchObject({
      error: {
        file: 'mappings.json',
        message: expect.stringMatching(
          /^At revision main \([0-9a-f]{7}\), mappings\.json/,
        ) as string,
      },
    });
  });

  it('leaves a broken diagram out with its problem, as on disk', async () => {
    await writeWorkspaceFiles(folder, buildDocument());
    await writeFile(path.join(folder, 'diagrams', 'diagram-2.json'), '[1, 2');
    const hash = commitAll('Broken diagram', '2026-01-02T10:00:00Z');
    const read = await readWorkspaceAtRevision(folder, hash);
    expect(read.document.diagrams.map((d) => d.id)).toEqual(['diagram-1']);
    expect([...read.problems.keys()]).toEqual(['diagrams/diagram-2.json']);
    expect(read.problems.get('diagrams/diagram-2.json')?.message).toContain(
      `At revision ${hash}, diagrams/diagram-2.json`,
    );
  });

  it('refuses what is not a revision, or looks like an option, naming it', async () => {
    await writeWorkspaceFiles(folder, buildDocument());
    commitAll('First', '2026-01-02T10:00:00Z');
    for (const revision of ['no-such-branch', '--output=/tmp/x', 'main:workspace.json']) {
      await expect(readWorkspaceAtRevision(folder, revision)).rejects.toMatchObject({
        error: { code: 'NOT_FOUND', message: expect.stringContaining(revision) as string },
      });
    }
  });

  it('reads a revision whose text is not ASCII, byte for byte', async () => {
    const document = buildDocument({ name: 'Ünïcödé — 工作区 🚀' });
    await writeWorkspaceFiles(folder, document);
    commitAll('Unicode', '2026-01-02T10:00:00Z');
    const read = await readWorkspaceAtRevision(folder, 'HEAD');
    expect(read.document.workspace.name).toBe('Ünïcödé — 工作区 🚀');
    expect(fileText('diagram', read.document.diagrams[1]!)).toBe(
      fileText('diagram', document.diagrams[1]!),
    );
  });
});
