import { create } from 'zustand';
import type { HostError } from '../../shared/ipc/errors';
import type { GitStatus } from '../../shared/ipc/methods/merge-methods';
import type { MergeRecord } from '../../shared/merge/conflict-record-schema';
import type { Choice } from '../../shared/merge/conflict-resolution';

/** What the app knows of the merge left in the open workspace, and of its git repository. */
export interface MergeState {
  /** The workspace these belong to; everything else is dropped when another one opens. */
  handle: string | null;
  records: MergeRecord[];
  /** Records that could not be read, each named. */
  problems: HostError[];
  /** The choice made for each conflict (by item id) since the workspace was opened. */
  choices: ReadonlyMap<string, Choice>;
  /** Null where git is missing, the workspace is in no repository, or the status is off. */
  git: GitStatus | null;
  /** Why the last removal of a record failed, shown in the resolution view. */
  removeError: HostError | null;
}

export const EMPTY_MERGE: MergeState = {
  handle: null,
  records: [],
  problems: [],
  choices: new Map(),
  git: null,
  removeError: null,
};

export const useMerge = create<MergeState>()(() => EMPTY_MERGE);

/** Records the same choice for several conflicts. */
export function recordChoices(ids: readonly string[], choice: Choice): void {
  const choices = new Map(useMerge.getState().choices);
  for (const id of ids) choices.set(id, choice);
  useMerge.setState({ choices });
}
