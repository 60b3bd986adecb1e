import { mkdir, realpath, symlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostFailure } from '../../../../../shared/ipc/errors';
import { resolveInside } from '../../../../../main/services/workspace/path-confinement';
import { makeTempDir } from '../../../../fixtures/workspace-builder';
import { reportFigures } from '../../../../support/scorecard';

let base: string;
let root: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const temp = await makeTempDir('etom-confine-');
  cleanup = temp.cleanup;
  base = await realpath(temp.dir);
  root = path.join(base, 'ws');
  await mkdir(path.join(root, 'diagrams'), { recursive: true });
  await mkdir(path.join(base, 'ws-evil'));
  await mkdir(path.join(base, 'outside'));
  await writeFile(path.join(base, 'outside', 'secret.json'), '{}');
  await writeFile(path.join(base, 'ws-evil', 'secret.json'), '{}');
  await writeFile(path.join(root, 'workspace.json'), '{}');
  await symlink(path.join(base, 'outside'), path.join(root, 'link-out'));
  await symlink('../../ws-evil', path.join(root, 'diagrams', 'escape'));
  await symlink('..', path.join(root, 'diagrams', 'up'));
  await symlink(path.join(base, 'outside', 'secret.json'), path.join(root, 'file-out.json'));
  await symlink('/nonexistent/place', path.join(root, 'dangle'));
});
afterAll(() => cleanup());

async function code(relative: string): Promise<string> {
  try {
    await resolveInside(root, relative);
    return 'ok';
  } catch (error) {
    if (error instanceof HostFailure) return error.error.code;
    throw error;
  }
}

/** The real location a resolved path reaches: realpath of its deepest existing part. */
async function reach(resolved: string): Promise<string> {
  let existing = resolved;
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(await realpath(existing), ...rest);
    } catch {
      rest.unshift(path.basename(existing));
      existing = path.dirname(existing);
    }
  }
}

const inside = (p: string): boolean => p.startsWith(root + path.sep);

describe('resolveInside', () => {
  it('resolves workspace files, existing or not', async () => {
    expect(await resolveInside(root, 'workspace.json')).toBe(path.join(root, 'workspace.json'));
    expect(await resolveInside(root, 'diagrams/new-one.json')).toBe(
      path.join(root, 'diagrams', 'new-one.json'),
    );
    expect(await resolveInside(root, 'diagrams/up/workspace.json')).toBe(
      path.join(root, 'workspace.json'),
    );
  });

  it.each([
    '../ws-evil/secret.json',
    '/etc/passwd',
    'C:/Windows',
    'c:\\Windows',
    '\\\\server\\share\\x',
    '//server/share',
    'file:///etc/passwd',
    '%2e%2e/secret.json',
    'diagrams/%2e%2e%2f%2e%2e',
    'a\0b.json',
    'link-out/secret.json',
    'diagrams/escape/secret.json',
    'file-out.json',
    'dangle',
    'dangle/x.json',
    'diagrams/../workspace.json',
    './workspace.json',
    '',
    'diagrams//a.json',
  ])('refuses %j as OUTSIDE_WORKSPACE', async (relative) => {
    expect(await code(relative)).toBe('OUTSIDE_WORKSPACE');
  });

  it('lets no generated reference escape (property, >= 5,000 refs)', async () => {
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '',
        'diagrams',
        'a.json',
        'link-out',
        'escape',
        'up',
        'dangle',
        'file-out.json',
        'ws-evil',
        'ws',
        'secret.json',
        'outside',
        '%2e%2e',
        '%2f',
        '..%2f',
        '%252e%252e',
        'C:',
        'c:\\',
        '\\\\server\\share',
        'file:',
        'file:///etc/passwd',
        '\0',
        'a\0b',
        '~',
        '...',
        '..\\..',
        'con',
      ),
      fc.string({ maxLength: 6 }),
    );
    const prefix = fc.constantFrom(
      '',
      '',
      '',
      '/',
      'C:\\',
      '\\\\?\\',
      'file://',
      '../',
      '../ws-evil/',
      root,
      `${root}-evil/`,
    );
    const ref = fc
      .tuple(
        prefix,
        fc.array(segment, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('/', '/', '\\'),
      )
      .map(([p, parts, sep]) => p + parts.join(sep));

    let tried = 0;
    let resolved = 0;
    let escapes = 0;
    let naiveEscapes = 0;
    await fc.assert(
      fc.asyncProperty(ref, async (relative) => {
        tried += 1;
        // What a naive check would let through: a lexical join whose real location is outside.
        const naive = path.resolve(root, relative.replace(/\0/g, ''));
        if (naive.startsWith(root) && !inside(await reach(naive)) && naive !== root)
          naiveEscapes += 1;
        let result: string;
        try {
          result = await resolveInside(root, relative);
        } catch (error) {
          expect(error).toBeInstanceOf(HostFailure);
          expect((error as HostFailure).error.code).toBe('OUTSIDE_WORKSPACE');
          return;
        }
        resolved += 1;
        if (!inside(await reach(result))) escapes += 1;
        expect(inside(await reach(result))).toBe(true);
      }),
      { numRuns: 6_000 },
    );
    expect(tried).toBeGreaterThanOrEqual(5_000);
    expect(escapes).toBe(0);
    reportFigures('E.23', 'generated references through resolveInside', {
      refs: tried,
      'resolved inside': resolved,
      escapes,
      'escapes of a naive startsWith check': naiveEscapes,
    });
  });
});
