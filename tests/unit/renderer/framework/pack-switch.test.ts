import { beforeEach, describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/catalogue';
import { createHistory } from '../../../../shared/commands/history';
import type { WorkspaceDocument } from '../../../../shared/model/document';
import type { FrameworkProcessId, NodeId, PackId } from '../../../../shared/model/ids';
import { crosswalkFor } from '../../../../renderer/framework/crosswalk';
import {
  answerPackSwitch,
  switchPack,
  usePackSwitch,
} from '../../../../renderer/framework/pack-switch';
import { INITIAL_STATE, useStudio } from '../../../../renderer/state/studio-store';
import {
  CLASSIC_PACK_ID,
  DEFAULT_PACK_ID,
  getBuiltInCatalogue,
} from '../../../../shared/etom/registry';
import { D1, sampleDocument } from '../../shared/commands/fixture';

// Built-in packs need no host, so the switch runs for real against the store.
function openWith(processId: string): void {
  const node = {
    id: 'n-fw' as NodeId,
    kind: 'framework' as const,
    x: 0,
    y: 0,
    width: 200,
    height: 64,
    pack: DEFAULT_PACK_ID,
    processId: processId as FrameworkProcessId,
  };
  const { document } = applyCommand(sampleDocument(), {
    name: 'element.add',
    args: { diagramId: D1, node },
  });
  useStudio.setState({
    ...INITIAL_STATE,
    workspace: { handle: 'h', path: '/tmp/x', readOnly: null, lockedBy: null, problems: [] },
    history: createHistory(document),
  });
}

/** The document with every framework node and mapping naming `pack` (classic has 1.1 and 1.3.3 too). */
function withNodesIn(document: WorkspaceDocument, pack: string): WorkspaceDocument {
  return {
    ...document,
    mappings: {
      ...document.mappings,
      mappings: document.mappings.mappings.map((m) => ({
        ...m,
        target: { ...m.target, pack: pack as PackId },
      })),
    },
    diagrams: document.diagrams.map((d) => ({
      ...d,
      nodes: d.nodes.map((n) => (n.kind === 'framework' ? { ...n, pack } : n)),
    })),
  };
}

const framework = () => useStudio.getState().history?.document.workspace.framework;

describe('switching packs', () => {
  beforeEach(() => usePackSwitch.setState({ pending: null }));

  it('asks first, listing references the new pack lacks; cancelling changes nothing', async () => {
    openWith('1.12.2');
    const done = switchPack(CLASSIC_PACK_ID);
    await expect.poll(() => usePackSwitch.getState().pending).not.toBeNull();
    const changed = usePackSwitch.getState().pending!.changed;
    expect(
      changed.some(
        (m) => m.kind === 'diagram-node' && m.processId === '1.12.2' && m.reason === 'missing',
      ),
    ).toBe(true);
    answerPackSwitch(false);
    expect(await done).toBe(false);
    expect(framework()).toEqual({ pack: DEFAULT_PACK_ID, release: '25.5' });
  });

  it('switches when confirmed, as an undoable command, keeping every node', async () => {
    openWith('1.12.2');
    const done = switchPack(CLASSIC_PACK_ID);
    await expect.poll(() => usePackSwitch.getState().pending).not.toBeNull();
    answerPackSwitch(true);
    expect(await done).toBe(true);
    expect(framework()).toEqual({ pack: CLASSIC_PACK_ID, release: '14' });
    const nodes = useStudio.getState().history!.document.diagrams[0]!.nodes;
    expect(nodes.some((n) => n.kind === 'framework' && n.processId === '1.12.2')).toBe(true);
  });

  it('flags an id the new pack holds under another name, with both names', async () => {
    // Classic 1.3.3.10 exists but is another process than GB921 1.3.3.10: a bare-id check
    // let it through.
    openWith('1.3.3.10');
    expect(getBuiltInCatalogue(CLASSIC_PACK_ID)!.has('1.3.3.10')).toBe(true);
    const done = switchPack(CLASSIC_PACK_ID);
    await expect.poll(() => usePackSwitch.getState().pending).not.toBeNull();
    expect(usePackSwitch.getState().pending!.changed).toContainEqual(
      expect.objectContaining({
        kind: 'diagram-node',
        reason: 'renamed',
        pack: DEFAULT_PACK_ID,
        processId: '1.3.3.10',
        name: 'Manage Customer Order Placement',
        targetName: 'ITIL Service Level Management',
      }),
    );
    answerPackSwitch(false);
    expect(await done).toBe(false);
  });

  it('switches without asking when every reference already names the new pack', async () => {
    openWith('1.1');
    useStudio.setState((s) => ({
      history: createHistory(withNodesIn(s.history!.document, CLASSIC_PACK_ID)),
    }));
    expect(await switchPack(CLASSIC_PACK_ID)).toBe(true);
    expect(usePackSwitch.getState().pending).toBeNull();
    expect(framework()).toEqual({ pack: CLASSIC_PACK_ID, release: '14' });
  });

  it('does nothing when the pack is already the workspace pack', async () => {
    openWith('1.1');
    expect(await switchPack(DEFAULT_PACK_ID)).toBe(false);
  });
});

describe('crosswalkFor', () => {
  it('links a current pack to the classic one and back', () => {
    const current = crosswalkFor(getBuiltInCatalogue(DEFAULT_PACK_ID)!)!;
    expect(current.fromClassic).toBe(false);
    expect(current.other.pack.id).toBe(CLASSIC_PACK_ID);
    const classic = crosswalkFor(getBuiltInCatalogue(CLASSIC_PACK_ID)!)!;
    expect(classic.fromClassic).toBe(true);
    expect(classic.other.pack.id).toBe(DEFAULT_PACK_ID);
    expect(crosswalkFor(getBuiltInCatalogue(CLASSIC_PACK_ID)!)).toBe(classic);
  });
});
