import { create } from 'zustand';
import {
  findChangedReferences,
  referencedPacks,
  type ChangedReference,
} from '../../shared/etom/pack-references';
import type { HostError } from '../../shared/ipc/errors';
import { runCommand } from '../state/edit-actions';
import { useStudio } from '../state/studio-store';
import { catalogueFor, loadCatalogue, usePackStore } from './pack-store';

/** A pack switch waiting for the user to accept the references that would change meaning. */
export interface PendingSwitch {
  packLabel: string;
  changed: ChangedReference[];
  resolve: (confirmed: boolean) => void;
}

export const usePackSwitch = create<{ pending: PendingSwitch | null }>()(() => ({
  pending: null,
}));

/** Answers the open pack-switch question. */
export function answerPackSwitch(confirmed: boolean): void {
  const pending = usePackSwitch.getState().pending;
  usePackSwitch.setState({ pending: null });
  pending?.resolve(confirmed);
}

function ask(packLabel: string, changed: ChangedReference[]): Promise<boolean> {
  return new Promise((resolve) => {
    usePackSwitch.getState().pending?.resolve(false);
    usePackSwitch.setState({ pending: { packLabel, changed, resolve } });
  });
}

function fail(error: HostError): false {
  useStudio.setState({ error });
  return false;
}

/**
 * Makes the workspace use another pack. Every reference the new pack does not hold, or holds
 * under another name, is listed first and the user must agree; the references stay in the
 * files as they are (pack and id).
 */
export async function switchPack(packId: string): Promise<boolean> {
  const document = useStudio.getState().history?.document;
  if (!document || document.workspace.framework.pack === packId) return false;
  const summary = usePackStore.getState().summaries?.find((p) => p.id === packId);
  const catalogue = await loadCatalogue(packId);
  if (!catalogue) {
    const error = usePackStore.getState().userErrors[packId];
    return fail(
      error ?? {
        code: 'NOT_FOUND',
        message: `The framework pack "${packId}" could not be loaded.`,
      },
    );
  }
  // The references' own packs give the names to compare (a user pack may need loading).
  await Promise.all(referencedPacks(document).map((pack) => loadCatalogue(pack)));
  const current = useStudio.getState().history?.document ?? document;
  const changed = findChangedReferences(current, catalogue, catalogueFor);
  if (changed.length > 0 && !(await ask(summary?.label ?? catalogue.pack.label, changed))) {
    return false;
  }
  return runCommand({
    name: 'workspace.setFramework',
    args: { pack: catalogue.pack.id, release: summary?.release ?? catalogue.pack.release },
  });
}
