import type { RecordedConflict } from './conflict-record-schema';

const MAX = 120;

function cut(text: string): string {
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

/**
 * One side of a conflict as people read it: a text in quotes, a number, "none", a whole
 * element by its name, or "deleted" / "not there" where that side has no value.
 */
export function valueWords(value: unknown, gone: 'deleted' | 'not there' = 'not there'): string {
  if (value === undefined) return gone;
  if (value === null) return 'none';
  if (typeof value === 'string') return `“${cut(value)}”`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    return value.length === 0 ? 'an empty list' : cut(value.map((v) => valueWords(v)).join(', '));
  }
  const element = value as Record<string, unknown>;
  const name = element.name ?? element.label;
  if (typeof name === 'string') return `the whole element “${cut(name)}”`;
  return cut(JSON.stringify(value));
}

/** What happened, in words, for each kind of conflict. */
export const CONFLICT_KIND_WORDS: Record<RecordedConflict['kind'], string> = {
  'both-changed': 'Changed on both sides',
  'both-added': 'Added on both sides',
  'deleted-ours-changed-theirs': 'Deleted on our side, changed on theirs',
  'changed-ours-deleted-theirs': 'Changed on our side, deleted on theirs',
  'dangling-reference': 'Reference repaired by the merge',
};

/** How a side without a value reads for this kind: deleted, or simply not there. */
export function goneWords(
  kind: RecordedConflict['kind'],
  side: 'ours' | 'theirs',
): 'deleted' | 'not there' {
  if (kind === 'deleted-ours-changed-theirs' && side === 'ours') return 'deleted';
  if (kind === 'changed-ours-deleted-theirs' && side === 'theirs') return 'deleted';
  return 'not there';
}
