/** One step of a path into a workspace file: a key, or the element of a set with this key. */
export type PathStep = string | { key: string };

/**
 * What a three-way merge could not decide. The merged file holds `ours` at `path` (or, for
 * an element deleted on our side, leaves it out); `theirs` is what the other side wanted.
 * Absent values (`undefined`) mean "not there on that side".
 */
export interface MergeConflict {
  kind:
    | 'both-changed' // one field, two different new values
    | 'both-added' // one id added on both sides with different content
    | 'deleted-ours-changed-theirs'
    | 'changed-ours-deleted-theirs'
    | 'dangling-reference'; // kept whole by dropping or clearing what points at a deleted element
  path: readonly PathStep[];
  base?: unknown;
  ours?: unknown;
  theirs?: unknown;
  /** One sentence for people: what happened and what the merged file holds. */
  message: string;
}

/** `nodes["n-1"].label`: a path as people read it. */
export function formatPath(path: readonly PathStep[]): string {
  return path
    .map((step, index) =>
      typeof step === 'string'
        ? /^[A-Za-z_$][\w$]*$/.test(step)
          ? `${index === 0 ? '' : '.'}${step}`
          : `[${JSON.stringify(step)}]`
        : `[${JSON.stringify(step.key)}]`,
    )
    .join('');
}
