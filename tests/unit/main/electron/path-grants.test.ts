import { describe, expect, it } from 'vitest';
import { HostFailure, type HostError } from '../../../../shared/ipc/errors';
import { pathRefSchema } from '../../../../shared/ipc/path-ref';
import { PathGrants } from '../../../../main/electron/path-grants';
import type { PathUse } from '../../../../main/host/path-access';

async function refusal(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(HostFailure);
    return (error as HostFailure).error;
  }
  throw new Error('accepted');
}

const ALL_USES: PathUse[] = [
  'inspect',
  'open',
  'create',
  'copy',
  'export-svg',
  'export-png',
  'import',
  'forget',
];

describe('PathGrants', () => {
  it('issues unguessable references in the contract’s shape, a new one per dialog answer', () => {
    const grants = new PathGrants();
    const refs = new Set(
      Array.from({ length: 50 }, () => grants.offer('/a', { kind: 'dialog', use: 'open' }).ref),
    );
    expect(refs.size).toBe(50);
    for (const ref of refs) expect(pathRefSchema.safeParse(ref).success).toBe(true);
  });

  it('allows a dialog answer only its own use (and a look first), once', async () => {
    for (const use of ['open', 'create', 'copy', 'export-svg', 'export-png'] as const) {
      const grants = new PathGrants();
      const { ref } = grants.offer('/place', { kind: 'dialog', use });
      for (const other of ALL_USES.filter((u) => u !== use && u !== 'inspect')) {
        expect((await refusal(grants.resolve({ ref }, other))).code, `${use} -> ${other}`).toBe(
          'FORBIDDEN',
        );
      }
      expect(await grants.resolve({ ref }, 'inspect')).toBe('/place');
      expect(await grants.resolve({ ref, path: '/elsewhere' }, use)).toBe('/place');
      expect((await refusal(grants.resolve({ ref }, use))).code).toBe('UNKNOWN_HANDLE');
      expect((await refusal(grants.resolve({ ref }, 'inspect'))).code).toBe('UNKNOWN_HANDLE');
    }
  });

  it('refuses a bare path with a message that says what to do', async () => {
    const error = await refusal(new PathGrants().resolve({ path: '/home/ana/ws' }, 'open'));
    expect(error).toMatchObject({ code: 'FORBIDDEN' });
    expect(error.message).toMatch(/Browse… or Choose…/);
  });

  it('keeps recent entries while they are listed, withdraws the others', async () => {
    const grants = new PathGrants();
    const [a, b] = grants.offerRecent(['/a', '/b']);
    expect(grants.offerRecent(['/a', '/b'])).toEqual([a, b]);
    expect(await grants.resolve({ ref: a!.ref }, 'open')).toBe('/a');
    expect(await grants.resolve({ ref: a!.ref }, 'open')).toBe('/a');
    expect((await refusal(grants.resolve({ ref: a!.ref }, 'create'))).code).toBe('FORBIDDEN');
    grants.offerRecent(['/a']);
    expect((await refusal(grants.resolve({ ref: b!.ref }, 'open'))).code).toBe('UNKNOWN_HANDLE');
    expect(await grants.resolve({ ref: a!.ref }, 'forget')).toBe('/a');
    expect((await refusal(grants.resolve({ ref: a!.ref }, 'open'))).code).toBe('UNKNOWN_HANDLE');
  });

  it('lets the launch folder be opened and looked at, nothing else', async () => {
    const grants = new PathGrants();
    const { ref } = grants.offer('/launch', { kind: 'launch' });
    expect(await grants.resolve({ ref }, 'open')).toBe('/launch');
    expect(await grants.resolve({ ref }, 'open')).toBe('/launch');
    expect(await grants.resolve({ ref }, 'inspect')).toBe('/launch');
    for (const use of ['create', 'copy', 'export-svg', 'import', 'forget'] as const) {
      expect((await refusal(grants.resolve({ ref }, use))).code, use).toBe('FORBIDDEN');
    }
  });
});
