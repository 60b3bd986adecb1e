import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliInProcess } from './cli-in-process';
import {
  buildDocument,
  makeTempDir,
  writeWorkspaceFiles,
} from '../../../fixtures/workspace-builder';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
});

const cli = (...argv: string[]) => cliInProcess(argv, process.env);

describe('etom-studio diff', () => {
  it('prints what changed in words and as JSON, and --exit-code says whether anything did', async () => {
    const temp = await makeTempDir('etom-diff-');
    cleanup = temp.cleanup;
    const [a, b] = [path.join(temp.dir, 'a'), path.join(temp.dir, 'b')];
    const before = buildDocument({ diagrams: 1 });
    const after = structuredClone(before);
    const first = after.processes.processes[1];
    if (first) first.name = 'Renamed process';
    await writeWorkspaceFiles(a, before);
    await writeWorkspaceFiles(b, after);

    const text = await cli('diff', a, b);
    expect(text.code).toBe(0);
    expect(text.out).toBe(
      'Company processes: 1 changed\n  ~ p-1 "Renamed process": renamed ("Process 1" -> "Renamed process")\n',
    );
    const json = await cli('diff', a, b, '--format', 'json');
    const parsed = JSON.parse(json.out) as {
      processes: { changed: unknown[] };
      coverage: unknown[];
    };
    expect(parsed.processes.changed).toHaveLength(1);
    expect(parsed.coverage.length).toBeGreaterThan(0);
    expect((await cli('diff', a, b, '--exit-code')).code).toBe(1);
    expect((await cli('diff', a, a, '--exit-code')).code).toBe(0);
  });

  it('warns about a diagram that cannot be read and does not call it removed', async () => {
    const temp = await makeTempDir('etom-diff-');
    cleanup = temp.cleanup;
    const [a, b] = [path.join(temp.dir, 'a'), path.join(temp.dir, 'b')];
    await writeWorkspaceFiles(a, buildDocument({ diagrams: 1 }));
    await writeWorkspaceFiles(b, buildDocument({ diagrams: 1 }));
    await writeFile(path.join(b, 'diagrams', 'diagram-1.json'), '{"nodes": [');
    const result = await cli('diff', a, b);
    expect(result.out).toBe('No differences.\n');
    expect(result.err).toContain(`${b}/diagrams/diagram-1.json is left out`);
  });

  it('refuses a wrong command line with usage', async () => {
    const result = await cli('diff', 'only-one');
    expect(result.code).toBe(2);
    expect(result.err).toContain('give two workspace folders');
  });
});
