import { cp, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliInProcess } from './cli-in-process';
import { fileText } from '../../../../shared/model/file-text';
import {
  buildDocument,
  makeTempDir,
  writeWorkspaceFiles,
} from '../../../fixtures/workspace-builder';
import { commitFolder, gitSync } from '../../../fixtures/git-workspace';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
});

const cli = (...argv: string[]) => cliInProcess(argv, process.env);

describe('etom-studio diff --rev', () => {
  it('prints what the two folders would give, for one revision or two', async () => {
    const temp = await makeTempDir('etom-diff-rev-');
    cleanup = temp.cleanup;
    const repo = path.join(temp.dir, 'repo');
    const before = buildDocument({ diagrams: 1 });
    await writeWorkspaceFiles(repo, before);
    commitFolder(repo);
    const copy = path.join(temp.dir, 'first');
    await cp(repo, copy, { recursive: true });
    const after = structuredClone(before);
    after.processes.processes[1]!.name = 'Renamed process';
    after.diagrams[0]!.nodes[0]!.x += 100;
    await writeFile(path.join(repo, 'processes.json'), fileText('processes', after.processes));
    await writeFile(
      path.join(repo, 'diagrams', 'diagram-1.json'),
      fileText('diagram', after.diagrams[0]!),
    );

    const folders = await cli('diff', copy, repo);
    expect(folders.out).toContain('renamed ("Process 1" -> "Renamed process")');
    // One revision: against the working folder; the same words as the two folders.
    const one = await cli('diff', repo, '--rev', 'main');
    expect(one).toEqual({ ...folders, err: '' });
    gitSync(repo, 'commit', '-q', '-am', 'Second');
    const two = await cli('diff', repo, '--rev', 'HEAD~1', '--rev', 'HEAD', '--format', 'json');
    expect(JSON.parse(two.out)).toEqual(
      JSON.parse((await cli('diff', copy, repo, '--format', 'json')).out),
    );
    expect((await cli('diff', repo, '--rev', 'HEAD', '--exit-code')).code).toBe(0);
    expect((await cli('diff', repo, '--rev', 'HEAD~1', '--exit-code')).code).toBe(1);
  });

  it('names an unknown revision, and refuses --rev with two folders', async () => {
    const temp = await makeTempDir('etom-diff-rev-');
    cleanup = temp.cleanup;
    await writeWorkspaceFiles(temp.dir, buildDocument({ diagrams: 1 }));
    commitFolder(temp.dir);
    const unknown = await cli('diff', temp.dir, '--rev', 'nope');
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain('"nope" is not a revision');
    const usage = await cli('diff', temp.dir, temp.dir, '--rev', 'main');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('with --rev, give one workspace folder');
  });

  it('works as a git textconv: git diff shows elements in words', async () => {
    const temp = await makeTempDir('etom-textconv-');
    cleanup = temp.cleanup;
    const before = buildDocument({ diagrams: 1 });
    const file = path.join(temp.dir, 'diagram-1.json');
    await writeFile(file, fileText('diagram', before.diagrams[0]!));
    const words = await cli('diff', '--textconv', file);
    expect(words.code).toBe(0);
    expect(words.out.split('\n').slice(0, 3)).toEqual([
      'diagram diagram-1 "Diagram diagram-1"',
      'node n-0 box "Step 0" at 0,0 size 160x60',
      'node n-1 note "Note 1" at 10,5 size 160x60',
    ]);
    await writeFile(path.join(temp.dir, 'broken.json'), '{"format": "etom-studio.diagram"');
    const broken = await cli('diff', '--textconv', path.join(temp.dir, 'broken.json'));
    expect(broken.code).not.toBe(0);
    expect(broken.err).toContain('broken.json');
  });
});
