import type { Invocation } from '../../shared/commands/types';
import type { Mapping } from '../../shared/model/mapping-schema';
import { slugify } from '../../shared/model/ids';
import type { AlignmentQualifier } from '../../shared/model/workspace-schema';

/** A qualifier of the scale being edited; `id` is empty until it is saved (a new one). */
export interface DraftQualifier {
  id: string;
  label: string;
  weight: number;
}

/** What the dialog sends: the new scale and, for each removed qualifier in use, its stand-in. */
export interface ScaleChange {
  scale: AlignmentQualifier[];
  /** Removed qualifier id -> the id of the new scale its mappings take. */
  replacements: Record<string, string>;
}

/** Ids for the drafts: existing ones keep theirs; a new one gets a slug of its label, unique. */
export function scaleOf(drafts: readonly DraftQualifier[]): AlignmentQualifier[] {
  const taken = new Set(drafts.filter((d) => d.id !== '').map((d) => d.id));
  return drafts.map((draft) => {
    if (draft.id !== '') return { id: draft.id, label: draft.label.trim(), weight: draft.weight };
    const base = slugify(draft.label).slice(0, 30);
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    return { id, label: draft.label.trim(), weight: draft.weight };
  });
}

/** Why the drafts cannot be saved (an empty label, a weight outside 0..1, none left), or null. */
export function scaleProblem(drafts: readonly DraftQualifier[]): string | null {
  if (drafts.length === 0) return 'the scale needs at least one alignment';
  if (drafts.length > 20) return 'at most 20 alignments';
  for (const draft of drafts) {
    if (draft.label.trim() === '') return 'every alignment needs a name';
    if (!Number.isFinite(draft.weight) || draft.weight < 0 || draft.weight > 1) {
      return `the weight of "${draft.label}" must be from 0 to 1`;
    }
  }
  const labels = new Set(drafts.map((d) => d.label.trim().toLowerCase()));
  return labels.size === drafts.length ? null : 'two alignments have the same name';
}

/** How many mappings use each qualifier id. */
export function usesOf(mappings: readonly Mapping[]): Map<string, number> {
  const uses = new Map<string, number>();
  for (const mapping of mappings)
    uses.set(mapping.alignment, (uses.get(mapping.alignment) ?? 0) + 1);
  return uses;
}

/**
 * The commands of a scale change, for one undo step: the new scale with the removed qualifiers
 * still on it, the mappings moved to their stand-ins, then the new scale alone (the command
 * refuses a scale that leaves a mapping's qualifier out, so the order matters).
 */
export function scaleInvocations(
  before: readonly AlignmentQualifier[],
  change: ScaleChange,
  mappings: readonly Mapping[],
): Invocation[] {
  const kept = new Set(change.scale.map((q) => q.id));
  const removed = before.filter((q) => !kept.has(q.id));
  const moved = mappings.filter(
    (m) => change.replacements[m.alignment] !== undefined && !kept.has(m.alignment),
  );
  if (moved.length === 0) {
    return [{ name: 'mapping.setAlignments', args: { alignments: change.scale } }];
  }
  return [
    { name: 'mapping.setAlignments', args: { alignments: [...change.scale, ...removed] } },
    {
      name: 'mapping.edit',
      args: {
        edits: moved.map((m) => ({
          id: m.id,
          set: { alignment: change.replacements[m.alignment] ?? m.alignment },
        })),
      },
    },
    { name: 'mapping.setAlignments', args: { alignments: change.scale } },
  ];
}
